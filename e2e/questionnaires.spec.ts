// The questionnaire life cycle through the browser: build, publish, send, answer in the portal (with evidence and a
// reload half-way), review, raise a finding, the vendor's response, and an executive's risk acceptance.
import type { Page } from "@playwright/test";
import { demoUsers } from "../lib/demo/seed";
import { harbor, PASSWORD } from "./fixtures";
import { seriousA11yViolations, signedInPage, vendorTab } from "./helpers";
import { expect, openEmailLink, test, vendorSignIn } from "./mail";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
const executive = demoUsers.find((u) => u.role === "EXECUTIVE")!;
const RECIPIENT = "security@brightpath-it.example";
const TEMPLATE = "Remote tools quick check";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

let templateUrl = "";
let assessmentId = "";
let evidenceId = "";

const question = (page: Page, number: string) => page.getByRole("listitem").filter({ has: page.getByLabel(`Question ${number}`, { exact: true }) });

test("a manager builds a template, publishes it and sends it to a vendor", async ({ browser, mailbox }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/questionnaires");
  await expect(page.getByRole("link", { name: "Remote access and update channels" })).toBeVisible();
  const form = page.getByRole("region", { name: "New template" });
  await form.getByLabel("Name").fill(TEMPLATE);
  await form.getByRole("button", { name: "Create and open the builder" }).click();
  await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
  templateUrl = new URL(page.url()).pathname;

  await page.getByLabel("Question 1.1", { exact: true }).fill("Is MFA enforced on your remote-management console?");
  await page.getByRole("button", { name: "Add question to “General”" }).click();
  await page.getByLabel("Question 1.2", { exact: true }).fill("Which remote-management tool do you use?");
  await question(page, "1.2").getByLabel("Answer type").selectOption("TEXT");
  await page.getByRole("button", { name: "Add question to “General”" }).click();
  await page.getByLabel("Question 1.3", { exact: true }).fill("Attach your emergency-disconnect procedure");
  await question(page, "1.3").getByLabel("Answer type").selectOption("FILE");
  await question(page, "1.3").getByLabel("Show this question").selectOption({ label: "When “Is MFA enforced on your remote-management console?” is answered Yes" });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // A question without text is refused with a message next to it; nothing is lost.
  await page.getByRole("button", { name: "Add question to “General”" }).click();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Every question needs its text")).toBeVisible();
  await page.getByRole("button", { name: "Remove question 1.4" }).click();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();

  await page.getByRole("button", { name: "Publish version 1" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published. Version 1 can now be sent to vendors")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await expect(page.getByText("Shown only when “Is MFA enforced on your remote-management console?” is answered “Yes”.")).toBeVisible();

  await page.goto("/vendors");
  await page.getByRole("link", { name: "BrightPath IT Services" }).click();
  await vendorTab(page, "Assessments").click();
  const send = page.getByRole("region", { name: "Send an assessment" });
  // BrightPath has an RMM channel: the remote access template is suggested.
  await expect(send.getByLabel("Questionnaire")).toHaveValue(/.+/);
  await expect(send.getByLabel("Questionnaire").locator("option:checked")).toHaveText(/Remote access and update channels.*\(suggested\)/);
  await send.getByLabel("Questionnaire").selectOption({ label: `${TEMPLATE} (version 1)` });
  await send.getByRole("button", { name: "Send assessment" }).click();
  await expect(send.getByText("Choose at least one recipient")).toBeVisible();
  await send.getByLabel(/Sam Secure/).check();
  const mail = mailbox.next(RECIPIENT);
  await send.getByRole("button", { name: "Send assessment" }).click();
  await expect(page.getByText("Assessment sent.")).toBeVisible();
  const email = await mail;
  expect(email.subject).toContain(TEMPLATE);
  const row = page.getByRole("row").filter({ hasText: TEMPLATE });
  assessmentId = (await row.getByRole("link").getAttribute("href"))!.split("/").pop()!;

  // The vendor opens the emailed link and continues: the questionnaire opens.
  const vendorPage = await (await browser.newContext()).newPage();
  await openEmailLink(vendorPage, email.text);
  await expect(vendorPage).toHaveURL(new RegExp(`/portal/assessments/${assessmentId}$`));
  await expect(vendorPage.getByRole("heading", { name: TEMPLATE })).toBeVisible();
  expect(await seriousA11yViolations(vendorPage)).toEqual([]);

  // The evidence question appears only after "yes".
  await expect(vendorPage.getByText("Attach your emergency-disconnect procedure")).toHaveCount(0);
  await vendorPage.getByRole("group", { name: /1\.1 Is MFA enforced/ }).getByLabel("Yes").check();
  await expect(vendorPage.getByText("Attach your emergency-disconnect procedure")).toBeVisible();
  await vendorPage.getByRole("group", { name: /1\.2 Which remote-management tool/ }).getByLabel("Your answer").fill("Kaseya VSA 9.5, on-premises");
  await expect(vendorPage.getByText("All answers saved.")).toBeVisible();

  // Disguised and oversize files are refused; a real PDF is kept with its sha256.
  const upload = vendorPage.getByLabel(/Evidence for question 1\.3/);
  await upload.setInputFiles({ name: "procedure.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0]) });
  await expect(vendorPage.getByText("procedure.pdf is not a PDF file")).toBeVisible();
  await upload.setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(26 * 1024 * 1024)]) });
  await expect(vendorPage.getByText("Files can be at most 25 MB.")).toBeVisible();
  await upload.setInputFiles({ name: "kill-switch.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(vendorPage.getByRole("link", { name: "kill-switch.pdf" })).toBeVisible();
  evidenceId = (await vendorPage.getByRole("link", { name: "kill-switch.pdf" }).getAttribute("href"))!.split("/").pop()!;

  // Half-way: a reload keeps every answer.
  await vendorPage.reload();
  await expect(vendorPage.getByRole("group", { name: /1\.1 Is MFA enforced/ }).getByLabel("Yes")).toBeChecked();
  await expect(vendorPage.getByRole("group", { name: /1\.2 Which remote-management tool/ }).getByLabel("Your answer")).toHaveValue("Kaseya VSA 9.5, on-premises");
  await expect(vendorPage.getByRole("link", { name: "kill-switch.pdf" })).toBeVisible();

  // A dropped connection, then a closed tab: the edit is kept in the browser and saved when the page is back.
  await vendorPage.context().setOffline(true);
  await vendorPage.getByRole("group", { name: /1\.2 Which remote-management tool/ }).getByLabel("Your answer").fill("Kaseya VSA 9.5.7, on-premises");
  await expect(vendorPage.getByText("Not saved yet: kept in this browser")).toBeVisible();
  const assessmentUrl = vendorPage.url();
  await vendorPage.close();
  await vendorPage.context().setOffline(false);
  const reopened = await vendorPage.context().newPage();
  // The first save reaches the server but its response is lost: the retry, a second later, finds it saved.
  let lost = 0;
  await reopened.route(assessmentUrl, async (route) => {
    if (route.request().method() !== "POST" || lost++) return route.continue();
    await route.fetch();
    await route.abort("connectionreset");
  });
  await reopened.goto(assessmentUrl);
  await expect(reopened.getByRole("group", { name: /1\.2 Which remote-management tool/ }).getByLabel("Your answer")).toHaveValue("Kaseya VSA 9.5.7, on-premises");
  await expect(reopened.getByText("All answers saved.")).toBeVisible({ timeout: 8_000 });
  expect(lost).toBeGreaterThan(1);
  await reopened.reload();
  await expect(reopened.getByRole("group", { name: /1\.2 Which remote-management tool/ }).getByLabel("Your answer")).toHaveValue("Kaseya VSA 9.5.7, on-premises");

  await reopened.getByRole("button", { name: "Submit answers" }).click();
  await expect(reopened.getByText("your answers were submitted")).toBeVisible();
  await expect(reopened.getByRole("button", { name: "Submit answers" })).toHaveCount(0);
  // After submission the page no longer promises to save edits.
  await expect(reopened.getByText("The answers can no longer be changed.")).toBeVisible();
  await expect(reopened.getByText("saved as you go")).toHaveCount(0);
});

test("the manager reviews, raises a finding, the vendor answers it and an executive accepts the risk", async ({ browser, mailbox }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByRole("heading", { name: `${TEMPLATE} — BrightPath IT Services` })).toBeVisible();
  await expect(page.getByText("Kaseya VSA 9.5.7, on-premises")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "kill-switch.pdf" }).click();
  expect((await download).suggestedFilename()).toBe("kill-switch.pdf");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Accept answer policy" }).click();
  await expect(page.getByText("Accepted", { exact: true })).toBeVisible();
  const second = page.locator("li#answer-q2");
  await second.getByText("Raise a finding").click();
  await second.getByLabel("Finding").fill("Kaseya VSA console reachable without allow-listing");
  await second.getByLabel("Severity").selectOption("HIGH");
  await second.getByRole("button", { name: "Raise finding" }).click();
  await expect(page.getByText("Finding raised.")).toBeVisible();
  await page.getByRole("button", { name: "Complete review" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Complete review" }).click();
  await expect(page.getByText("Review completed. Score: 100 / 100. Next review of BrightPath IT Services is due")).toBeVisible();

  // The vendor replies to the finding with a plan.
  const vendorPage = await (await browser.newContext()).newPage();
  await vendorSignIn(vendorPage, mailbox, RECIPIENT);
  await vendorPage.getByRole("link", { name: "Kaseya VSA console reachable without allow-listing" }).click();
  await vendorPage.getByLabel("Your remediation plan").fill("Console moves behind our VPN with an IP allow-list by the end of the month.");
  await vendorPage.getByRole("button", { name: "Send response" }).click();
  await expect(vendorPage.getByText("Your response was sent.")).toBeVisible();

  // An executive accepts the risk until a date; the finding shows who and until when.
  const exec = await signedInPage(browser, executive.email, executive.password!);
  await exec.goto("/findings");
  await exec.getByRole("link", { name: "Kaseya VSA console reachable without allow-listing" }).click();
  await expect(exec.getByText("Console moves behind our VPN")).toBeVisible();
  await expect(exec.getByRole("region", { name: "Track the finding" })).toHaveCount(0);
  await exec.getByLabel("Justification").fill("VPN-only access is in place; allow-listing follows.");
  const until = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await exec.getByLabel("Accepted until").fill(until);
  await exec.getByRole("button", { name: "Accept the risk" }).click();
  await expect(exec.getByText("Risk accepted until the date you chose.")).toBeVisible();
  await expect(exec.getByText(`Accepted by ${executive.email} until ${until}`)).toBeVisible();

  // Executives read templates but cannot edit them.
  await exec.goto(templateUrl);
  await expect(exec.getByText("1.1 Is MFA enforced on your remote-management console?")).toBeVisible();
  await expect(exec.getByRole("button", { name: /Edit as a new draft|Save draft|Publish/ })).toHaveCount(0);
});

test("another vendor's contact and another organization get 404 for the assessment and its evidence", async ({ browser, mailbox }) => {
  const other = await (await browser.newContext()).newPage();
  await vendorSignIn(other, mailbox, "contact@nimbus-cloud.example");
  await expect(other.getByText(TEMPLATE)).toHaveCount(0);
  expect((await other.goto(`/portal/assessments/${assessmentId}`))?.status()).toBe(404);
  expect((await other.request.get(`/api/evidence/${evidenceId}`)).status()).toBe(404);

  const harborAdmin = await signedInPage(browser, harbor.users[0]!.email, PASSWORD);
  expect((await harborAdmin.goto(`/assessments/${assessmentId}`))?.status()).toBe(404);
  expect((await harborAdmin.request.get(`/api/evidence/${evidenceId}`)).status()).toBe(404);
  expect((await harborAdmin.goto(templateUrl))?.status()).toBe(404);
});
