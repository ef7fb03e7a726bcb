import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { csvResponse } from "@/lib/csv";
import { B_02_02_HEADER, doraRegister } from "@/lib/dora/register";
import { authorizeExport, recordExport, route } from "@/lib/http";

// DORA register of information, template B_02.02 (contractual arrangements, specific information), the columns we hold.
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  const { arrangements } = await doraRegister(actor);
  await recordExport(actor, "export.dora_b_02_02", { rows: arrangements.length });
  return csvResponse("b_02.02.csv", B_02_02_HEADER, async function* () {
    yield arrangements;
  });
}

export const GET = route(handleGET);
