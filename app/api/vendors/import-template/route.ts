import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { vendorTemplateCsv } from "@/lib/imports/imports";
import { authorizeExport, route } from "@/lib/http";

// The vendor import template (header, one example row, the allowed values as notes), for those who may import.
async function handleGET(request: Request) {
  await authorizeExport(request, () => requireRole(...EDITOR_ROLES));
  return new Response(vendorTemplateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="vendor-import-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}

export const GET = route(handleGET);
