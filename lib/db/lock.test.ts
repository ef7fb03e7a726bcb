import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDirectory } from "./index";

describe("embedded data directory lock", () => {
  it("refuses a directory held by another running process", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cw-lock-"));
    writeFileSync(path.join(dir, "chainward.pid"), String(process.ppid));
    expect(() => lockDataDirectory(dir)).toThrow(`in use by process ${process.ppid}`);
  });

  it("takes over a lock left by a process that no longer runs, and releases it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cw-lock-"));
    const file = path.join(dir, "chainward.pid");
    writeFileSync(file, "999999999");
    const release = lockDataDirectory(dir);
    expect(readFileSync(file, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(file)).toBe(false);
  });
});
