// Backup of the embedded database: a consistent dump (a gzipped tar of its data directory) taken by the process that
// has it open, so it works while the app serves requests, and a restore into a stopped installation. PostgreSQL
// installations use pg_dump and pg_restore instead (README › Backup).
import { timingSafeEqual } from "node:crypto";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { secretInDataDirectory } from "@/lib/auth/secret";
import { dataDirectory, embeddedDatabase, lockDataDirectory, openPGlite } from "@/lib/db";

/** Writes a dump of the open embedded database; PGlite runs one statement at a time, so the copy is consistent. */
export async function dumpEmbeddedDatabase(): Promise<Uint8Array> {
  const pglite = embeddedDatabase();
  if (!pglite) throw new Error("This installation uses PostgreSQL: back it up with pg_dump.");
  await pglite.exec("CHECKPOINT");
  return new Uint8Array(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
}

/**
 * Replaces the embedded database in `dataDir` with a dump. The app must be stopped (the lock says so otherwise); the
 * previous database is kept next to it as pgdata.before-restore-<time>.
 */
export async function restoreEmbeddedDatabase(dataDir: string, dump: Uint8Array): Promise<string | null> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDirectory(dataDir);
  try {
    const target = path.join(dataDir, "pgdata");
    let kept: string | null = null;
    if (existsSync(target)) {
      kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(target, kept);
    }
    const pglite = openPGlite(target, { loadDataDir: new Blob([dump as BlobPart]) });
    await pglite.waitReady;
    await pglite.query("SELECT 1");
    await pglite.close();
    return kept;
  } finally {
    unlock();
  }
}

/**
 * The token that lets `npm run db:dump` ask the running server for a dump. It lives in the data directory (mode
 * 0600): whoever can read it could copy the database files anyway.
 */
export function maintenanceToken(dir = dataDirectory()): string | null {
  return dir.startsWith("memory://") ? null : secretInDataDirectory(dir, "maintenance-token");
}

export function isMaintenanceToken(presented: string | null, dir = dataDirectory()): boolean {
  const expected = maintenanceToken(dir);
  if (!expected || !presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
