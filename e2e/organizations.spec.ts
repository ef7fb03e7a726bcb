// A person who belongs to several organizations: chooses one at sign-in, switches on the account page, and joins a
// further organization with the password they already have (an invitation never sets it).
import { expect, test } from "@playwright/test";
import { demoUsers } from "../lib/demo/seed";
import { PASSWORD } from "./fixtures";
import { signedInPage } from "./helpers";
import { linkIn, test as mailTest } from "./mail";

const northbridgeAdmin = demoUsers.find((u) => u.role === "ADMIN")!;

test("a person of two organizations chooses one at sign-in and switches to the other", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("consultant@both.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The organizations are listed only after the right password, and the password stays in the form.
  const choice = page.getByLabel("Organization");
  await expect(choice).toBeVisible();
  await expect(choice.getByRole("option")).toHaveText(["Choose an organization", "Harbor Analytics", "Northbridge Logistics"]);
  await choice.selectOption({ label: "Northbridge Logistics" });
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard\/executive$/);
  await expect(page.getByText("Northbridge Logistics").first()).toBeVisible();

  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your other organizations" })).toBeVisible();
  await page.getByRole("button", { name: "Open Harbor Analytics" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Harbor Analytics").first()).toBeVisible();
  // Harbor's records, not Northbridge's: the demo supplier is Northbridge's only.
  expect((await page.goto("/vendors?q=BrightPath"))?.status()).toBe(200);
  await expect(page.getByText("BrightPath IT Services")).toHaveCount(0);
});

mailTest("an invitation to a person who already uses Chainward asks for their password and sets none", async ({ browser, mailbox }) => {
  const admin = await signedInPage(browser, northbridgeAdmin.email, northbridgeAdmin.password!);
  await admin.goto("/admin/members");
  const form = admin.getByRole("region", { name: "Invite a member" });
  await form.getByLabel("Name").fill("Jo from Harbor");
  await form.getByLabel("Email").fill("joiner@harbor.example");
  await form.getByLabel("Role").selectOption("EXECUTIVE");
  const mail = mailbox.next("joiner@harbor.example");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText("Invitation sent to joiner@harbor.example.")).toBeVisible();
  // Northbridge sees its own name for her and a pending invitation, nothing of her Harbor account.
  await expect(admin.getByRole("row").filter({ hasText: "joiner@harbor.example" })).toContainText("Jo from Harbor");
  await expect(admin.getByRole("row").filter({ hasText: "joiner@harbor.example" })).toContainText("Invitation pending");

  const page = await (await browser.newContext()).newPage();
  await page.goto(linkIn((await mail).text, "/accept-invite?token="));
  await expect(page.getByRole("heading", { name: "Join Northbridge Logistics" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await page.getByLabel("Your Chainward password").fill("not her password at all");
  await page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(page.getByText("That is not the password of your Chainward account")).toBeVisible();
  await page.getByLabel("Your Chainward password").fill(PASSWORD);
  await page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(page.getByText("You have joined the organization.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole("row").filter({ hasText: "joiner@harbor.example" })).toContainText("Never");
});
