// The frame around every staff page: the grouped sidebar, its drawer on a phone, and the account menu with the theme.
import { demoUsers } from "../lib/demo/seed";
import { mainNav, seriousA11yViolations, signedInPage } from "./helpers";
import { expect, test } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;

test("the theme chosen in the account menu applies at once and stays on the next pages", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await expect(page.locator("html")).toHaveClass("system");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass("dark");
  expect(await background()).not.toBe(light);
  await page.goto("/vendors");
  await expect(page.locator("html")).toHaveClass("dark");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("button", { name: /^Account menu/ }).click();
  await page.getByRole("menuitemradio", { name: "Light" }).click();
  await expect(page.locator("html")).toHaveClass("light");
  await page.reload();
  await expect(page.locator("html")).toHaveClass("light");
  expect(await background()).toBe(light);
});

test("the sidebar folds to icons and stays folded; on a phone the navigation is a drawer", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await expect(mainNav(page).getByText("Register")).toBeVisible();
  await page.getByRole("button", { name: "Collapse the sidebar" }).click();
  await expect(mainNav(page).getByText("Register")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Expand the sidebar" })).toBeVisible();
  // Folded, each link keeps its name for screen readers.
  await mainNav(page).getByRole("link", { name: "Vendors" }).click();
  await expect(page.getByRole("heading", { name: "Vendors", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Expand the sidebar" }).click();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(mainNav(page)).toBeHidden();
  await page.getByRole("button", { name: "Open the menu" }).click();
  const drawer = page.getByRole("dialog", { name: "Menu" });
  await drawer.getByRole("link", { name: "Findings" }).click();
  await expect(page).toHaveURL(/\/findings$/);
  await expect(drawer).toBeHidden();
  // Nothing sticks out sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the browser's language is the first guess, the switch on the sign-in page and in the account menu changes it", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("combobox", { name: "Langue" }).selectOption("de");
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByLabel("E-Mail-Adresse").fill(manager.email);
  await page.getByLabel("Passwort").fill(manager.password!);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Lieferanten", exact: true })).toBeVisible();
  await expect(nav.getByText("Überwachen")).toBeVisible();

  await page.getByRole("button", { name: /^Kontomenü/ }).click();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(mainNav(page).getByRole("link", { name: "Vendors" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});
