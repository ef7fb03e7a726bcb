import type { Page } from "@playwright/test";
import { expect, test } from "./mail";
import { demoUsers } from "../lib/demo/seed";
import { signedInPage } from "./helpers";

const admin = demoUsers.find((u) => u.role === "ADMIN")!;
const executive = demoUsers.find((u) => u.role === "EXECUTIVE")!;

interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Fills the invite form and captures the server action's POST instead of letting it through. */
async function captureInvite(page: Page, email: string): Promise<CapturedAction> {
  await page.goto("/admin/members");
  let captured: CapturedAction | undefined;
  await page.route("**/admin/members", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! };
    await route.abort();
  });
  const form = page.getByRole("region", { name: "Invite a member" });
  await form.getByLabel("Name").fill("Replayed Invite");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("ADMIN");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect.poll(() => captured).toBeDefined();
  await page.unroute("**/admin/members");
  return captured!;
}

async function replay(page: Page, action: CapturedAction) {
  const headers = Object.fromEntries(
    Object.entries(action.headers).filter(([k]) => ["next-action", "content-type", "accept", "next-router-state-tree", "origin"].includes(k)),
  );
  return page.request.post(action.url, { headers, data: action.body });
}

test("an executive's direct POST to a mutating action is refused and changes nothing", async ({ browser }) => {
  const adminPage = await signedInPage(browser, admin.email, admin.password!);
  const action = await captureInvite(adminPage, "replayed.by.executive@northbridge.example");

  const executivePage = await signedInPage(browser, executive.email, executive.password!);
  const refused = await replay(executivePage, action);
  expect(refused.status()).toBe(404);

  await adminPage.goto("/admin/members");
  await expect(adminPage.getByText("replayed.by.executive@northbridge.example")).toHaveCount(0);

  // The same request from the administrator goes through: the refusal above is the role check, not a broken replay.
  const accepted = await replay(adminPage, action);
  expect(accepted.status()).toBe(200);
  await adminPage.goto("/admin/members");
  await expect(adminPage.getByText("replayed.by.executive@northbridge.example")).toBeVisible();
});

test("an administrator sees who did what in the audit log, with a verified chain", async ({ browser }) => {
  const page = await signedInPage(browser, admin.email, admin.password!);
  await page.goto("/admin/audit");
  await expect(page.getByText("The chain verifies")).toBeVisible();
  await expect(page.getByRole("cell", { name: "auth.sign_in" }).first()).toBeVisible();
});

test("removing a member asks for confirmation first", async ({ browser }) => {
  const page = await signedInPage(browser, admin.email, admin.password!);
  await page.goto("/admin/members");
  const row = page.getByRole("row").filter({ hasText: "replayed.by.executive@northbridge.example" });
  await row.getByRole("button", { name: "Remove" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("loses access to your organization at once");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByText("replayed.by.executive@northbridge.example")).toHaveCount(0);
});

test("a vendor contact keeps its vendor unless the administrator asks to change it", async ({ browser }) => {
  const page = await signedInPage(browser, admin.email, admin.password!);
  await page.goto("/admin/members");
  await expect(page.getByText(/\d+ members/)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "ops@brightpath-it.example" });
  await expect(row).toContainText("for BrightPath IT Services");
  // Every vendor is a choice only once asked for: thousands of vendor contacts would otherwise each carry the list.
  await expect(row.getByLabel("Vendor of Val Vendor")).toHaveCount(0);
  await row.getByRole("button", { name: "Change vendor of Val Vendor" }).click();
  await expect(row.getByRole("combobox", { name: "Vendor of Val Vendor" })).toHaveValue("BrightPath IT Services");
  await expect(row.getByRole("button", { name: "Save role" })).toBeVisible();
});
