import { requireRole } from "@/lib/auth/guard";
import { exportOrganization } from "@/lib/backup/organization";
import { authorizeExport, route, streamed } from "@/lib/http";

// The whole organization as JSON (administrators only), for moving or restoring it with the import on /admin/backup.
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole("ADMIN"));
  // Streamed as it is read from the database: a large organization's backup does not fit in the server's memory.
  return new Response(streamed(exportOrganization(actor)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="chainward-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const GET = route(handleGET);
