import { afterAll, beforeAll, inject, vi } from "vitest";

vi.mock("next-intl/server", async () => (await import("./intl")).nextIntlServer);

const databaseUrl = inject("databaseUrl");
if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = "memory://";
}
delete process.env.SMTP_URL;
// Refusals and errors the tests provoke on purpose would flood the output; lib/log.test.ts checks the log itself.
process.env.LOG_LEVEL ??= "silent";

beforeAll(async () => {
  if (databaseUrl) return;
  const { applyPendingMigrations } = await import("../lib/db/migrate");
  await applyPendingMigrations();
});

afterAll(async () => {
  const { closeDb } = await import("../lib/db/index");
  await closeDb();
});
