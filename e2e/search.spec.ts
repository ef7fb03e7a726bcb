// Search and go to: Ctrl+K or the header's search button, results as one types, Enter opens, Escape closes.
import { demoUsers } from "../lib/demo/seed";
import { seriousA11yViolations, signedInPage } from "./helpers";
import { expect, test, vendorSignIn } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
const vendorContact = demoUsers.find((u) => u.role === "VENDOR")!;

test("Ctrl+K finds a vendor, a CVE and a page, with the keyboard alone", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  const palette = page.getByRole("dialog", { name: "Search and go to" });
  const input = palette.getByRole("combobox");

  await page.keyboard.press("Control+k");
  await expect(palette).toBeVisible();
  await expect(input).toBeFocused();
  // Before anything is typed: every page of the navigation, and a new vendor for an editor.
  await expect(palette.getByRole("option", { name: "Go to Findings" })).toBeVisible();
  await expect(palette.getByRole("option", { name: "New vendor" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await input.fill("bright");
  const vendor = palette.getByRole("option", { name: /^BrightPath IT Services/ });
  await expect(vendor).toBeVisible();
  await expect(vendor).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/vendors\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "BrightPath IT Services", level: 1 })).toBeVisible();
  await expect(palette).toBeHidden();

  // A CVE id names the product it was recorded against and the vendor.
  await page.keyboard.press("Control+k");
  await input.fill("CVE-2021-30116");
  const vulnerability = palette.getByRole("option", { name: /^CVE-2021-30116/ });
  await expect(vulnerability).toContainText("Kaseya Virtual System/Server Administrator (VSA) · BrightPath IT Services");
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();

  // Opened again, it starts empty; arrows move to a page of the navigation.
  await page.keyboard.press("Control+k");
  await expect(input).toHaveValue("");
  await input.fill("findings");
  const goToFindings = palette.getByRole("option", { name: "Go to Findings" });
  await expect(goToFindings).toBeVisible();
  await expect(palette.getByRole("status")).toHaveText(/match/);
  while ((await goToFindings.getAttribute("aria-selected")) !== "true") await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/findings$/);

  await page.keyboard.press("Control+k");
  await input.fill("qzxw nothing like it");
  await expect(palette.getByText("No matches for “qzxw nothing like it”.")).toBeVisible();
});

test("on a phone the search icon opens it, and a result is one tap away", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Search" }).click();
  const palette = page.getByRole("dialog", { name: "Search and go to" });
  await palette.getByRole("combobox").fill("kaseya");
  await palette.getByRole("option", { name: /^Kaseya Virtual System\/Server Administrator/ }).click();
  await expect(page).toHaveURL(/\/vendors\/[^/]+\/patching$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the supplier portal has no search, and the search refuses a vendor contact", async ({ browser, mailbox }) => {
  const page = await (await browser.newContext()).newPage();
  await vendorSignIn(page, mailbox, vendorContact.email);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("button", { name: "Search" })).toHaveCount(0);
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect((await page.request.get("/api/search?q=bright")).status()).toBe(404);
});
