import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db, openPGlite, pgliteAdapter } from "./index";
import { applyPendingMigrations } from "./migrate";
import { diffMigrationsToSchema, migrationsDir, readMigrationList, readSchema } from "./migrations";
import { openSchemaEngine } from "./schema-engine";

describe("migrations", () => {
  it("agree with schema.prisma (no drift): run `npm run db:migration -- <name>` after changing the schema", async () => {
    const engine = await openSchemaEngine(await readSchema(), pgliteAdapter(openPGlite()));
    expect(await diffMigrationsToSchema(engine)).toBe("");
  });

  it("index every foreign key: a child row is found (or cascaded) without scanning its table", async () => {
    const unindexed = await db().$queryRaw<{ table: string; column: string }[]>`
      SELECT c.conrelid::regclass::text AS table, a.attname AS column
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
      ORDER BY 1, 2`;
    expect(unindexed).toEqual([]);
  });

  it("are recorded in _prisma_migrations exactly as `prisma migrate deploy` records them", async () => {
    // The test database was migrated by the setup; applying again finds nothing pending.
    expect(await applyPendingMigrations()).toEqual([]);
    const list = await readMigrationList();
    const rows = await db().$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(list.migrationDirectories.map((d) => d.path));
    for (const row of rows) {
      const sql = await readFile(path.join(migrationsDir(), row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("ship a lock file naming PostgreSQL, which `prisma migrate` requires", async () => {
    const lock = await readFile(path.join(migrationsDir(), "migration_lock.toml"), "utf8");
    expect(lock).toMatch(/provider = "postgresql"/);
  });
});
