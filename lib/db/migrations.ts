// The migrations folder, read the way Prisma's CLI reads it, for the schema engine.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const schemaPath = () => path.join(process.cwd(), "prisma/schema.prisma");
export const migrationsDir = () => path.join(process.cwd(), "prisma/migrations");

export async function readSchema() {
  const file = schemaPath();
  return { path: file, content: await readFile(file, "utf8") };
}

export async function readMigrationList(): Promise<MigrationList> {
  const baseDir = migrationsDir();
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: lockPath, content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(baseDir, dir, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

export const migrationFilters = { externalTables: [], externalEnums: [] };

/** SQL that takes a database from the state of the migrations folder to the state of schema.prisma ("" when none). */
export async function diffMigrationsToSchema(engine: SchemaEngine): Promise<string> {
  const list = await readMigrationList();
  const result = await engine.diff({
    from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [await readSchema()] },
    script: true,
    exitCode: true,
    filters: migrationFilters,
  });
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}
