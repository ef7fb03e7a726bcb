// npm run test:e2e: finds a browser (installing Debian's Chromium when possible), builds the app, runs Playwright.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

async function playwrightBrowser() {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function tryAptChromium() {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  console.log("No browser found: installing Chromium with apt-get …");
  try {
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  } catch {
    return false;
  }
  return existsSync("/usr/bin/chromium");
}

if (!existsSync("/usr/bin/chromium") && !(await playwrightBrowser()) && !tryAptChromium()) {
  console.error(
    [
      "End-to-end tests need Chromium, and none was found.",
      "  Debian/Ubuntu:  sudo apt-get install -y chromium     (gives /usr/bin/chromium)",
      "  elsewhere:      npx playwright install chromium       (downloads Playwright's own build)",
      "Then run the tests again.",
    ].join("\n"),
  );
  process.exit(1);
}

const args = process.argv.slice(2);
const multiOnly = args.some((a) => a.startsWith("e2e-multi"));
run("npx", ["next", "build"]);
if (!multiOnly) run("npx", ["playwright", "test", ...args]);
if (args.length === 0 || multiOnly) await twoInstances();

/** Two servers on one PostgreSQL database (e2e-multi/): needs a PostgreSQL server, as CI provides. */
async function twoInstances() {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    console.log("Two-instance end-to-end tests not run: they need PostgreSQL. Set TEST_DATABASE_URL (CI does).");
    return;
  }
  const { default: pg } = await import("pg");
  const name = `chainward_e2e_multi_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url.toString(), E2E_MULTI_DATABASE_URL: url.toString() };
  let status = spawnSync("npx", ["tsx", "e2e-multi/seed.mts"], { stdio: "inherit", env }).status;
  if (status === 0) status = spawnSync("npx", ["playwright", "test", "-c", "playwright.multi.config.ts"], { stdio: "inherit", env: { ...env, DATABASE_URL: "" } }).status;
  const cleanup = new pg.Client({ connectionString: server });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await cleanup.end();
  if (status !== 0) process.exit(status ?? 1);
}
