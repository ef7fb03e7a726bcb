// An advisory campaign through the browser: a manager asks the vendors a known-exploited flaw concerns, the vendor
// answers in the portal, the tracking page shows it, and the campaign closes.
import { demoUsers } from "../lib/demo/seed";
import { berth } from "./fixtures";
import { seriousA11yViolations, signedInPage, vendorTab } from "./helpers";
import { expect, openEmailLink, test } from "./mail";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
const RECIPIENT = "security@brightpath-it.example";
const TITLE = "Kaseya Virtual System/Server Administrator (VSA)";

test("a manager asks the affected vendors, the vendor answers in the portal, the page tracks it", async ({ browser, mailbox }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/advisories");
  await page.getByRole("link", { name: "New campaign" }).click();
  await expect(page.getByRole("heading", { name: "New advisory campaign" })).toBeVisible();
  await page.getByLabel("Maker").fill("Kaseya");
  await page.getByLabel("Product", { exact: true }).fill("Virtual System/Server Administrator (VSA)");
  await page.getByRole("button", { name: "Find the vendors it concerns" }).click();
  const brightPath = page.getByRole("checkbox", { name: /^BrightPath IT Services/ });
  await expect(brightPath).toBeChecked();
  await expect(page.getByText(`Email to ${RECIPIENT}`)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(TITLE);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Nobody chosen: refused with a message, the rest of the form kept.
  for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
  await page.getByLabel("What we want to know (optional)").fill("Is your VSA server patched to 9.5.7?");
  await page.getByRole("button", { name: "Send to the chosen vendors" }).click();
  await expect(page.getByText("Choose at least one vendor to ask")).toBeVisible();
  await expect(page.getByLabel("What we want to know (optional)")).toHaveValue("Is your VSA server patched to 9.5.7?");

  await page.getByRole("checkbox", { name: /^BrightPath IT Services/ }).check();
  const mail = mailbox.next(RECIPIENT);
  await page.getByRole("button", { name: "Send to the chosen vendors" }).click();
  await expect(page.getByText("Campaign sent.")).toBeVisible();
  const campaignUrl = page.url().replace(/\?.*$/, "");
  const row = page.getByRole("row", { name: /BrightPath IT Services/ });
  await expect(row).toContainText("No answer yet");
  const email = await mail;
  expect(email.subject).toContain(TITLE);
  expect(email.text).toContain("Is your VSA server patched to 9.5.7?");

  const vendorContext = await browser.newContext();
  const vendorPage = await vendorContext.newPage();
  await openEmailLink(vendorPage, email.text);
  await expect(vendorPage).toHaveURL(/\/portal\/advisories\/\w+$/);
  await expect(vendorPage.getByText("runs Kaseya Virtual System/Server Administrator (VSA)")).toBeVisible();
  await vendorPage.getByLabel("Yes, we run the affected product").check();
  await vendorPage.getByLabel("Not yet").check();
  await vendorPage.getByRole("button", { name: "Send answer" }).click();
  await expect(vendorPage.getByText("Describe what protects us until the fix is deployed")).toBeVisible();
  await vendorPage.getByLabel("Compensating controls").fill("VSA console taken off the internet; agents stopped");
  await vendorPage.getByRole("button", { name: "Send answer" }).click();
  await expect(vendorPage.getByText("Thank you: your answer was sent.")).toBeVisible();
  expect(await seriousA11yViolations(vendorPage)).toEqual([]);
  await vendorContext.close();

  await page.goto(campaignUrl);
  await expect(row).toContainText("Affected, not patched");
  await expect(row).toContainText("VSA console taken off the internet; agents stopped");
  const counts = page.getByRole("region", { name: /^Answers so far/ });
  await expect(counts.locator("div").filter({ hasText: "Affected, not patched" })).toContainText("1");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Close campaign" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close campaign" }).click();
  await expect(page.getByText("Campaign closed.")).toBeVisible();
  await page.goto("/advisories");
  await expect(page.getByRole("row", { name: new RegExp(TITLE.replace(/[()/]/g, "\\$&")) })).toContainText("Closed");
});

test("a vendor's answered deployment day reaches its patch ledger with one click by the manager", async ({ browser, mailbox }) => {
  const berthManager = berth.users[0]!;
  const contact = "security@quayside.example";
  // Yesterday, as the vendor types it into the answer.
  const deployedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  const page = await signedInPage(browser, berthManager.email, berthManager.password!);
  await expect(page.getByRole("link", { name: /Advisory answers awaiting confirmation/ })).toHaveText(/confirmation0$/);
  await page.goto("/advisories/new");
  await page.getByLabel("CVE (optional)").fill("CVE-2024-1709");
  await page.getByLabel("Maker").fill("ConnectWise");
  await page.getByLabel("Product", { exact: true }).fill("ScreenConnect");
  await page.getByRole("button", { name: "Find the vendors it concerns" }).click();
  await expect(page.getByRole("checkbox", { name: /^Quayside Remote Support/ })).toBeChecked();
  const mail = mailbox.next(contact);
  await page.getByRole("button", { name: "Send to the chosen vendors" }).click();
  await expect(page.getByText("Campaign sent.")).toBeVisible();
  const campaignUrl = page.url().replace(/\?.*$/, "");

  // The vendor answers in the portal: affected, fix deployed yesterday.
  const vendorContext = await browser.newContext();
  const vendorPage = await vendorContext.newPage();
  // The request's email link lands on the request itself ("CVE-2024-1709: ConnectWise ScreenConnect").
  await openEmailLink(vendorPage, (await mail).text);
  await vendorPage.getByLabel("Yes, we run the affected product").check();
  await vendorPage.getByLabel("Yes, everywhere it concerns us").check();
  await vendorPage.getByLabel("Deployed on").fill(deployedOn);
  await vendorPage.getByRole("button", { name: "Send answer" }).click();
  await expect(vendorPage.getByText("Thank you: your answer was sent.")).toBeVisible();
  await vendorContext.close();

  // The answer changes nothing by itself: the dashboard says it awaits confirmation, and the filtered view lists it.
  await page.goto("/dashboard");
  const awaiting = page.getByRole("link", { name: /Advisory answers awaiting confirmation/ });
  await expect(awaiting).toHaveText(/confirmation1$/);
  await awaiting.click();
  await expect(page).toHaveURL(/\/advisories\?confirm=1$/);
  await expect(page.getByRole("row", { name: /Quayside Remote Support/ })).toContainText("CVE-2024-1709 (ConnectWise ScreenConnect)");

  await page.goto(campaignUrl);
  const row = page.getByRole("row", { name: /Quayside Remote Support/ });
  await expect(row).toContainText("Not deployed in the patch ledger: CVE-2024-1709");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await row.getByRole("button", { name: "Record this deployment for Quayside Remote Support" }).click();
  await expect(row).toContainText(`Recorded: deployed on ${deployedOn} (from the vendor's answer)`);
  await expect(row.getByRole("button", { name: /Record this deployment/ })).toHaveCount(0);

  // The vendor's ledger shows the deployment, with the answer as its source.
  await row.getByRole("link", { name: "Quayside Remote Support" }).click();
  await vendorTab(page, "Patching").click();
  const entry = page.getByRole("row").filter({ hasText: "CVE-2024-1709" });
  await expect(entry).toContainText(deployedOn);
  await expect(page.getByText(`Recorded: deployed on ${deployedOn} (from the vendor's answer)`)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await entry.getByRole("link", { name: "from advisory answer" }).click();
  await expect(page).toHaveURL(new RegExp(`${campaignUrl.replace(/[/.?]/g, "\\$&")}#answer-`));

  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: /Advisory answers awaiting confirmation/ })).toHaveText(/confirmation0$/);
});
