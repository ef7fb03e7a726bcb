import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { exportVersion } from "@/lib/questionnaires/templates";
import { authorizeExport, route } from "@/lib/http";
import { isRecordId } from "@/lib/validation";

// One template version as a JSON file that the import form (of this or another organization) reads back.
async function handleGET(request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  const { versionId } = await params;
  if (!isRecordId(versionId)) return Response.json({ error: "This link is not valid." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const file = await exportVersion(actor, versionId);
  if (!file) notFound();
  const name = file.name.replace(/[^A-Za-z0-9 _-]+/g, "").trim().replace(/\s+/g, "-").toLowerCase() || "template";
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const GET = route(handleGET);
