// npm run audit:verify [-- <organization slug>]: walks each organization's hash-chained audit trail and names the
// first event that does not verify. Exit code 1 when any chain is broken. (Administrators see the same on the
// Audit log page.) On the embedded database, run it while the app is stopped, or use the page.
import { findBrokenAuditLink } from "../lib/audit/index";
import { closeDb, db, describeDatabase } from "../lib/db/index";

const slug = process.argv[2];
const organizations = await db().organization.findMany({ where: slug ? { slug } : {}, orderBy: { slug: "asc" } });
if (slug && organizations.length === 0) {
  console.error(`No organization with the slug "${slug}" in the ${describeDatabase()}.`);
  process.exit(1);
}
let broken = 0;
for (const org of organizations) {
  const [events, firstBroken] = await Promise.all([db().auditEvent.count({ where: { organizationId: org.id } }), findBrokenAuditLink(org.id)]);
  if (firstBroken === null) {
    console.log(`${org.slug}: ${events} events, chain intact`);
  } else {
    broken += 1;
    console.log(`${org.slug}: BROKEN at event ${firstBroken} (of ${events}): that event, or one before it, was changed or removed`);
  }
}
await closeDb();
process.exit(broken ? 1 : 0);
