// Two app servers against one PostgreSQL database (scripts/test-e2e.mjs creates and seeds it, then runs this with
// E2E_MULTI_DATABASE_URL set). Sessions, rate limits, jobs and edits must behave as if there were one server.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

export const PORTS = [3101, 3102] as const;
export const MULTI_SMTP_PORT = Number(process.env.E2E_MULTI_SMTP_PORT ?? 2527);
const databaseUrl = process.env.E2E_MULTI_DATABASE_URL ?? "";

export default defineConfig({
  testDir: "e2e-multi",
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
          args: ["--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"'],
        },
      },
    },
  ],
  webServer: PORTS.map((port) => ({
    command: `npx next start -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      DATABASE_URL: databaseUrl,
      // Several instances share one explicit secret (README › Configuration).
      AUTH_SECRET: "two-instances-share-this-secret-0123456789abcdef",
      SMTP_URL: `smtp://127.0.0.1:${MULTI_SMTP_PORT}`,
      APP_URL: `http://localhost:${port}`,
      JOBS_INTERVAL_SECONDS: "2",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  })),
});
