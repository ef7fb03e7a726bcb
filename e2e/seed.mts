// Loads the end-to-end fixtures into the fresh embedded database, before the server starts.
import { closeDb, db } from "../lib/db/index";
import { applyPendingMigrations } from "../lib/db/migrate";
import { seedScoreHistory } from "../lib/demo/history";
import { demoOrganization, seedOrganization } from "../lib/demo/seed";
import { berth, harbor, keel, northbridgeExtras, plantSentinels, PORTAL_CONTACT, quay } from "./fixtures";

await applyPendingMigrations();
// Without the KEV sample: a test imports it through the admin page.
const northbridge = await seedOrganization({ ...demoOrganization, users: [...demoOrganization.users, ...northbridgeExtras], contacts: [...(demoOrganization.contacts ?? []), PORTAL_CONTACT], kevSample: false });
// The demo's year of risk history: the manager's dashboard compares with it.
await seedScoreHistory(northbridge);
await seedOrganization(harbor);
await seedOrganization(keel);
await seedOrganization(quay);
await seedOrganization(berth);
await plantSentinels(db());
await closeDb();
process.exit(0);
