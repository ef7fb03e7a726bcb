import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { csvResponse } from "@/lib/csv";
import { exportVendors, VENDOR_CSV_HEADER } from "@/lib/vendors/export";
import { vendorListQuerySchema, vendorSelection } from "@/lib/vendors/list-query";
import { authorizeExport, route } from "@/lib/http";

// The vendor list as CSV, with the same filters as the page (its URL parameters); `ids` narrows it to the rows chosen
// in the list.
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  const params = new URL(request.url).searchParams;
  const parsed = vendorListQuerySchema.safeParse(Object.fromEntries(params));
  const ids = params.has("ids") ? vendorSelection.safeParse(params.get("ids")) : null;
  const refused = (error: { issues: { message: string }[] }) => Response.json({ error: error.issues[0]!.message }, { status: 400, headers: { "Cache-Control": "no-store" } });
  if (!parsed.success) return refused(parsed.error);
  if (ids && !ids.success) return refused(ids.error);
  const query = parsed.data;
  const pages = await exportVendors(actor, query, ids?.data);
  return csvResponse(`vendors-${new Date().toISOString().slice(0, 10)}.csv`, VENDOR_CSV_HEADER, pages);
}

export const GET = route(handleGET);
