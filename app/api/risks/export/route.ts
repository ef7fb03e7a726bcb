import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { csvResponse } from "@/lib/csv";
import { RISK_CSV_HEADER, riskCsvPages } from "@/lib/risk/export";
import { authorizeExport, recordExport, route } from "@/lib/http";

// Every vendor's score with its factors and alarms, streamed.
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  const { rows, pages } = await riskCsvPages(actor);
  await recordExport(actor, "export.risks", { rows });
  return csvResponse(`vendor-risks-${new Date().toISOString().slice(0, 10)}.csv`, RISK_CSV_HEADER, pages);
}

export const GET = route(handleGET);
