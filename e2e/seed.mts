// Loads the end-to-end fixtures into the fresh embedded database, before the server starts.
import { closeDb } from "../lib/db/index";
import { applyPendingMigrations } from "../lib/db/migrate";
import { DEMO_ORGANIZATION, demoUsers, seedOrganization } from "../lib/demo/seed";
import { demoVendors } from "../lib/demo/vendors";
import { harbor, northbridgeExtras } from "./fixtures";

await applyPendingMigrations();
await seedOrganization({ ...DEMO_ORGANIZATION, vendors: [...demoVendors], users: [...demoUsers, ...northbridgeExtras] });
await seedOrganization(harbor);
await closeDb();
process.exit(0);
