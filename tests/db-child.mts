// A separate process that opens the configured database, for tests about processes and commands: "import" loads a
// large CSV into a fresh organization (the crash-safety test kills it half-way), "seed" creates an organization with
// vendors (the dump test), "audit" one with an audit trail, "count" opens the database afterwards, as a restarted
// server would.
import { recordAudit } from "../lib/audit/index";
import { csvRow } from "../lib/csv";
import { closeDb, db } from "../lib/db/index";
import { applyPendingMigrations } from "../lib/db/migrate";
import { commitImport } from "../lib/imports/imports";
import { createMember } from "./factories";

const [mode, arg] = process.argv.slice(2);
await applyPendingMigrations();
if (mode === "import") {
  const org = await db().organization.create({ data: { name: `Crash ${Date.now()}`, slug: `crash-${Date.now()}` } });
  const { actor } = await createMember(org.id, "SECURITY_MANAGER", { password: false });
  const rows = Number(arg);
  const file = [csvRow(["Name", "Tier", "Tier reason"]), ...Array.from({ length: rows }, (_, i) => csvRow([`Crash vendor ${i}`, "HIGH", "Imported for the crash test"]))].join("");
  console.log(`importing ${org.id}`);
  await commitImport(actor, "vendors", file, { onProgress: (rows) => console.log(`written ${rows}`) });
  console.log("committed");
} else if (mode === "audit") {
  // An organization with three audit events; with a third argument, the second event's record is then edited in the
  // database, behind the application's back.
  const org = await db().organization.create({ data: { name: `Audit ${arg}`, slug: arg! } });
  for (let i = 1; i <= 3; i++) await db().$transaction((tx) => recordAudit(tx, { organizationId: org.id, action: "test.event", entityType: "Test", entityId: String(i) }));
  if (process.argv[4] === "tamper") await db().$executeRaw`UPDATE "AuditEvent" SET "entityId" = 'rewritten' WHERE "organizationId" = ${org.id} AND seq = 2`;
  console.log(`audited ${org.id}`);
} else if (mode === "seed") {
  const org = await db().organization.create({ data: { name: `Dump ${Date.now()}`, slug: `dump-${Date.now()}` } });
  await db().vendor.createMany({ data: Array.from({ length: Number(arg) }, (_, i) => ({ organizationId: org.id, name: `Dumped vendor ${i}` })) });
  console.log(`seeded ${org.id}`);
} else {
  const count = await db().vendor.count({ where: { organizationId: arg } });
  const audits = await db().auditEvent.count({ where: { organizationId: arg, action: "import.vendors" } });
  console.log(JSON.stringify({ count, audits }));
}
await closeDb();
process.exit(0);
