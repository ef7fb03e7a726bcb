import { expect, test } from "./mail";
import { demoUsers } from "../lib/demo/seed";
import { mainNav, seriousA11yViolations, signIn, signOut, signedInPage } from "./helpers";
import { harbor, northbridgeExtras, PASSWORD } from "./fixtures";

const user = (role: string) => demoUsers.find((u) => u.role === role)!;

test.describe("staff sign-in and navigation by role", () => {
  test("an administrator sees the administration pages", async ({ page }) => {
    const admin = user("ADMIN");
    await signIn(page, admin.email, admin.password!);
    await expect(page).toHaveURL(/\/dashboard(\/executive)?$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    for (const link of ["Dashboard", "Vendors", "Members", "Audit log", "Email outbox"]) {
      await expect(mainNav(page).getByRole("link", { name: link })).toBeVisible();
    }
  });

  for (const role of ["SECURITY_MANAGER", "EXECUTIVE"]) {
    test(`a ${role.toLowerCase().replace("_", " ")} sees no administration`, async ({ page }) => {
      const u = user(role);
      await signIn(page, u.email, u.password!);
      await expect(page).toHaveURL(/\/dashboard(\/executive)?$/);
      await expect(mainNav(page).getByRole("link", { name: "Vendors" })).toBeVisible();
      await expect(mainNav(page).getByRole("link", { name: "Members" })).toHaveCount(0);
      const response = await page.goto("/admin/members");
      expect(response?.status()).toBe(404);
    });
  }

  test("a wrong password gets the same message as an unknown email, and keeps the typed email", async ({ page }) => {
    await signIn(page, user("ADMIN").email, "not-the-password");
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(user("ADMIN").email);
    await signIn(page, "nobody@northbridge.example", "whatever-password");
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  });

  test("invalid input is explained next to the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  });

  test("the 11th failed attempt within 15 minutes is refused even with the right password", async ({ page }) => {
    const { email } = northbridgeExtras[0]!;
    for (let i = 0; i < 10; i++) {
      await signIn(page, email, `wrong-password-${i}`);
      await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
    }
    await signIn(page, email, PASSWORD);
    await expect(page.getByText("Too many failed attempts for this account")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing out ends the session", async ({ browser }) => {
    const page = await signedInPage(browser, user("EXECUTIVE").email, user("EXECUTIVE").password!);
    await signOut(page);
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test.describe("sessions are revocable", () => {
  test("sign-out-everywhere invalidates a copied session cookie", async ({ browser }) => {
    const { email } = northbridgeExtras[1]!;
    const page = await signedInPage(browser, email, PASSWORD);
    const copy = await browser.newContext({ storageState: await page.context().storageState() });
    const copyPage = await copy.newPage();
    await copyPage.goto("/vendors");
    await expect(copyPage.getByRole("heading", { name: "Vendors" })).toBeVisible();

    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);

    await copyPage.goto("/vendors");
    await expect(copyPage).toHaveURL(/\/sign-in$/);
  });

  test("a role change ends the member's session on the next request", async ({ browser }) => {
    const target = northbridgeExtras[2]!;
    const memberPage = await signedInPage(browser, target.email, PASSWORD);
    const adminPage = await signedInPage(browser, user("ADMIN").email, user("ADMIN").password!);
    await adminPage.goto("/admin/members");
    await adminPage.getByLabel(`Role of ${target.name}`).selectOption("EXECUTIVE");
    await adminPage.getByRole("button", { name: "Save role" }).click();
    await expect(adminPage.getByText("Role changed.")).toBeVisible();
    // The row's select shows the role that was saved, so a later save cannot apply another one.
    const row = adminPage.getByRole("row").filter({ hasText: target.email });
    await expect(row.getByRole("cell").nth(1)).toHaveText("Executive");
    await expect(adminPage.getByLabel(`Role of ${target.name}`)).toHaveValue("EXECUTIVE");

    await memberPage.goto("/vendors");
    await expect(memberPage).toHaveURL(/\/sign-in$/);
    await signIn(memberPage, target.email, PASSWORD);
    // Executives land on their own dashboard.
    await expect(memberPage).toHaveURL(/\/dashboard\/executive$/);
    await expect(memberPage.getByRole("button", { name: /^Account menu/ })).toContainText("Executive · Northbridge Logistics");
  });
});

test.describe("tenancy", () => {
  test("a user of organization A gets 404 for organization B's vendor", async ({ browser }) => {
    const harborPage = await signedInPage(browser, harbor.users[0]!.email, PASSWORD);
    await harborPage.goto("/vendors");
    await harborPage.getByRole("link", { name: "Harbor-only Hosting" }).click();
    await expect(harborPage.getByRole("heading", { name: "Harbor-only Hosting" })).toBeVisible();
    const foreignUrl = harborPage.url();

    const northbridgePage = await signedInPage(browser, user("ADMIN").email, user("ADMIN").password!);
    for (const path of ["", "/edit", "/contacts", "/history", "/channels", "/channels/new", "/patching", "/fourth-parties"]) {
      const response = await northbridgePage.goto(foreignUrl + path);
      expect(response?.status(), foreignUrl + path).toBe(404);
      await expect(northbridgePage.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(northbridgePage.getByText("Harbor-only Hosting")).toHaveCount(0);
    }
  });
});

test.describe("accessibility", () => {
  test("the sign-in page, the app shell and the admin page have no serious or critical violations", async ({ browser, page }) => {
    await page.goto("/sign-in");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto("/portal/sign-in");
    expect(await seriousA11yViolations(page)).toEqual([]);

    const adminPage = await signedInPage(browser, user("ADMIN").email, user("ADMIN").password!);
    expect(await seriousA11yViolations(adminPage)).toEqual([]);
    await adminPage.goto("/vendors");
    expect(await seriousA11yViolations(adminPage)).toEqual([]);
    await adminPage.goto("/admin/members");
    expect(await seriousA11yViolations(adminPage)).toEqual([]);
  });
});
