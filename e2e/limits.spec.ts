// Request limits end to end: uploads up to each form's limit arrive whole, a direct POST over a form's limit gets the
// form's own message, a body over the server's limit a 413, and malformed requests a 4xx instead of a 500.
import { expect, test, type Page } from "@playwright/test";
import { REQUEST_BODY_MAX_BYTES, REQUEST_TOO_LARGE, UPLOAD_LIMITS } from "../lib/uploads";
import { PASSWORD, quay } from "./fixtures";
import { signedInPage } from "./helpers";

const MB = 1024 * 1024;
const admin = quay.users[0]!.email;

/** A valid CISA KEV catalog file of `entries` entries (about 10 KB each), built in memory. */
function kevCatalog(entries: number): Buffer {
  const vulnerabilities = Array.from({ length: entries }, (_, i) => ({
    cveID: `CVE-2099-${10_000 + i}`,
    vendorProject: "Quay Test Vendor",
    product: `Crane Controller ${i}`,
    vulnerabilityName: `Crane Controller ${i} Improper Authentication Vulnerability`,
    dateAdded: "2026-01-15",
    shortDescription: `Crane Controller ${i} contains an improper authentication vulnerability. `.repeat(60).slice(0, 4000),
    requiredAction: "Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.",
    dueDate: "2026-02-05",
    knownRansomwareCampaignUse: "Unknown",
    notes: `https://example.invalid/advisories/${i} ; `.repeat(300).slice(0, 6000),
    cwes: ["CWE-287"],
  }));
  const catalog = { title: "CISA Catalog of Known Exploited Vulnerabilities", catalogVersion: "2099.01.15-large", dateReleased: "2099-01-15T00:00:00.000Z", count: entries, vulnerabilities };
  return Buffer.from(JSON.stringify(catalog, null, 2));
}

/** A valid organization backup of `vendors` vendors (about 30 KB each), built in memory. */
function organizationBackup(vendors: number): Buffer {
  const rows = Array.from({ length: vendors }, (_, i) => ({
    id: `vendor-${i}`,
    name: `Warehouse supplier ${i}`,
    servicesProvided: `Racking, forklifts and dock doors for warehouse ${i}. `.repeat(600).slice(0, 30_000),
  }));
  return Buffer.from(JSON.stringify({ format: "chainward-organization-backup", formatVersion: 1, exportedAt: "2099-01-15T00:00:00.000Z", organization: { name: "Quay Storage (old)" }, tables: { vendors: rows } }));
}

/** Puts a file into a file input the way a script would, without the change event that lets the form check its size. */
async function setFileUnchecked(page: Page, label: string, name: string, bytes: number) {
  await page.getByLabel(label).evaluate(
    (input: HTMLInputElement, [name, bytes]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([`Name\n${"Oversize Vendor\n".repeat(Math.ceil(Number(bytes) / 16))}`], String(name), { type: "text/csv" }));
      input.files = transfer.files;
    },
    [name, bytes] as const,
  );
}

test("a 12 MB backup and a 12 MB KEV catalog import whole", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await signedInPage(browser, admin, PASSWORD);

  const backup = organizationBackup(430);
  expect(backup.length).toBeGreaterThan(12 * MB);
  expect(backup.length).toBeLessThan(UPLOAD_LIMITS.backup.maxBytes);
  await page.goto("/admin/backup");
  await page.getByLabel("Backup file (JSON)").setInputFiles({ name: "quay-backup.json", mimeType: "application/json", buffer: backup });
  await page.getByRole("button", { name: "Import into this organization" }).click();
  // The page then has vendors, and shows that in place of the import form.
  await expect(page.getByText("This organization already has 430 vendors.")).toBeVisible({ timeout: 120_000 });

  const catalog = kevCatalog(1250);
  expect(catalog.length).toBeGreaterThan(12 * MB);
  expect(catalog.length).toBeLessThan(UPLOAD_LIMITS.kevCatalog.maxBytes);
  await page.goto("/admin/kev");
  await page.getByLabel("Catalog file (JSON)").setInputFiles({ name: "known_exploited_vulnerabilities.json", mimeType: "application/json", buffer: catalog });
  await page.getByRole("button", { name: "Import catalog" }).click();
  await expect(page.getByText("Catalog 2099.01.15-large imported: 1,250 entries, 1250 new, 0 updated.")).toBeVisible({ timeout: 120_000 });
});

test("a file over a form's limit gets the form's message without the browser's check; a body over the server's limit a 413", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const page = await signedInPage(browser, admin, PASSWORD);
  await page.goto("/vendors/import");
  // 10 MB: twice the CSV import's limit, and as much as Next.js buffers behind a proxy by default.
  await setFileUnchecked(page, "CSV file", "vendors.csv", 10 * MB);
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  const answered = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Check file" }).click();
  const request = await posted;
  expect((await answered).status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: UPLOAD_LIMITS.csvImport.tooLarge })).toBeVisible();
  await expect(page.getByText("Something went wrong")).toHaveCount(0);

  // The same action, sent directly with a body over the server's limit.
  const tooLarge = await page.request.post("/vendors/import", {
    headers: { "next-action": request.headers()["next-action"]!, origin: baseURL! },
    multipart: { "1_kind": "vendors", "1_file": { name: "vendors.csv", mimeType: "text/csv", buffer: Buffer.alloc(REQUEST_BODY_MAX_BYTES + 1, "A") } },
  });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.text()).toBe(REQUEST_TOO_LARGE);
});

test("malformed requests answer 4xx, not 500", async ({ page, request, baseURL }) => {
  // A real server action id: the sign-in form's.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("nobody@quay.example");
  await page.getByLabel("Password").fill("not-the-password");
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Sign in" }).click();
  const action = (await posted).headers()["next-action"]!;

  const statuses: Record<string, number> = {};
  const record = async (name: string, response: Promise<import("@playwright/test").APIResponse>) => {
    const r = await response;
    statuses[name] = r.status();
    expect(await r.text(), name).not.toMatch(/\n\s+at /);
  };
  await record("TRACE /", request.fetch("/", { method: "TRACE" }));
  await record("TRACE /api/health", request.fetch("/api/health", { method: "TRACE" }));
  await record("PUT /sign-in", request.fetch("/sign-in", { method: "PUT" }));
  await record("DELETE /vendors", request.fetch("/vendors", { method: "DELETE" }));
  await record("GET /vendors/%ff%fe", request.get("/vendors/%ff%fe"));
  await record("GET /api/evidence/%ff", request.get("/api/evidence/%ff"));
  const actionPost = (contentType: string, data: string) =>
    request.post("/sign-in", { headers: { "next-action": action, "content-type": contentType, origin: baseURL! }, data });
  await record("action body not JSON", actionPost("text/plain;charset=UTF-8", "garbage{"));
  await record("action arguments not a list", actionPost("text/plain;charset=UTF-8", '{"email":"x"}'));
  await record("action arguments nested 100,000 deep", actionPost("text/plain;charset=UTF-8", `[${"[".repeat(100_000)}${"]".repeat(100_000)}]`));
  await record("action multipart without boundary", actionPost("multipart/form-data", "x"));
  expect(statuses).toEqual({
    "TRACE /": 405,
    "TRACE /api/health": 405,
    "PUT /sign-in": 405,
    "DELETE /vendors": 405,
    "GET /vendors/%ff%fe": 400,
    "GET /api/evidence/%ff": 400,
    "action body not JSON": 400,
    "action arguments not a list": 400,
    "action arguments nested 100,000 deep": 400,
    "action multipart without boundary": 400,
  });
});
