import { readFile } from "node:fs/promises";
import path from "node:path";
import { demoUsers } from "../lib/demo/seed";
import { seriousA11yViolations, signedInPage, vendorTab } from "./helpers";
import { expect, test } from "./mail";

const admin = demoUsers.find((u) => u.role === "ADMIN")!;
const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
const executive = demoUsers.find((u) => u.role === "EXECUTIVE")!;

test("a security manager sets a patch SLA, records a late fix and sees the computed breach", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors?q=FleetTrack");
  await page.getByRole("link", { name: "FleetTrack Telematics" }).click();
  await vendorTab(page, "Patching").click();
  await expect(page.getByText("SLA breaches")).toBeVisible();

  await page.getByLabel("Critical (days)").fill("30");
  await page.getByLabel("High (days)").fill("7");
  await page.getByLabel("Medium (days)").fill("90");
  await page.getByLabel("Low (days)").fill("180");
  await page.getByRole("button", { name: "Save patch SLA" }).click();
  await expect(page.getByText("More severe flaws must get the same or fewer days")).toBeVisible();
  await page.getByLabel("Critical (days)").fill("5");
  await page.getByLabel("High (days)").fill("14");
  await page.getByRole("button", { name: "Save patch SLA" }).click();
  await expect(page.getByText("Patch SLA saved.")).toBeVisible();

  await page.getByLabel("Vendor (as in CISA KEV)").fill("FleetTrack");
  await page.getByLabel("Product (as in CISA KEV)").fill("Fleet Gateway");
  await page.getByLabel("Version we run").fill("4.2");
  await page.getByRole("button", { name: "Add product" }).click();
  await expect(page.getByRole("heading", { name: "FleetTrack Fleet Gateway 4.2" })).toBeVisible();

  await page.getByText("Record a vulnerability of Fleet Gateway").click();
  await page.getByLabel("CVE").fill("CVE-2026-22222");
  await page.getByLabel("Severity").selectOption("CRITICAL");
  await page.getByLabel("Disclosed").fill("2026-01-05");
  await page.getByLabel("Vendor fix released").fill("2026-01-25");
  await page.getByLabel("Deployed by us").fill("2026-01-27");
  await page.getByRole("button", { name: "Record vulnerability" }).click();
  const row = page.getByRole("row").filter({ hasText: "CVE-2026-22222" });
  await expect(row).toContainText("20 d of 5 · breach");
  await expect(row).toContainText("2 d of 5");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.goto("/patching");
  await expect(page.getByRole("row").filter({ hasText: "CVE-2026-22222" })).toContainText("breach");
});

test("an administrator imports the KEV catalog; the MSP's unpatched Kaseya flaw is flagged", async ({ browser }) => {
  const page = await signedInPage(browser, admin.email, admin.password!);
  await page.goto("/kev");
  await expect(page.getByText("No known-exploited vulnerability matches our products")).toBeVisible();

  await page.goto("/admin/kev");
  await page.getByRole("button", { name: "Import catalog" }).click();
  await page.getByLabel("Catalog file (JSON)").setInputFiles(path.join(import.meta.dirname, "../lib/demo/seed.ts"));
  await page.getByRole("button", { name: "Import catalog" }).click();
  await expect(page.getByText("This file is not JSON")).toBeVisible();
  await page.getByLabel("Catalog file (JSON)").setInputFiles(path.join(import.meta.dirname, "../lib/kev/kev-sample.json"));
  await page.getByRole("button", { name: "Import catalog" }).click();
  await expect(page.getByText("Catalog 2025.03.31-excerpt imported: 47 entries, 47 new, 0 updated.")).toBeVisible();
  await page.getByLabel("Catalog file (JSON)").setInputFiles(path.join(import.meta.dirname, "../lib/kev/kev-sample.json"));
  await page.getByRole("button", { name: "Import catalog" }).click();
  await expect(page.getByText("47 entries, 0 new, 0 updated.")).toBeVisible();
  // CISA revises an entry: the next release updates it; a file listing one CVE twice, differently, is refused.
  const sample = JSON.parse(await readFile(path.join(import.meta.dirname, "../lib/kev/kev-sample.json"), "utf8"));
  const [first, ...rest] = sample.vulnerabilities;
  const revised = { ...sample, catalogVersion: "2025.04.01-excerpt", vulnerabilities: [{ ...first, knownRansomwareCampaignUse: "Known" }, ...rest] };
  const upload = (name: string, catalog: unknown) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(catalog)) });
  await page.getByLabel("Catalog file (JSON)").setInputFiles(upload("revised.json", revised));
  await page.getByRole("button", { name: "Import catalog" }).click();
  await expect(page.getByText("Catalog 2025.04.01-excerpt imported: 47 entries, 0 new, 1 updated.")).toBeVisible();
  const twice = { ...revised, count: 48, vulnerabilities: [...revised.vulnerabilities, { ...first, dueDate: "2030-01-01" }] };
  await page.getByLabel("Catalog file (JSON)").setInputFiles(upload("twice.json", twice));
  await page.getByRole("button", { name: "Import catalog" }).click();
  await expect(page.getByText(`This catalog lists a CVE twice with different data: ${first.cveID} (vulnerabilities[0] and [47])`)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.goto("/kev");
  const kaseya = page.getByRole("row").filter({ hasText: "CVE-2021-30116" });
  await expect(kaseya).toContainText("BrightPath IT Services");
  await expect(kaseya).toContainText("In ledger, not deployed");
  await expect(kaseya).toContainText("14 days");
  // A KEV row starts an advisory campaign about its product, found through the CVE.
  await kaseya.getByRole("link", { name: "Ask affected vendors about CVE-2021-30116" }).click();
  await expect(page.getByLabel("Product", { exact: true })).toHaveValue("Virtual System/Server Administrator (VSA)");
  await expect(page.getByLabel("Title")).toHaveValue("CVE-2021-30116: Kaseya Virtual System/Server Administrator (VSA)");
  await expect(page.getByLabel("What we want to know (optional)")).toHaveValue(/^Kaseya Virtual System\/Server Administrator \(VSA\) Information Disclosure Vulnerability\. /);
  await page.goto("/kev");

  await kaseya.getByRole("link", { name: "BrightPath IT Services" }).click();
  await expect(page.getByRole("row").filter({ hasText: "CVE-2021-30116" })).toContainText("KEV");
  await vendorTab(page, "Overview").click();
  await expect(page.getByText(/known-exploited vulnerabilit.* not deployed yet: .*CVE-2021-30116/)).toBeVisible();
});

test("an executive reads patching but changes nothing", async ({ browser }) => {
  const page = await signedInPage(browser, executive.email, executive.password!);
  await page.goto("/vendors?q=BrightPath");
  await page.getByRole("link", { name: "BrightPath IT Services" }).click();
  await vendorTab(page, "Patching").click();
  await expect(page.getByText("Critical 14 d")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save patch SLA" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add product" })).toHaveCount(0);
  expect((await page.goto("/admin/kev"))?.status()).toBe(404);
});

test("the MSP's page shows its critical risk, why, and the Kaseya-pattern alarm", async ({ browser }) => {
  const page = await signedInPage(browser, executive.email, executive.password!);
  await page.goto("/vendors?q=BrightPath");
  await page.getByRole("table").getByRole("link", { name: "BrightPath IT Services" }).click();
  await expect(page.getByText("Critical risk", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/can execute code on \d+ systems, \d+ of them critical, through an always-on RMM channel without MFA/)).toBeVisible();
  const alarm = page.getByRole("alert").filter({ hasText: "Kaseya pattern" });
  await expect(alarm).toContainText("BrightPath RMM agent");
  await expect(alarm).toContainText("console exposed to the internet");
  expect(await seriousA11yViolations(page)).toEqual([]);
});
