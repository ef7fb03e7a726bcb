// npm run db:dump -- [file]: a consistent dump of the embedded database, also while the app runs (the running server
// writes it, asked with the maintenance token from the data directory). PostgreSQL: use pg_dump.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { closeDb, databaseConfig } from "../lib/db/index";
import { dumpEmbeddedDatabase, maintenanceToken } from "../lib/db/dump";

const config = databaseConfig();
if (config.kind === "postgres") {
  console.error("DATABASE_URL is set: this installation uses PostgreSQL. Back it up with pg_dump --format=custom (README › Backup).");
  process.exit(1);
}
const dataDir = config.dataDir;
const out = path.resolve(process.argv[2] ?? `chainward-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.tar.gz`);

function runningServerPid(): number | null {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "chainward.pid"), "utf8"));
    if (!pid || pid === process.pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

const pid = runningServerPid();
let dump: Uint8Array;
if (pid) {
  const base = (process.env.APP_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  const response = await fetch(`${base}/api/maintenance/dump`, { method: "POST", headers: { Authorization: `Bearer ${maintenanceToken(dataDir)}` } });
  if (!response.ok) {
    console.error(`The running server (process ${pid}) at ${base} refused the dump (HTTP ${response.status}). Set APP_INTERNAL_URL if it listens elsewhere.`);
    process.exit(1);
  }
  dump = new Uint8Array(await response.arrayBuffer());
  console.log(`Dumped through the running server (process ${pid}).`);
} else {
  dump = await dumpEmbeddedDatabase();
  await closeDb();
}
writeFileSync(out, dump, { mode: 0o600 });
console.log(`Wrote ${out} (${(dump.byteLength / 1024 / 1024).toFixed(1)} MB). Restore with: npm run db:restore -- ${path.basename(out)}`);
process.exit(0);
