import { requireRole } from "@/lib/auth/guard";
import { exportOrganization } from "@/lib/backup/organization";
import { route } from "@/lib/http";

// The whole organization as JSON (administrators only), for moving or restoring it with the import on /admin/backup.
async function handleGET() {
  const actor = await requireRole("ADMIN");
  const backup = await exportOrganization(actor);
  return new Response(JSON.stringify(backup), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="chainward-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const GET = route(handleGET);
