import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One fresh embedded database per run, shared with the worker processes through the environment.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "chainward-e2e-"));
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // The embedded database serves one process; tests run one after another against it.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync(systemChromium) ? systemChromium : undefined,
          args: [
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"',
          ],
        },
      },
    },
  ],
  webServer: {
    // Fixtures are loaded before the server opens the embedded database (one process at a time).
    command: `npx tsx e2e/seed.mts && npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: "",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      APP_URL: `http://localhost:${PORT}`,
      // e2e/proxy.ts reaches the server from 127.0.0.2 as a trusted reverse proxy; browsers connect from 127.0.0.1/::1.
      TRUSTED_PROXIES: "127.0.0.2",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
