// npm run db:seed: applies migrations, then loads the demo organization (safe to run again).
// Never run it while the app is serving the embedded database: only one process may open it.
import { closeDb, describeDatabase } from "../lib/db/index";
import { applyPendingMigrations } from "../lib/db/migrate";
import { DEMO_ORGANIZATION, demoUsers, seedDemo } from "../lib/demo/seed";

try {
  await applyPendingMigrations();
  await seedDemo();
  console.log(`\nDemo organization "${DEMO_ORGANIZATION.name}" is ready in the ${describeDatabase()}.\nSign in at http://localhost:${process.env.PORT ?? 3000}:`);
  for (const u of demoUsers) {
    console.log(`  ${u.role.padEnd(17)} ${u.email.padEnd(30)} ${u.password ?? "(email link: Supplier portal sign-in, then open the link from Administration › Email outbox)"}`);
  }
  console.log("");
  await closeDb();
  process.exit(0);
} catch (error) {
  console.error(`Could not load the demo data into the ${describeDatabase()}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
