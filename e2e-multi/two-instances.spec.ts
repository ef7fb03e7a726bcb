// Two Chainward servers on one PostgreSQL database, as behind a load balancer: a session from one works on the other,
// a rate limit counts across both, a scheduled reminder goes out once, and a concurrent edit through both is caught.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import smtpTester from "smtp-tester";
import { demoUsers } from "../lib/demo/seed";
import { PASSWORD } from "../e2e/fixtures";
import { MULTI_SMTP_PORT, PORTS } from "../playwright.multi.config";

const [A, B] = PORTS.map((p) => `http://localhost:${p}`) as [string, string];
const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;

async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a session started on one server works on the other, and signing out on the other ends it", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, A, manager.email, manager.password!);
  await expect(page).toHaveURL(`${A}/dashboard`);
  await page.goto(`${B}/vendors`);
  await expect(page.getByRole("heading", { name: "Vendors" })).toBeVisible();
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${B}/sign-in`);
  await page.goto(`${A}/vendors`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the failed-sign-in limit counts attempts on both servers together", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  for (let i = 0; i < 10; i++) {
    await signIn(page, i % 2 ? B : A, "ratelimit@northbridge.example", `wrong-password-${i}`);
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  // Five failures on each server: the eleventh attempt is refused on either, even with the right password.
  await signIn(page, A, "ratelimit@northbridge.example", PASSWORD);
  await expect(page.getByText("Too many failed attempts")).toBeVisible();
  await signIn(page, B, "ratelimit@northbridge.example", PASSWORD);
  await expect(page.getByText("Too many failed attempts")).toBeVisible();
});

test("both servers run the reminder job; the vendor gets the reminder once", async () => {
  const mail = smtpTester.init(MULTI_SMTP_PORT);
  const received: string[] = [];
  mail.bind("security@brightpath-it.example", (_address: string, _id: number, email: { headers: { subject?: string } }) => {
    received.push(String(email.headers.subject));
  });
  try {
    // Each server runs its jobs every 2 seconds: give both several turns.
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 8_000));
    expect(received.filter((s) => /reminder/i.test(s))).toHaveLength(1);
    const db = new pg.Client({ connectionString: process.env.E2E_MULTI_DATABASE_URL });
    await db.connect();
    const { rows } = await db.query(`SELECT kind FROM "AssessmentReminder"`);
    await db.end();
    expect(rows).toEqual([{ kind: "DAYS_7" }]);
  } finally {
    await new Promise<void>((resolve) => mail.stop(() => resolve()));
  }
});

test("two people editing the same vendor through different servers: the second save is refused, nothing is lost", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, A, manager.email, manager.password!);
  await signIn(second, B, "sessions@northbridge.example", PASSWORD);
  await expect(second).toHaveURL(`${B}/dashboard`);
  await first.goto(`${A}/vendors?q=CargoPort`);
  await first.getByRole("link", { name: "CargoPort Customs" }).click();
  await first.getByRole("link", { name: "Edit vendor" }).click();
  await expect(first).toHaveURL(/\/edit$/);
  await second.goto(first.url().replace(A, B));
  await first.getByLabel("Business owner").fill("Customs lead (server A)");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText("Changes saved.")).toBeVisible();
  await second.getByLabel("Business owner").fill("Finance (server B)");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText("changed by someone else")).toBeVisible();
  await expect(second.getByLabel("Business owner")).toHaveValue("Finance (server B)");
  await second.reload();
  await expect(second.getByLabel("Business owner")).toHaveValue("Customs lead (server A)");
});
