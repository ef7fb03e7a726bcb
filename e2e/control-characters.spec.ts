// A control character (U+0000 above all, which PostgreSQL refuses) typed or sent anywhere is refused with a message
// naming the field: the builder keeps the whole unsaved draft, route handlers answer 400, pages show the refusal.
import { expect, test } from "./mail";
import { demoUsers } from "../lib/demo/seed";
import { signedInPage } from "./helpers";

test.describe.configure({ timeout: 120_000 });

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;

test("the builder keeps the draft after a refused save and shows why", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/questionnaires");
  const form = page.getByRole("region", { name: "New template" });
  await form.getByLabel("Name").fill("Control character check");
  await form.getByRole("button", { name: "Create and open the builder" }).click();
  await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();

  const first = page.getByLabel("Question 1.1", { exact: true });
  await first.fill("Is MFA enforced\u0000 on the console?");
  await expect(first).toHaveValue("Is MFA enforced\u0000 on the console?");
  await page.getByRole("button", { name: "Add question to “General”" }).click();
  await page.getByLabel("Question 1.2", { exact: true }).fill("Which remote-management tool do you use?");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByText("The draft was not saved: correct the marked questions.")).toBeVisible();
  await expect(page.getByText(/The question text contains a control character \(U\+0000\) that cannot be saved/)).toBeVisible();
  // Nothing typed is lost: both questions are still there, unsaved.
  await expect(first).toHaveValue("Is MFA enforced\u0000 on the console?");
  await expect(page.getByLabel("Question 1.2", { exact: true })).toHaveValue("Which remote-management tool do you use?");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  await first.fill("Is MFA enforced on the console?");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Question 1.2", { exact: true })).toHaveValue("Which remote-management tool do you use?");
});

test("URL parameters with a control character: 400 from route handlers, a message or 404 on pages", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  const search = await page.request.get("/api/vendors/search?q=Bright%00");
  expect(search.status()).toBe(400);
  expect((await search.json()).error).toMatch(/^The search contains a control character \(U\+0000\)/);
  expect((await page.request.get("/api/vendors/search?q=Bright")).status()).toBe(200);
  expect((await page.request.get("/api/vendors/export?q=Bright%00")).status()).toBe(400);
  expect((await page.request.get("/api/evidence/%00")).status()).toBe(400);
  expect((await page.request.get("/api/questionnaires/versions/%00")).status()).toBe(400);

  const vendors = await page.goto("/vendors?q=Bright%00");
  expect(vendors?.status()).toBe(200);
  await expect(page.getByText(/The search contains a control character \(U\+0000\)/)).toBeVisible();

  const advisory = await page.goto("/advisories/new?kevVendor=Kaseya%00&kevProduct=VSA");
  expect(advisory?.status()).toBe(200);
  await expect(page.getByText(/The product's maker contains a control character \(U\+0000\)/)).toBeVisible();

  expect((await page.goto("/vendors/%00"))?.status()).toBe(404);
  expect((await page.goto("/findings/%00"))?.status()).toBe(404);
});
