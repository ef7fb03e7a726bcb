import { demoUsers } from "../lib/demo/seed";
import { signIn, signedInPage } from "./helpers";
import { expect, linkIn, test } from "./mail";

const vendorContact = demoUsers.find((u) => u.role === "VENDOR")!;
const admin = demoUsers.find((u) => u.role === "ADMIN")!;

test("a vendor contact signs in through the magic link from its email, once", async ({ page, mailbox }) => {
  await page.goto("/portal/sign-in");
  await page.getByLabel("Email").fill(vendorContact.email);
  const mail = mailbox.next(vendorContact.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("a sign-in link is on its way")).toBeVisible();
  const link = linkIn((await mail).text, "/portal/verify?token=");

  // Opening the link does not sign in (mail scanners open links); pressing Continue does.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Continue to the supplier portal" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "BrightPath IT Services" })).toBeVisible();

  // Vendor contacts never reach staff pages.
  expect((await page.goto("/vendors"))?.status()).toBe(404);

  // The same link a second time: a clear page offering a new one.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send a new link" })).toBeVisible();
});

test("an invited staff member sets a password from the email and signs in", async ({ browser, mailbox }) => {
  const adminPage = await signedInPage(browser, admin.email, admin.password!);
  await adminPage.goto("/admin/members");
  const form = adminPage.getByRole("region", { name: "Invite a member" });
  await form.getByLabel("Name").fill("Nora New");
  await form.getByLabel("Email").fill("nora.new@northbridge.example");
  await form.getByLabel("Role").selectOption("SECURITY_MANAGER");
  const mail = mailbox.next("nora.new@northbridge.example");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(adminPage.getByText("Invitation sent to nora.new@northbridge.example.")).toBeVisible();
  await expect(adminPage.getByRole("row").filter({ hasText: "nora.new@northbridge.example" })).toContainText("Invitation pending");

  const link = linkIn((await mail).text, "/accept-invite?token=");
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByLabel("New password").fill("short");
  await page.getByLabel("Repeat the password").fill("short");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await page.getByLabel("New password").fill("a fine long passphrase");
  await page.getByLabel("Repeat the password").fill("a fine long passphrase");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your password is set.")).toBeVisible();
  await signIn(page, "nora.new@northbridge.example", "a fine long passphrase");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the invite form explains invalid input and keeps what was typed", async ({ browser }) => {
  const page = await signedInPage(browser, admin.email, admin.password!);
  await page.goto("/admin/members");
  const form = page.getByRole("region", { name: "Invite a member" });
  await form.getByLabel("Name").fill("Vera Vendor");
  await form.getByLabel("Email").fill("vera@");
  await form.getByLabel("Role").selectOption("VENDOR");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText("Enter a valid email address")).toBeVisible();
  await expect(form.getByText("A vendor contact must belong to a vendor")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("Vera Vendor");
  await expect(form.getByLabel("Email")).toHaveValue("vera@");
  // The vendor is picked from suggestions with the keyboard, and kept when the form comes back with an error.
  const vendor = form.getByRole("combobox", { name: "Vendor" });
  await vendor.fill("brightpath");
  await expect(form.getByRole("option", { name: "BrightPath IT Services" })).toBeVisible();
  await vendor.press("ArrowDown");
  await vendor.press("Enter");
  await expect(vendor).toHaveValue("BrightPath IT Services");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText("Enter a valid email address")).toBeVisible();
  await expect(form.getByText("A vendor contact must belong to a vendor")).toHaveCount(0);
  await expect(form.getByRole("combobox", { name: "Vendor" })).toHaveValue("BrightPath IT Services");
});
