import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { searchVendors } from "@/lib/vendors/queries";

const querySchema = z.object({ q: z.string().trim().max(200).catch("").default("") });

// The vendor picker's suggestions: vendors of the caller's organization whose name contains `q`.
async function handleGET(request: Request) {
  const actor = await requireRole(...STAFF_ROLES);
  const { q } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({ vendors: await searchVendors(actor, q) }, { headers: { "Cache-Control": "private, no-store" } });
}

export const GET = route(handleGET);
