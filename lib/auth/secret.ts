// AUTH_SECRET signs and encrypts session cookies. When none is configured, one is generated on first run and kept in
// the data directory, so a demo needs no setup. Several instances must share an explicit AUTH_SECRET.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "@/lib/db";

let cached: string | undefined;

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (cached) return cached;
  const dir = dataDirectory();
  if (dir.startsWith("memory://")) return (cached = randomBytes(32).toString("base64url"));
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // "wx": never overwrite a secret another process wrote in the meantime.
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return (cached = readFileSync(file, "utf8").trim());
}
