import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { searchQuerySchema } from "@/lib/search/schema";
import { searchEverything } from "@/lib/search/search";

// The command palette's search: a few records of each kind of the caller's organization matching `q`.
async function handleGET(request: Request) {
  const actor = await requireRole(...STAFF_ROLES);
  const q = searchQuerySchema.safeParse(new URL(request.url).searchParams.get("q") ?? "");
  if (!q.success) return Response.json({ error: q.error.issues[0]!.message }, { status: 400, headers: { "Cache-Control": "no-store" } });
  return Response.json({ hits: await searchEverything(actor, q.data) }, { headers: { "Cache-Control": "private, no-store" } });
}

export const GET = route(handleGET);
