// Two-step sign-in: an administrator requires it, a manager is sent to set it up, and from then on signs in with a
// code from the app (each code once) or a recovery code (each once).
import type { Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { keel, PASSWORD } from "./fixtures";
import { seriousA11yViolations, signIn } from "./helpers";
import { expect, test } from "./mail";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const admin = keel.users.find((u) => u.role === "ADMIN")!;
const manager = keel.users.find((u) => u.role === "SECURITY_MANAGER")!;
let key = "";
let recoveryCodes: string[] = [];

const totp = () => new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(key.replace(/\s/g, "")) });
/** The code of the next 30-second step: the current one may already have been used. */
const freshCode = (offsetSteps = 0) => totp().generate({ timestamp: Date.now() + offsetSteps * 30_000 });

async function setUp(page: Page) {
  await expect(page).toHaveURL(/\/account\/two-step$/);
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  key = (await page.locator("code").first().textContent())!.trim();
  expect(key.replace(/\s/g, "")).toMatch(/^[A-Z2-7]{32}$/);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByLabel("Your current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText("That code does not match").first()).toBeVisible();
  await page.getByLabel("Code from the app").fill(freshCode());
  await page.getByLabel("Your current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText("Two-step sign-in is on.")).toBeVisible();
  recoveryCodes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
}

test("an administrator requires two-step sign-in; staff must set it up before anything else", async ({ browser }) => {
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin.email, admin.password!);
  await expect(adminPage).toHaveURL(/\/dashboard$/);
  await adminPage.goto("/admin/settings");
  await adminPage.getByLabel("Require two-step sign-in for all staff").check();
  await adminPage.getByRole("button", { name: "Save sign-in security" }).click();
  // The administrator too: from now on every page leads to the set-up.
  await expect(adminPage).toHaveURL(/\/account\/two-step$/);
  await expect(adminPage.getByText("Keel Freight requires two-step sign-in")).toBeVisible();
  await adminPage.goto("/vendors");
  await expect(adminPage).toHaveURL(/\/account\/two-step$/);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, manager.email, manager.password!);
  await expect(page).toHaveURL(/\/account\/two-step$/);
  await expect(page.getByText("Keel Freight requires two-step sign-in")).toBeVisible();
  await setUp(page);
  await page.goto("/vendors");
  await expect(page.getByRole("heading", { name: "Vendors" })).toBeVisible();
});

test("signing in asks for the code after the password; a code and a recovery code work once each", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, manager.email, manager.password!);
  await expect(page.getByText("Enter the 6-digit code from your authenticator app")).toBeVisible();
  await page.getByLabel("Authentication code").fill("123456");
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByText("That code is not valid").first()).toBeVisible();
  const code = freshCode(1);
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // The same code again, from another browser: refused.
  const second = await (await browser.newContext()).newPage();
  await signIn(second, manager.email, manager.password!);
  await second.getByLabel("Authentication code").fill(code);
  await second.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(second.getByText("That code is not valid").first()).toBeVisible();
  await second.getByLabel("Authentication code").fill(recoveryCodes[0]!);
  await second.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(second).toHaveURL(/\/dashboard$/);

  const third = await (await browser.newContext()).newPage();
  await signIn(third, manager.email, manager.password!);
  await third.getByLabel("Authentication code").fill(recoveryCodes[0]!);
  await third.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(third.getByText("That code is not valid").first()).toBeVisible();
});
