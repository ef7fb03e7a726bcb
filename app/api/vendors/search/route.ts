import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { searchParam } from "@/lib/validation";
import { searchVendors } from "@/lib/vendors/queries";

// The vendor picker's suggestions: vendors of the caller's organization whose name contains `q`.
async function handleGET(request: Request) {
  const actor = await requireRole(...STAFF_ROLES);
  const q = searchParam(200).safeParse(new URL(request.url).searchParams.get("q") ?? undefined);
  if (!q.success) return Response.json({ error: q.error.issues[0]!.message }, { status: 400, headers: { "Cache-Control": "no-store" } });
  return Response.json({ vendors: await searchVendors(actor, q.data ?? "") }, { headers: { "Cache-Control": "private, no-store" } });
}

export const GET = route(handleGET);
