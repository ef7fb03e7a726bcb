import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { csvResponse } from "@/lib/csv";
import { B_05_01_HEADER, doraRegister } from "@/lib/dora/register";
import { authorizeExport, recordExport, route } from "@/lib/http";

// DORA register of information, template B_05.01 (ICT third-party service providers), the columns we hold.
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  const { providers } = await doraRegister(actor);
  await recordExport(actor, "export.dora_b_05_01", { rows: providers.length });
  return csvResponse("b_05.01.csv", B_05_01_HEADER, async function* () {
    yield providers;
  });
}

export const GET = route(handleGET);
