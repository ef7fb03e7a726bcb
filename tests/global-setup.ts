// Integration tests get a fresh database for each run: a new database on TEST_DATABASE_URL's server when it is set
// (CI), otherwise an in-memory embedded database per test file (tests/setup.ts).
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide("databaseUrl", null);
    return;
  }
  const name = `chainward_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  project.provide("databaseUrl", url.toString());

  // Migrate once, before the test files run in parallel.
  process.env.DATABASE_URL = url.toString();
  const { applyPendingMigrations } = await import("../lib/db/migrate");
  const { closeDb } = await import("../lib/db/index");
  await applyPendingMigrations();
  await closeDb();

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
}
