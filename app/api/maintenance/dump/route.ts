import { NextResponse } from "next/server";
import { authorizeExport, route } from "@/lib/http";
import { log } from "@/lib/log";
import { dumpForMaintenance, maintenanceDumpAllowed } from "@/lib/operations/maintenance";

// `npm run db:dump` while the server runs: only with the maintenance token from the data directory, never with a
// session. Everyone else learns nothing (404).
async function handlePOST(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  if (!maintenanceDumpAllowed(token)) return NextResponse.json({ error: "Not found." }, { status: 404 });
  // Counted like every export, as one caller: whoever holds the maintenance token.
  await authorizeExport(request, async () => ({ userId: "maintenance-token" }));
  const dump = await dumpForMaintenance();
  log.info({ bytes: dump.byteLength }, "embedded database dumped");
  return new Response(dump as BodyInit, {
    headers: { "Content-Type": "application/gzip", "Content-Disposition": 'attachment; filename="chainward-embedded.tar.gz"', "Cache-Control": "no-store" },
  });
}

export const POST = route(handlePOST);
