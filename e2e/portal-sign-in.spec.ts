// A supplier contact from the questionnaire email to the first question: click the link, press Continue. A used link
// keeps the address and gets a code by email, typed in the same tab, which opens the same questionnaire.
import { demoUsers } from "../lib/demo/seed";
import { PORTAL_CONTACT } from "./fixtures";
import { signedInPage, vendorTab } from "./helpers";
import { codeIn, expect, linkIn, test } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
const TEMPLATE = "NIS-2 supplier baseline";

test("from the questionnaire email to the first question in two clicks; a used link falls back to a code in the same tab", async ({ browser, mailbox }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto(`/vendors?q=${encodeURIComponent(PORTAL_CONTACT.vendor)}`);
  await page.getByRole("link", { name: PORTAL_CONTACT.vendor }).click();
  await vendorTab(page, "Assessments").click();
  const send = page.getByRole("region", { name: "Send an assessment" });
  // The suggested questionnaire is chosen already.
  await expect(send.getByLabel("Questionnaire").locator("option:checked")).toHaveText(`${TEMPLATE} (version 1) (suggested)`);
  await send.getByLabel(new RegExp(PORTAL_CONTACT.name)).check();
  const mail = mailbox.next(PORTAL_CONTACT.email);
  await send.getByRole("button", { name: "Send assessment" }).click();
  await expect(page.getByText("Assessment sent.")).toBeVisible();
  const assessmentId = (await page.getByRole("row").filter({ hasText: TEMPLATE }).getByRole("link").first().getAttribute("href"))!.split("/").pop()!;
  const link = linkIn((await mail).text, "/portal/verify?token=");

  // Click 1: the link. Opening it signs nobody in (mail scanners open links too) and names who continues where.
  const vendor = await (await browser.newContext()).newPage();
  await vendor.goto(link);
  await expect(vendor.getByText(`Continue as ${PORTAL_CONTACT.email} to Northbridge Logistics’s questionnaire.`)).toBeVisible();
  await vendor.reload();
  // Click 2: Continue. The questionnaire opens at its first question.
  await vendor.getByRole("button", { name: "Continue" }).click();
  await expect(vendor).toHaveURL(new RegExp(`/portal/assessments/${assessmentId}$`));
  await expect(vendor.getByRole("heading", { name: TEMPLATE })).toBeVisible();
  await expect(vendor.getByRole("group", { name: /^1\.1 / })).toBeVisible();
  await vendor.context().close();

  // The same link again, in another browser: used. The page keeps the address and emails a code.
  const later = await (await browser.newContext()).newPage();
  await later.goto(link);
  await expect(later.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(later.getByLabel("Email")).toHaveValue(PORTAL_CONTACT.email);
  const codeMail = mailbox.next(PORTAL_CONTACT.email);
  await later.getByRole("button", { name: "Email me a sign-in code" }).click();
  await expect(later.getByText("a 6-digit code is on its way")).toBeVisible();
  // Asking again at once is answered with the wait, not a lock.
  await later.getByRole("button", { name: "Send a new code" }).click();
  await expect(later.getByText(/A code was sent less than a minute ago\. Wait \d+ seconds/)).toBeVisible();
  await later.getByLabel("6-digit code").fill(codeIn((await codeMail).text));
  await later.getByRole("button", { name: "Sign in" }).click();
  await expect(later).toHaveURL(new RegExp(`/portal/assessments/${assessmentId}$`));
  await expect(later.getByRole("group", { name: /^1\.1 / })).toBeVisible();
  await later.context().close();
});
