import { auditActor, recordAudit } from "@/lib/audit";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { csvResponse } from "@/lib/csv";
import { db } from "@/lib/db";
import { B_02_02_HEADER, doraRegister } from "@/lib/dora/register";
import { authorizeExport, route } from "@/lib/http";

// DORA register of information, template B_02.02 (contractual arrangements, specific information), the columns we hold.
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  const { arrangements } = await doraRegister(actor);
  await db().$transaction((tx) => recordAudit(tx, { ...auditActor(actor), action: "export.dora_b_02_02", entityType: "Organization", entityId: actor.organizationId, after: { rows: arrangements.length } }));
  return csvResponse("b_02.02.csv", B_02_02_HEADER, async function* () {
    yield arrangements;
  });
}

export const GET = route(handleGET);
