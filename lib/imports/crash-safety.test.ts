// A server killed (SIGKILL) in the middle of a CSV import of thousands of vendors: after the restart the import is
// there completely or not at all, on PostgreSQL and on the embedded database (whose lock the dead process left).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "@/tests/processes";

const ROWS = 4000;

describe("crash safety", () => {
  it("a server killed inside a CSV import's transaction leaves none of it, and the restarted server opens the database", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "chainward-crash-"));
    // The same database the other tests use when it is PostgreSQL; a fresh embedded database in a directory otherwise.
    const env = process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : { DATABASE_URL: "", DATA_DIR: dataDir };
    try {
      const importer = runScript("tests/db-child.mts", ["import", String(ROWS)], env);
      const organizationId = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const id = /importing (\S+)/.exec(importer.output())?.[1];
          // Inside the transaction: 500 rows written, the commit still far away.
          if (id && /written 500/.test(importer.output())) {
            clearInterval(timer);
            resolve(id);
          }
        }, 20);
        void importer.exited.then(() => (clearInterval(timer), reject(new Error(`the importer stopped early:\n${importer.output()}`))));
      });
      importer.proc.kill("SIGKILL");
      const { signal } = await importer.exited;
      // The kill must have landed before the commit, or the test proves nothing.
      expect(signal).toBe("SIGKILL");
      expect(importer.output()).not.toContain("committed");

      const counter = runScript("tests/db-child.mts", ["count", organizationId], env);
      const { code } = await counter.exited;
      expect(code, counter.output()).toBe(0);
      const { count, audits } = JSON.parse(counter.output().trim().split("\n").at(-1)!) as { count: number; audits: number };
      // Killed inside the transaction: none of it.
      expect(count).toBe(0);
      expect(audits).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
