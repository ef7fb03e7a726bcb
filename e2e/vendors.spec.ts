import { demoUsers } from "../lib/demo/seed";
import { seriousA11yViolations, signedInPage, vendorTab } from "./helpers";
import { expect, test } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
const executive = demoUsers.find((u) => u.role === "EXECUTIVE")!;

test("a security manager registers a vendor; bad input is explained and kept", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors");
  await page.getByRole("link", { name: "Add vendor" }).click();
  await expect(page.getByRole("heading", { name: "New vendor" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Patchwork Remote Ltd");
  await page.getByLabel("LEI").fill("506700GE1G29325QX364");
  await page.getByLabel("Tier", { exact: true }).selectOption("CRITICAL");
  await page.getByLabel("Reason for the tier").fill("Remote support into finance servers");
  await page.getByLabel("Contract start").fill("2026-06-01");
  await page.getByLabel("Contract end").fill("2026-01-01");
  // A country is chosen by name; a value that is no country is refused, not guessed.
  await page.getByLabel("Country").fill("Germny");
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByText("“Germny” is neither")).toBeVisible();
  await page.getByLabel("Country").fill("Germany");
  await expect(page.getByText("Not a valid LEI")).toBeVisible();
  await expect(page.getByText("The contract cannot end before it starts")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Patchwork Remote Ltd");

  await page.getByLabel("LEI").fill("506700GE1G29325QX363");
  await page.getByLabel("Contract end").fill("2027-05-31");
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByText("Vendor created.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Patchwork Remote Ltd" })).toBeVisible();
  await expect(page.getByText("Remote support into finance servers")).toBeVisible();
  await expect(page.getByText("Germany (DE)")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await vendorTab(page, "Contacts").click();
  await page.getByLabel("Name", { exact: true }).fill("Dana On-call");
  await page.getByLabel("Phone").fill("+44 20 7946 0000");
  await page.getByLabel("Security contact").check();
  await page.getByLabel("Reachable").selectOption({ label: "24/7, including weekends and holidays" });
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Dana On-call" })).toContainText("Security contact");
  // One truth: the Overview shows the contact marked here.
  await vendorTab(page, "Overview").click();
  const securityCard = page.locator("section").filter({ has: page.getByRole("heading", { name: "Security contact" }) });
  await expect(securityCard).toContainText("Dana On-call");
  await expect(securityCard).toContainText("+44 20 7946 0000");
  await expect(securityCard).toContainText("24/7");

  await vendorTab(page, "History").click();
  await expect(page.getByRole("cell", { name: "vendor.contact_added" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "vendor.created" })).toBeVisible();
});

test("the second of two concurrent edits is refused, nothing is overwritten", async ({ browser }) => {
  const first = await signedInPage(browser, manager.email, manager.password!);
  const second = await signedInPage(browser, manager.email, manager.password!);
  await first.goto("/vendors?q=DocuSafe");
  await first.getByRole("link", { name: "DocuSafe" }).click();
  await first.getByRole("link", { name: "Edit vendor" }).click();
  await expect(first).toHaveURL(/\/edit$/);
  await second.goto(first.url());

  await first.getByLabel("Business owner").fill("Head of Legal");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText("Changes saved.")).toBeVisible();

  await second.getByLabel("Business owner").fill("CFO office");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText("changed by someone else")).toBeVisible();
  await expect(second.getByLabel("Business owner")).toHaveValue("CFO office");

  await first.reload();
  await expect(first.getByText("Head of Legal")).toBeVisible();
});

test("an executive sees vendors but cannot edit them", async ({ browser }) => {
  const page = await signedInPage(browser, executive.email, executive.password!);
  await page.goto("/vendors");
  await expect(page.getByRole("link", { name: "Add vendor" })).toHaveCount(0);
  await page.getByRole("link", { name: "BrightPath IT Services" }).click();
  await expect(page.getByRole("heading", { name: "BrightPath IT Services" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit vendor" })).toHaveCount(0);
  expect((await page.goto(`${page.url()}/edit`))?.status()).toBe(404);
  expect((await page.goto("/vendors/new"))?.status()).toBe(404);
});

test("a security manager records an access channel into our systems, then disables it with a reason", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors?q=PrintLogix");
  await page.getByRole("link", { name: "PrintLogix" }).click();
  await vendorTab(page, "Access channels").click();
  await page.getByRole("link", { name: "Add channel" }).click();
  await expect(page.getByRole("heading", { name: "PrintLogix" })).toBeVisible();

  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(page.getByText("Choose the kind of channel")).toBeVisible();
  // A channel is a way into our systems: one that reaches none is refused, next to the systems.
  await expect(page.getByText("Choose at least one system this channel reaches")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill("Printer fleet agent");
  await page.getByLabel("Kind").selectOption("MANAGED_AGENT");
  await page.getByLabel("Tool or product").fill("PrintFleet Agent");
  await page.getByLabel("Highest privilege").selectOption("CODE_EXECUTION");
  // Systems are found by name; one ticked and then filtered out is still sent.
  await page.getByLabel("Find a system").fill("label");
  await expect(page.getByLabel("Workstations")).toBeHidden();
  await page.getByLabel("Label printers").check();
  await page.getByLabel("Find a system").fill("WORK");
  await page.getByLabel("Find a system").press("Enter");
  await expect(page.getByLabel("Label printers")).toBeHidden();
  await page.getByLabel("Workstations").check();
  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(page.getByText("Channel added.")).toBeVisible();

  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Printer fleet agent" }) });
  await expect(card).toContainText("Can push code");
  await expect(card).toContainText("Workstations");
  await expect(card).toContainText("Label printers");
  await expect(card).toContainText("no MFA");
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Confirmation dialogs are built when first opened: a provider with a hundred channels sends none of them.
  await expect(page.locator("dialog")).toHaveCount(0);
  await card.getByRole("button", { name: "Disable" }).click();
  await page.getByRole("dialog").getByLabel("Reason").fill("Replaced by on-site maintenance");
  await page.getByRole("dialog").getByRole("button", { name: "Disable channel" }).click();
  await expect(card).toContainText("Disabled on");
  await expect(card).toContainText("Replaced by on-site maintenance");
});

test("the vendor list filters on computed facts, keeps them in the URL, and exports what it shows", async ({ browser }) => {
  const page = await signedInPage(browser, executive.email, executive.password!);
  await page.goto("/vendors");
  // Filters apply as they are picked.
  await page.getByLabel("Patch SLA breached").check();
  await expect(page).toHaveURL(/slaBreach=1/);
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "BrightPath IT Services" })).toBeVisible();
  await expect(table.getByRole("link", { name: "NetWatch" })).toBeVisible();
  await expect(table.getByRole("link", { name: "HelpDesk Direct" })).toHaveCount(0);

  // A shared link opens the same view.
  const shared = await (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
  await shared.goto(page.url());
  await expect(shared.getByLabel("Patch SLA breached")).toBeChecked();
  await expect(shared.getByRole("table").getByRole("link", { name: "NetWatch" })).toBeVisible();

  const download = page.waitForEvent("download");
  // The button says the filters apply: the file holds the vendors the list shows.
  await page.getByRole("link", { name: /^Export \d+ of \d+ vendors?$/ }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    let text = "";
    for await (const chunk of stream) text += chunk.toString();
    return text;
  });
  expect(csv).toContain("BrightPath IT Services");
  // Labels a person reads, not codes.
  expect(csv).toContain(",Active,Critical,");
  expect(csv).not.toContain("HelpDesk Direct");
  expect(csv.split("\r\n")[0]).toContain("Name,Legal name,LEI");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/vendors$/);
  await expect(page.getByLabel("Patch SLA breached")).not.toBeChecked();
  await page.getByLabel("Channel privilege").selectOption("CODE_EXECUTION");
  await expect(page).toHaveURL(/privilege=CODE_EXECUTION/);
  await page.getByLabel("Sort by").selectOption("tier");
  await expect(page).toHaveURL(/privilege=CODE_EXECUTION&sort=tier/);
  await expect(page.getByRole("table").getByRole("link", { name: "BackupVault" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: "PayFlow Payroll" })).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a file over its limit is refused next to the field before it is sent, and an empty one is explained", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors/import");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  // Over the 20 MB the server takes in any form: sent, it could only end on the error page.
  await page.getByLabel("CSV file").setInputFiles({ name: "vendors.csv", mimeType: "text/csv", buffer: Buffer.alloc(21 * 1024 * 1024, "a") });
  await expect(page.getByText("The file is larger than 5 MB; split it.")).toBeVisible();
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByLabel("CSV file")).toHaveJSProperty("validationMessage", "The file is larger than 5 MB; split it.");
  expect(posts).toEqual([]);

  await page.getByLabel("CSV file").setInputFiles({ name: "vendors.csv", mimeType: "text/csv", buffer: Buffer.from("Name\r\n") });
  await expect(page.getByText("The file is larger than 5 MB; split it.")).toHaveCount(0);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("The file has a header but no rows.").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  await page.getByLabel("CSV file").setInputFiles({ name: "vendors.csv", mimeType: "text/csv", buffer: Buffer.from("Name\r\nWithin Limit One\r\nWithin Limit Two\r\n") });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("All 2 rows are valid.")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a CSV import with one bad row is refused in the preview; the fixed file imports", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { name: "Import from CSV" })).toBeVisible();
  const file = (rows: string) => ({ name: "vendors.csv", mimeType: "text/csv", buffer: Buffer.from(`Name,Country,Tier\r\n${rows}`) });

  await page.getByLabel("CSV file").setInputFiles(file("Harbour Freight IT,GB,HIGH\r\nNo Country Ltd,Germny,LOW\r\n"));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("1 of 2 rows has errors")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "No Country Ltd" })).toContainText("“Germny” is neither");
  // All or nothing unless the valid rows alone are chosen.
  await expect(page.getByRole("button", { name: /^Import \d+ vendors?$/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import the 1 valid row" })).toBeVisible();

  // A country's English name is read as its code, in any letter case.
  await page.getByLabel("CSV file").setInputFiles(file("Harbour Freight IT,GB,HIGH\r\nNo Country Ltd,germany,LOW\r\n"));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("All 2 rows are valid.")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 vendors" }).click();
  await expect(page.getByText("Imported 2 vendors.")).toBeVisible();
  await page.goto("/vendors?q=Harbour");
  await expect(page.getByRole("table").getByRole("link", { name: "Harbour Freight IT" })).toBeVisible();
});
