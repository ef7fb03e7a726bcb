import { auditActor, recordAudit } from "@/lib/audit";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { csvResponse } from "@/lib/csv";
import { db } from "@/lib/db";
import { RISK_CSV_HEADER, riskCsvRows } from "@/lib/risk/export";
import { route } from "@/lib/http";

// Every vendor's score with its factors and alarms.
async function handleGET() {
  const actor = await requireRole(...STAFF_ROLES);
  const rows = await riskCsvRows(actor);
  await db().$transaction((tx) => recordAudit(tx, { ...auditActor(actor), action: "export.risks", entityType: "Organization", entityId: actor.organizationId, after: { rows: rows.length } }));
  return csvResponse(`vendor-risks-${new Date().toISOString().slice(0, 10)}.csv`, RISK_CSV_HEADER, async function* () {
    yield rows;
  });
}

export const GET = route(handleGET);
