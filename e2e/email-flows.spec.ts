import { demoUsers } from "../lib/demo/seed";
import { signIn, signedInPage } from "./helpers";
import { codeIn, expect, linkIn, test } from "./mail";

const vendorContact = demoUsers.find((u) => u.role === "VENDOR")!;
const admin = demoUsers.find((u) => u.role === "ADMIN")!;

test("a vendor contact signs in with the emailed code in the same tab; the email's link is then used up", async ({ browser, page, mailbox }) => {
  await page.goto("/portal/sign-in");
  await page.getByLabel("Email").fill(vendorContact.email);
  const mail = mailbox.next(vendorContact.email, 90_000);
  await page.getByRole("button", { name: "Email me a sign-in code" }).click();
  await expect(page.getByText("a 6-digit code is on its way")).toBeVisible();
  const { text } = await mail;
  const code = codeIn(text);

  // A wrong code is refused in words, and the page stays on the code.
  await page.getByLabel("6-digit code").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That code is not right.")).toBeVisible();
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "BrightPath IT Services" })).toBeVisible();

  // Vendor contacts never reach staff pages.
  expect((await page.goto("/vendors"))?.status()).toBe(404);

  // The link next to the code worked once with it: its page now keeps the address and offers a new code.
  const other = await (await browser.newContext()).newPage();
  await other.goto(linkIn(text, "/portal/verify?token="));
  await expect(other.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(other.getByLabel("Email")).toHaveValue(vendorContact.email);
  await expect(other.getByRole("button", { name: "Email me a sign-in code" })).toBeVisible();
  await other.context().close();
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
