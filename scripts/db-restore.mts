// npm run db:restore -- <file>: replaces the embedded database with a dump from npm run db:dump. Stop the app first;
// the previous database is kept beside it. PostgreSQL: use pg_restore.
import { readFileSync } from "node:fs";
import { databaseConfig } from "../lib/db/index";
import { restoreEmbeddedDatabase } from "../lib/db/dump";

const config = databaseConfig();
const file = process.argv[2];
if (config.kind === "postgres") {
  console.error("DATABASE_URL is set: this installation uses PostgreSQL. Restore it with pg_restore (README › Backup).");
  process.exit(1);
}
if (!file) {
  console.error("Usage: npm run db:restore -- <dump file from npm run db:dump>");
  process.exit(1);
}
try {
  const kept = await restoreEmbeddedDatabase(config.dataDir, new Uint8Array(readFileSync(file)));
  console.log(`Restored ${file} into ${config.dataDir}.${kept ? ` The previous database is kept in ${kept}.` : ""}`);
  process.exit(0);
} catch (error) {
  console.error(`Could not restore: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
