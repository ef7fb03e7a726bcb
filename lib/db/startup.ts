// Run once when the server starts: check the configuration (APP_URL is required in production), reach the database,
// apply pending migrations.
// Failures end the process with one clear sentence instead of a stack trace.
import { checkServingEnv, readEnv } from "@/lib/env";
import { describeDatabase } from "./index";
import { applyPendingMigrations } from "./migrate";

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  try {
    checkServingEnv(readEnv());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  try {
    const applied = await applyPendingMigrations();
    if (applied.length) log(`Chainward: applied ${applied.length} migration(s) to the ${describeDatabase()}.`);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.error(
      `Chainward cannot use the ${describeDatabase()}: ${reason}\n` +
        (process.env.DATABASE_URL
          ? "Check DATABASE_URL (host, port, user, password, database name) and that PostgreSQL is running."
          : "Check DATA_DIR: it must be writable and not used by another Chainward process."),
    );
    process.exit(1);
  }
}
