import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/maintenance/dump/route";
import { db, openPGlite } from "@/lib/db";
import { createOrganization } from "@/tests/factories";
import { runScriptToEnd } from "@/tests/processes";
import { maintenanceToken, restoreEmbeddedDatabase } from "./dump";

const temp = () => mkdtempSync(path.join(tmpdir(), "chainward-dump-"));

describe("embedded database backup", () => {
  it("the running server dumps its database for the maintenance token only, and the dump restores every record", async () => {
    const org = await createOrganization();
    await db().vendor.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ organizationId: org.id, name: `Vendor ${i}` })) });
    const dataDir = temp();
    const restored = temp();
    const previous = process.env.DATA_DIR;
    process.env.DATA_DIR = dataDir;
    try {
      const call = (token?: string) => POST(new Request("http://chainward.test/api/maintenance/dump", { method: "POST", headers: token ? { authorization: `Bearer ${token}` } : {} }), {});
      expect((await call()).status).toBe(404);
      expect((await call("not-the-token")).status).toBe(404);
      const response = await call(maintenanceToken(dataDir)!);
      // On PostgreSQL there is no embedded database to dump: pg_dump is the tool, and the endpoint says nothing.
      const embedded = !process.env.DATABASE_URL;
      expect(response.status).toBe(embedded ? 200 : 404);
      if (embedded) {
        await restoreEmbeddedDatabase(restored, new Uint8Array(await response.arrayBuffer()));
        const copy = openPGlite(path.join(restored, "pgdata"));
        const { rows } = await copy.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Vendor" WHERE "organizationId" = $1`, [org.id]);
        await copy.close();
        expect(rows[0]!.n).toBe(30);
      }
    } finally {
      process.env.DATA_DIR = previous;
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(restored, { recursive: true, force: true });
    }
  });

  it("npm run db:dump and db:restore: every record comes back; the replaced database is kept", async () => {
    const source = temp();
    const target = temp();
    const env = { DATABASE_URL: "", DATA_DIR: source };
    try {
      const orgId = /seeded (\S+)/.exec(await runScriptToEnd("tests/db-child.mts", ["seed", "40"], env))![1]!;
      const file = path.join(source, "backup.tar.gz");
      expect(await runScriptToEnd("scripts/db-dump.mts", [file], env)).toContain("Wrote");
      expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
      await runScriptToEnd("tests/db-child.mts", ["seed", "1"], { ...env, DATA_DIR: target });
      expect(await runScriptToEnd("scripts/db-restore.mts", [file], { ...env, DATA_DIR: target })).toMatch(/kept in .*pgdata\.before-restore-/);
      const counted = JSON.parse((await runScriptToEnd("tests/db-child.mts", ["count", orgId], { ...env, DATA_DIR: target })).trim().split("\n").at(-1)!);
      expect(counted.count).toBe(40);
    } finally {
      rmSync(source, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  }, 120_000);
});
