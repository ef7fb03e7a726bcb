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

run("npx", ["next", "build"]);
run("npx", ["playwright", "test", ...process.argv.slice(2)]);
