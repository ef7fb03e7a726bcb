// The dashboards: the executive's one-screen view and board PDF, the manager's heat map, and accepting an alarm.
import { demoUsers, DEMO_ORGANIZATION } from "../lib/demo/seed";
import { pdfText } from "../tests/pdf-text";
import { seriousA11yViolations, signedInPage } from "./helpers";
import { expect, test } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
const executive = demoUsers.find((u) => u.role === "EXECUTIVE")!;

test("an executive sees the risk posture and downloads the board report", async ({ browser }) => {
  const page = await signedInPage(browser, executive.email, executive.password!);
  await expect(page.getByRole("heading", { name: "Top exposures" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^BrightPath IT Services can execute code on/ })).toBeVisible();
  await expect(page.getByText("Privileged access channels with MFA enforced")).toBeVisible();
  // Charts have their numbers as tables too.
  await expect(page.getByRole("table", { name: "Vendors by tier and risk level" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Board report (PDF)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^board-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const { readFile } = await import("node:fs/promises");
  const pdf = await readFile((await file.path())!);
  // The production server finds the embedded fonts (DejaVu Sans, for names outside Latin-1) in node_modules.
  expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
  expect(pdf.toString("latin1")).not.toContain("/Helvetica");
  const text = pdfText(pdf);
  expect(text).toContain(DEMO_ORGANIZATION.name);
  expect(text).toContain("Top exposures");
  expect(text).toContain("1. BrightPath IT Services can execute code on");
});

test("a manager follows a heat-map cell to the vendors in it", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await expect(page.getByRole("heading", { name: "Portfolio heat map: impact × likelihood" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  const cell = page.getByRole("link", { name: /vendors? with impact .* and likelihood/ }).first();
  const label = (await cell.getAttribute("aria-label"))!;
  const count = Number(label.split(" ")[0]);
  await cell.click();
  await expect(page).toHaveURL(/\/risks\?impact=\d&likelihood=\d/);
  await expect(page.getByRole("heading", { name: "Vendor risks" })).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(count);
  await expect(page.getByText(new RegExp(`^${count} vendors? with impact \\d+–\\d+, likelihood \\d+–\\d+`))).toBeVisible();
});

test("accepting the MSP's Kaseya-pattern alarm clears it from the dashboard until the expiry", async ({ browser }) => {
  const managerPage = await signedInPage(browser, manager.email, manager.password!);
  await expect(managerPage.getByRole("region", { name: /Kaseya-pattern alarm/ })).toContainText("BrightPath RMM agent");

  const page = await signedInPage(browser, executive.email, executive.password!);
  await page.goto("/vendors");
  await page.getByRole("link", { name: "BrightPath IT Services" }).click();
  const alarm = page.getByRole("alert").filter({ hasText: "Kaseya pattern" });
  await alarm.getByText("Accept this risk until a date").first().click();
  await alarm.getByLabel("Why we accept the alarm on BrightPath RMM agent").fill("Agent isolated to a jump host until the migration in January.");
  const until = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
  await alarm.getByLabel("Accepted until").fill(until);
  await alarm.getByRole("button", { name: "Accept the alarm" }).click();
  await expect(page.getByText("Accepted Kaseya-pattern alarms")).toBeVisible();
  await expect(page.getByText(`accepted by ${executive.email} until ${until}`)).toBeVisible();

  await managerPage.reload();
  const remaining = managerPage.getByRole("region", { name: /Kaseya-pattern alarm/ });
  await expect(remaining.getByRole("heading")).toContainText("(1 more accepted until a date)");
  await expect(remaining).not.toContainText("BrightPath RMM agent");
});

test("the MSP's blast radius and the holiday checklist name what an attacker would reach", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors");
  await page.getByRole("link", { name: "BrightPath IT Services" }).click();
  await page.getByRole("navigation", { name: "Vendor sections" }).getByRole("link", { name: "Blast radius" }).click();
  await expect(page.getByText(/If BrightPath IT Services were compromised, an attacker would reach \d+ of our systems \(\d+ critical\)/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Channel by channel" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.goto("/readiness");
  await expect(page.getByRole("heading", { name: /Emergency disconnects never tested/ })).toContainText("open");
  await expect(page.getByRole("listitem").filter({ hasText: "BrightPath RMM agent" }).first()).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a vendor's score links to the page that explains it, with the weights in use named for people", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors");
  await page.getByRole("link", { name: "BrightPath IT Services", exact: true }).first().click();
  await expect(page.getByText("Standard weights of")).toBeVisible();
  await page.getByRole("link", { name: "how scores work" }).click();
  await expect(page.getByRole("heading", { name: "How risk scores work", level: 1 })).toBeVisible();
  // The breadcrumb trail ends on the page itself.
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).locator('[aria-current="page"]')).toHaveText("How risk scores work");
  await expect(page.getByText(/critical.* from 50/)).toBeVisible();
  await expect(page.getByText("docs/risk-model.md")).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});
