// AUTH_SECRET signs and encrypts session cookies. When none is configured, one is generated on first run and kept in
// the data directory, so a demo needs no setup. Several instances must share an explicit AUTH_SECRET.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "@/lib/db";

let cached: string | undefined;

/** A random secret kept in a file of the data directory (mode 0600), created by whichever process needs it first. */
export function secretInDataDirectory(dir: string, name: string): string {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // "wx": never overwrite a secret another process wrote in the meantime.
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (cached) return cached;
  const dir = dataDirectory();
  if (dir.startsWith("memory://")) return (cached = randomBytes(32).toString("base64url"));
  return (cached = secretInDataDirectory(dir, "auth-secret"));
}
