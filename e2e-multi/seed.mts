// The two-instance run's PostgreSQL database: the demo company, and an assessment due in five days so that the
// reminder job has exactly one reminder to send, whichever instance gets to it first.
import { sendAssessment } from "../lib/assessments/assessments";
import { closeDb, db } from "../lib/db/index";
import { daysAfter } from "../lib/dates";
import { applyPendingMigrations } from "../lib/db/migrate";
import { demoOrganization, seedOrganization } from "../lib/demo/seed";
import { northbridgeExtras } from "../e2e/fixtures";

await applyPendingMigrations();
const orgId = await seedOrganization({ ...demoOrganization, users: [...demoOrganization.users, ...northbridgeExtras], builtInTemplates: true });
const manager = await db().membership.findFirstOrThrow({ where: { organizationId: orgId, role: "SECURITY_MANAGER" }, include: { user: true, organization: true } });
const vendor = await db().vendor.findFirstOrThrow({ where: { organizationId: orgId, name: "BrightPath IT Services" } });
const contact = await db().vendorContact.findFirstOrThrow({ where: { vendorId: vendor.id, email: "security@brightpath-it.example" } });
const version = await db().templateVersion.findFirstOrThrow({ where: { organizationId: orgId, status: "PUBLISHED" } });
await sendAssessment(
  {
    sessionId: "seed",
    userId: manager.userId,
    email: manager.user.email,
    name: manager.user.name,
    membershipId: manager.id,
    organizationId: orgId,
    organizationName: manager.organization.name,
    role: "SECURITY_MANAGER",
    vendorId: null,
    ip: null,
  },
  { vendorId: vendor.id, templateVersionId: version.id, contactIds: [contact.id], dueDate: daysAfter(5), message: null },
  "http://localhost:3101",
);
await closeDb();
process.exit(0);
