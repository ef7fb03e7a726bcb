// CSV files in and out, as a person handles them: Excel's files in other encodings through the import wizard, and
// export downloads that another website cannot start and a scan cannot repeat without end.
import { harbor, PASSWORD } from "./fixtures";
import { signedInPage } from "./helpers";
import { expect, test } from "./mail";

const user = harbor.users.find((u) => u.email === "exports@harbor.example")!;
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
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  await check("excel.csv", cp1252("Name;Services\r\nCP Müller GmbH;Lohnbuchhaltung\r\nStraße & Söhne;IT\r\n"));
  await expect(page.getByText("Read as Windows-1252 (Western European); check the accented names below.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "CP Müller GmbH" })).toBeVisible();
  await page.getByRole("button", { name: "Import 2 vendors" }).click();
  await expect(page.getByText("Imported 2 vendors.")).toBeVisible();
  await page.goto("/vendors");
  await expect(page.getByRole("link", { name: "CP Müller GmbH" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Straße & Söhne" })).toBeVisible();
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
  await page.getByRole("link", { name: "Export CSV" }).click();
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
