import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A fresh browser context signed in as the given user, landed on the dashboard. */
export async function signedInPage(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard(\/executive)?$/);
  return page;
}

/** Serious and critical accessibility violations on the current page (none is the target). */
export async function seriousA11yViolations(page: Page) {
  // Next.js streams the <title> after the body; scan the finished page.
  await page.waitForFunction(() => document.title.length > 0);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Signs out through the account menu at the top right. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
}

export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** A tab of the vendor page (the main navigation has links with the same names). */
export const vendorTab = (page: Page, name: string) => page.getByRole("navigation", { name: "Vendor sections" }).getByRole("link", { name });
