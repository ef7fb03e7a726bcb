import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { csvResponse } from "@/lib/csv";
import { exportVendors, VENDOR_CSV_HEADER } from "@/lib/vendors/export";
import { vendorListQuerySchema } from "@/lib/vendors/list-query";
import { authorizeExport, route } from "@/lib/http";

// The vendor list as CSV, with the same filters as the page (its URL parameters).
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  const parsed = vendorListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]!.message }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const query = parsed.data;
  const pages = await exportVendors(actor, query);
  return csvResponse(`vendors-${new Date().toISOString().slice(0, 10)}.csv`, VENDOR_CSV_HEADER, pages);
}

export const GET = route(handleGET);
