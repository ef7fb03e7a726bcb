// Emails go out in the recipient's language, as the sending organization knows it: chosen with the contact, then by the
// person while signed in to that organization; else English. Another organization's choice never shows.
import { describe, expect, it } from "vitest";
import { sendAssessment } from "@/lib/assessments/assessments";
import { sendAssessmentReminders } from "@/lib/assessments/reminders";
import { daysAfter } from "@/lib/dates";
import { db } from "@/lib/db";
import { createTemplate, publishVersion, saveDraft } from "@/lib/questionnaires/templates";
import { yesNoOptions } from "@/lib/questionnaires/template-schema";
import { createMember, createOrganization } from "@/tests/factories";

const BASE = "http://chainward.test";

async function organizationWithContact(email: string, locale: string | null) {
  const org = await createOrganization();
  const { actor } = await createMember(org.id, "SECURITY_MANAGER");
  const vendor = await db().vendor.create({ data: { organizationId: org.id, name: "BrightPath" } });
  const contact = await db().vendorContact.create({ data: { organizationId: org.id, vendorId: vendor.id, name: "Olivia Ops", email, locale } });
  const { draft } = await createTemplate(actor, { name: "Remote access", description: null });
  await saveDraft(actor, draft.id, draft.version, {
    sections: [{ key: "s", title: "S", questions: [{ key: "q", text: "Q?", type: "YES_NO", options: yesNoOptions(), weight: 1, required: true, domain: "AUTHENTICATION", evidenceRequired: false }] }],
  });
  await publishVersion(actor, draft.id);
  const send = (dueInDays = 30) => sendAssessment(actor, { vendorId: vendor.id, templateVersionId: draft.id, contactIds: [contact.id], dueDate: daysAfter(dueInDays), message: null }, BASE);
  const mails = () => db().outboxEmail.findMany({ where: { organizationId: org.id, to: email }, orderBy: { createdAt: "asc" } });
  return { org, send, mails };
}

const address = () => `contact-${Math.random().toString(36).slice(2)}@brightpath.example`;

describe("emails in the recipient's language", () => {
  it("a French contact's questionnaire invitation arrives in French, with the date written the French way", async () => {
    const a = await organizationWithContact(address(), "fr");
    await a.send();
    const [mail] = await a.mails();
    expect(mail!.subject).toMatch(/^Questionnaire de sécurité de .+\u00a0: Remote access$/);
    expect(mail!.text).toMatch(/^Bonjour Olivia Ops,/);
    expect(mail!.text).toMatch(/d’ici le \d{1,2} \p{L}+ \d{4}\./u);
    expect(mail!.text).not.toContain("Hello");
  });

  it("a contact without a language gets English; the person's own choice, once made, wins over the contact's", async () => {
    const email = address();
    const a = await organizationWithContact(email, null);
    await a.send();
    expect((await a.mails())[0]!.subject).toMatch(/^Security questionnaire from /);

    const b = await organizationWithContact(email, "fr");
    await b.send();
    // The person switches to German while signed in to b (what saveLanguageAction keeps).
    await db().membership.update({ where: { userId_organizationId: { userId: (await db().user.findUniqueOrThrow({ where: { email } })).id, organizationId: b.org.id } }, data: { locale: "de" } });
    await b.send();
    expect((await b.mails()).map((m) => m.subject.split(" ")[0])).toEqual(["Questionnaire", "Sicherheitsfragebogen"]);
  });

  it("another organization's language for the same address changes nothing here", async () => {
    const email = address();
    const a = await organizationWithContact(email, "fr");
    const b = await organizationWithContact(email, "de");
    await a.send();
    await b.send();
    await a.send();
    expect((await a.mails()).map((m) => m.text.split("\n")[0])).toEqual(["Bonjour Olivia Ops,", "Bonjour Olivia Ops,"]);
    expect((await b.mails()).map((m) => m.text.split("\n")[0])).toEqual(["Guten Tag Olivia Ops,"]);
  });

  it("reminders, sent by a background job with no request, are in the contact's language too", async () => {
    const a = await organizationWithContact(address(), "de");
    await a.send(3);
    await sendAssessmentReminders(new Date(), BASE);
    const reminder = (await a.mails()).find((m) => m.subject.startsWith("Erinnerung"));
    expect(reminder?.text).toMatch(/ist am \d{1,2}\. \p{L}+ \d{4} fällig \(in 3 Tagen\)/u);
  });
});

describe("invitations in the language the inviter chose", () => {
  it("arrive in it, whatever the person chose in another organization", async () => {
    const { inviteMember } = await import("@/lib/members/members");
    const email = address();
    // The person already works in German with another organization.
    const elsewhere = await organizationWithContact(email, "de");
    await elsewhere.send();
    const org = await createOrganization();
    const { actor: admin } = await createMember(org.id, "ADMIN");
    await inviteMember(admin, { email, name: "Olivia Ops", role: "EXECUTIVE", locale: "fr" }, BASE);
    const [mail] = await db().outboxEmail.findMany({ where: { organizationId: org.id, to: email } });
    expect(mail!.subject).toMatch(/^Vous êtes invité\(e\) à rejoindre /);
    expect(mail!.text).toContain("(rôle\u00a0: Direction)");
  });
});
