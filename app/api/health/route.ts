import { databaseIsUp } from "@/lib/operations/health";
import { route } from "@/lib/http";

// Public liveness/readiness probe for load balancers: says only whether the database answers.
async function handleGET() {
  const up = await databaseIsUp();
  return Response.json({ status: up ? "ok" : "unavailable" }, { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

export const GET = route(handleGET);
