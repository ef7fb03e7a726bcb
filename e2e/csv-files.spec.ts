// CSV files in and out, as a person handles them: Excel's files in other encodings through the import wizard, the
// import template, importing the valid rows of a file and fixing the refused ones, the vendor list's export of what
// its filters show, and export downloads that another website cannot start and a scan cannot repeat without end.
import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import { harbor, PASSWORD } from "./fixtures";
import { signedInPage } from "./helpers";
import { expect, test } from "./mail";

const user = harbor.users.find((u) => u.email === "exports@harbor.example")!;
// Imports and exports of its own, so the export limit of the last test meets only that test's downloads.
const admin = harbor.users.find((u) => u.email === "admin@harbor.example")!;
const cp1252 = (text: string) => Buffer.from([...text].map((c) => ({ "ü": 0xfc, "é": 0xe9, "ß": 0xdf })[c] ?? c.charCodeAt(0)));

test("the import wizard reads a Windows-1252 file with a notice, refuses a row with an extra value and a UTF-16 file without a byte-order mark", async ({ browser }) => {
  const page = await signedInPage(browser, user.email, PASSWORD);
  await page.goto("/vendors/import");
  const check = async (name: string, buffer: Buffer) => {
    await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Check file" }).click();
  };

  await check("utf16.csv", Buffer.from("Name\r\nAcme\r\n", "utf16le"));
  await expect(page.getByText("The file cannot be read: it looks like UTF-16LE (little-endian) without a byte-order mark.").first()).toBeVisible();

  await check("extra.csv", cp1252("Name;Services\r\nSécurité SA;Audit\r\nMüller GmbH;Payroll;HR\r\n"));
  await expect(page.getByRole("row").filter({ hasText: "Müller GmbH" })).toContainText("line 3 has 3 values but the header has 2 columns");
  await expect(page.getByRole("button", { name: /^Import \d+ vendors?$/ })).toHaveCount(0);

  await check("excel.csv", cp1252("Name;Services\r\nCP Müller GmbH;Lohnbuchhaltung\r\nStraße & Söhne;IT\r\n"));
  await expect(page.getByText("Read as Windows-1252 (Western European); check the accented names below.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "CP Müller GmbH" })).toBeVisible();
  await page.getByRole("button", { name: "Import 2 vendors" }).click();
  await expect(page.getByText("Imported 2 vendors.")).toBeVisible();
  await page.goto("/vendors");
  await expect(page.getByRole("link", { name: "CP Müller GmbH" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Straße & Söhne" })).toBeVisible();
});

const downloaded = async (download: Promise<Download>) => readFile((await (await download).path())!, "utf8");

test("the import template downloads and checks as its example row; a file with bad rows imports its valid rows and hands back the others to fix", async ({ browser }) => {
  const page = await signedInPage(browser, admin.email, PASSWORD);
  await page.goto("/vendors/import");
  const templateDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download a template" }).click();
  expect((await templateDownload).suggestedFilename()).toBe("vendor-import-template.csv");
  const template = await downloaded(templateDownload);
  expect(template).toContain("# Tier: Critical | High | Medium | Low\r\n");
  expect(template).toContain("\r\nName,Legal name,LEI,");

  const check = async (name: string, text: string) => {
    await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: "Check file" }).click();
  };
  await check("template.csv", template);
  await expect(page.getByText("The row is valid.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Example Hosting GmbH" })).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText(/^Name, Legal name, LEI, .*, Services$/);
  await expect(page.getByRole("button", { name: "Import 1 vendor" })).toBeVisible();

  await check("mixed.csv", "Name,Tier,Owner\r\nHarbor Valid Rows Ltd,Low,Kim\r\n=HYPERLINK(1),Hihg,Lee\r\nHarbor-only Hosting,High,Ann\r\n");
  await expect(page.getByText("2 of 3 rows have errors. Nothing will be imported until the file is fixed.")).toBeVisible();
  await expect(page.getByRole("definition").nth(1)).toHaveText("Owner");
  await expect(page.getByRole("button", { name: /^Import \d+ vendors?$/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Import the 1 valid row" }).click();
  await expect(page.getByText("Imported 1 vendor. 2 rows were refused: download them with the reasons, fix and import again.")).toBeVisible();
  const refusedDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the 2 refused rows (CSV)" }).click();
  expect((await refusedDownload).suggestedFilename()).toBe("refused-vendors.csv");
  const refused = await downloaded(refusedDownload);
  expect(refused.split("\r\n")).toEqual([
    "\uFEFFReason,Name,Tier,Owner",
    "\"Tier must be one of Critical, High, Medium, Low; found “Hihg”\",'=HYPERLINK(1),Hihg,Lee",
    "name: a vendor with this name already exists,Harbor-only Hosting,High,Ann",
    "",
  ]);

  // Fixed, the refused rows import on the same page; their Reason column is read over.
  await check("refused-vendors.csv", refused.replace(",Hihg,", ",High,").replace(",Harbor-only Hosting,", ",Harbor Second Hosting,"));
  await expect(page.getByText("All 2 rows are valid.")).toBeVisible();
  await expect(page.getByRole("definition").nth(1)).toHaveText("Reason, Owner");
  await page.getByRole("button", { name: "Import 2 vendors" }).click();
  await expect(page.getByText("Imported 2 vendors.")).toBeVisible();
  await page.getByRole("link", { name: "Go to the vendor list" }).click();
  // The formula's apostrophe came off again: the name is stored as it was written.
  for (const name of ["Harbor Valid Rows Ltd", "=HYPERLINK(1)", "Harbor Second Hosting"]) await expect(page.getByRole("table").getByRole("link", { name, exact: true })).toBeVisible();
});

test("the vendor list's export button says how many of the register's vendors the filters let through, and the file holds those", async ({ browser }) => {
  const page = await signedInPage(browser, admin.email, PASSWORD);
  await page.goto("/vendors");
  const everything = page.getByRole("link", { name: /^Export \d+ vendors?$/ });
  const all = Number((await everything.textContent())!.match(/\d+/)![0]);
  expect(all).toBeGreaterThan(1);
  await page.getByLabel("Search by name").fill("Harbor-only");
  const filtered = page.getByRole("link", { name: `Export 1 of ${all} vendors` });
  await expect(filtered).toBeVisible();
  const download = page.waitForEvent("download");
  await filtered.click();
  const rows = (await downloaded(download)).split("\r\n").filter(Boolean);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toMatch(/^Harbor-only Hosting,/);
});

test("an export link on another website is refused; the app's own link works until 60 downloads an hour", async ({ browser }) => {
  const page = await signedInPage(browser, user.email, PASSWORD);
  const app = new URL(page.url()).origin;

  // Another site links to the export: the browser sends the session cookie (SameSite=Lax, top-level GET) but says
  // "cross-site", and the download is refused.
  await page.route("http://attacker.test/**", (route) => route.fulfill({ contentType: "text/html", body: `<a href="${app}/api/vendors/export">Free report</a>` }));
  await page.goto("http://attacker.test/");
  const refused = page.waitForResponse(`${app}/api/vendors/export`);
  await page.getByRole("link", { name: "Free report" }).click();
  expect((await refused).status()).toBe(403);
  await expect(page.getByText("This download was requested by another website. Open it from Chainward itself.")).toBeVisible();

  // The app's own link is served, and asks the server once: not first as a page for the client router, then again.
  await page.goto("/vendors");
  const requested: string[] = [];
  page.on("request", (r) => void (r.url().includes("/api/") && requested.push(`${r.method()} ${new URL(r.url()).pathname}`)));
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Export \d+ vendors?$/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^vendors-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(requested).toEqual(["GET /api/vendors/export"]);

  // 59 more downloads (a script without Sec-Fetch headers, with the same session), then the limit.
  for (let i = 0; i < 59; i++) expect((await page.request.get("/api/dora/b_05_01")).status()).toBe(200);
  const limited = await page.request.get("/api/risks/export");
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(3000);
  expect(await limited.text()).toMatch(/^Too many downloads: at most 60 an hour\. Try again in \d+ minutes\./);
  await page.getByRole("link", { name: "Export channels" }).click();
  await expect(page.getByText(/Too many downloads: at most 60 an hour/)).toBeVisible();
});
