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

/** Signs a vendor contact in through the emailed link, in a fresh browser context. */
export async function vendorSignIn(page: Page, mailbox: Mailbox, email: string, startUrl = `/portal/sign-in?email=${encodeURIComponent(email)}`) {
  await page.goto(startUrl);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  const mail = mailbox.next(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.goto(linkIn((await mail).text, "/portal/verify?token="));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/portal$/);
}
