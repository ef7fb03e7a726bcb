// A small SMTP server inside the test process: the app under test sends its emails here (SMTP_URL), so tests read
// real messages without opening the app's database.
import { test as base, expect, type Page } from "@playwright/test";
import smtpTester from "smtp-tester";
import { SMTP_PORT } from "../playwright.config";

export interface Mailbox {
  /** Waits for the next email to the address and returns its text body. */
  next(address: string, timeoutMs?: number): Promise<{ subject: string; text: string }>;
}

export const test = base.extend<object, { mailbox: Mailbox }>({
  mailbox: [
    async ({}, use) => {
      const server = smtpTester.init(SMTP_PORT);
      await use({
        async next(address, timeoutMs = 15_000) {
          const { email } = await server.captureOne(address, { wait: timeoutMs });
          return { subject: String(email.headers.subject ?? ""), text: email.body ?? "" };
        },
      });
      await new Promise<void>((resolve) => server.stop(() => resolve()));
    },
    // Always on: any test may make the app send email.
    { scope: "worker", auto: true },
  ],
});

export { expect };

export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://\\S+${path.replace(/[/?]/g, "\\$&")}\\S*`));
  if (!match) throw new Error(`No ${path} link in email:\n${text}`);
  return match[0];
}

/** The 6-digit code of a sign-in email. */
export function codeIn(text: string): string {
  const match = text.match(/^\s+(\d{6})$/m);
  if (!match) throw new Error(`No sign-in code in email:\n${text}`);
  return match[1]!;
}

/**
 * Signs a vendor contact in on the portal's sign-in page with the emailed code, typed in the same tab. An address that
 * got a code less than a minute ago (from an earlier test) waits for the resend.
 */
export async function vendorSignIn(page: Page, mailbox: Mailbox, email: string) {
  await page.goto(`/portal/sign-in?email=${encodeURIComponent(email)}`);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  // One wait covers a resend after the cooldown too.
  const mail = mailbox.next(email, 90_000);
  await page.getByRole("button", { name: "Email me a sign-in code" }).click();
  const cooldown = page.getByText(/Wait (\d+) seconds before asking for another one/);
  await expect(page.getByText("a 6-digit code is on its way").or(cooldown)).toBeVisible();
  if (await cooldown.isVisible()) {
    const seconds = Number((await cooldown.textContent())!.match(/Wait (\d+) seconds/)![1]);
    await page.waitForTimeout(seconds * 1000 + 500);
    await page.getByRole("button", { name: "Send a new code" }).click();
    await expect(page.getByText("a 6-digit code is on its way")).toBeVisible();
  }
  await page.getByLabel("6-digit code").fill(codeIn((await mail).text));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/portal$/);
}

/** Opens the link of a questionnaire or advisory email and presses Continue: the two clicks from the email. */
export async function openEmailLink(page: Page, text: string) {
  await page.goto(linkIn(text, "/portal/verify?token="));
  await page.getByRole("button", { name: "Continue" }).click();
}
