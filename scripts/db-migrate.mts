// npm run db:migrate: applies pending migrations to the configured database (the app also does this at start-up).
import { closeDb, describeDatabase } from "../lib/db/index";
import { applyPendingMigrations } from "../lib/db/migrate";

try {
  const applied = await applyPendingMigrations();
  console.log(
    applied.length ? `Applied ${applied.join(", ")} to the ${describeDatabase()}.` : `The ${describeDatabase()} is up to date.`,
  );
  await closeDb();
} catch (error) {
  console.error(`Could not migrate the ${describeDatabase()}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
