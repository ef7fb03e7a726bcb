// An advisory campaign through the browser: a manager asks the vendors a known-exploited flaw concerns, the vendor
// answers in the portal, the tracking page shows it, and the campaign closes.
import { demoUsers } from "../lib/demo/seed";
import { seriousA11yViolations, signedInPage } from "./helpers";
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
