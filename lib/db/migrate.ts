// Applies pending migrations from prisma/migrations with Prisma's own schema engine, recording them in
// `_prisma_migrations` exactly as `prisma migrate deploy` does, so both can be used on the same database.
import { migrationAdapterFactory } from "./index";
import { migrationFilters, readMigrationList, readSchema } from "./migrations";
import { openSchemaEngine } from "./schema-engine";

export async function applyPendingMigrations(): Promise<string[]> {
  const engine = await openSchemaEngine(await readSchema(), migrationAdapterFactory());
  const { appliedMigrationNames } = await engine.applyMigrations({
    migrationsList: await readMigrationList(),
    filters: migrationFilters,
  });
  return appliedMigrationNames;
}
