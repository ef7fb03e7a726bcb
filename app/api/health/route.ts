import { databaseIsUp } from "@/lib/db/health";

// Public liveness/readiness probe for load balancers: says only whether the database answers.
export async function GET() {
  const up = await databaseIsUp();
  return Response.json({ status: up ? "ok" : "unavailable" }, { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
