// A download button is one request: the tamper-evident audit log records one export per click.
import { expect, test } from "@playwright/test";
import { demoUsers } from "../lib/demo/seed";
import { signedInPage } from "./helpers";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;

test("each export and the board report is requested once per click", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/reports");
  for (const [name, path] of [
    ["Download the board report (PDF)", "/api/reports/board"],
    ["Download scores (CSV)", "/api/risks/export"],
  ] as const) {
    const requests: string[] = [];
    const count = (r: { url(): string }) => void (new URL(r.url()).pathname === path && requests.push(r.url()));
    page.on("request", count);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name }).click();
    await download;
    // Give a second request (the client router's page fetch, then the document load) time to show up.
    await page.waitForTimeout(500);
    page.off("request", count);
    expect(requests, name).toHaveLength(1);
  }
});
