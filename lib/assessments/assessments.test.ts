import { describe, expect, it } from "vitest";
import { describeSignInLink } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { yesNoOptions, type TemplateContent } from "@/lib/questionnaires/template-schema";
import { createTemplate, publishVersion, saveDraft } from "@/lib/questionnaires/templates";
import { createMember, createOrganization } from "@/tests/factories";
import { acceptUnflaggedAnswers, awaitingReview, completeReview, getAssessment, listAssessments, requestClarification, saveAnswer, sendAssessment, submitAssessment } from "./assessments";
import { addMonths, daysAfter } from "@/lib/dates";
import { reminderKindFor, sendAssessmentReminders } from "./reminders";

const BASE = "http://chainward.test";

const content: TemplateContent = {
  sections: [
    {
      key: "s1",
      title: "Remote access",
      questions: [
        { key: "mfa", text: "MFA on the console?", type: "YES_NO", options: yesNoOptions(), weight: 6, required: true, domain: "AUTHENTICATION", evidenceRequired: false },
        { key: "exposed", text: "Console on the internet?", type: "YES_NO", options: yesNoOptions(0, 100), weight: 4, required: true, domain: "REMOTE_ACCESS", evidenceRequired: false },
        { key: "notes", text: "Anything else?", type: "TEXT", options: [], weight: 0, required: false, domain: "REMOTE_ACCESS", evidenceRequired: false },
      ],
    },
  ],
};

describe("emails to vendor contacts", () => {
  it("greet the contact by the name this organization gave it, not the account's name elsewhere", async () => {
    const org = await createOrganization();
    const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await db().vendor.create({ data: { organizationId: org.id, name: "BrightPath" } });
    // The address already has an account named "Val Vendor" (another organization's contact).
    const other = await createOrganization();
    const val = await createMember(other.id, "VENDOR", { vendorId: (await db().vendor.create({ data: { organizationId: other.id, name: "Elsewhere" } })).id });
    await db().user.update({ where: { id: val.user.id }, data: { name: "Val Vendor" } });
    const olivia = await db().vendorContact.create({ data: { organizationId: org.id, vendorId: vendor.id, name: "Olivia Ops", email: val.user.email } });
    const { draft } = await createTemplate(manager, { name: "Remote", description: null });
    await saveDraft(manager, draft.id, draft.version, content);
    await publishVersion(manager, draft.id);
    const assessment = await sendAssessment(manager, { vendorId: vendor.id, templateVersionId: draft.id, contactIds: [olivia.id], dueDate: daysAfter(3), message: null }, BASE);
    await requestClarification(manager, assessment.id, "Please add the MFA policy.", BASE).catch(() => undefined);
    await sendAssessmentReminders(new Date(), BASE);
    const emails = await db().outboxEmail.findMany({ where: { organizationId: org.id, to: val.user.email }, orderBy: { createdAt: "asc" } });
    expect(emails.length).toBeGreaterThanOrEqual(2);
    for (const e of emails) expect(e.text.split("\n")[0], e.subject).toBe("Hello Olivia Ops,");
  });
});

async function setup() {
  const org = await createOrganization();
  const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
  const vendor = await db().vendor.create({ data: { organizationId: org.id, name: "MSP", tier: "CRITICAL" } });
  const contacts = await Promise.all(
    ["alice", "bob"].map((n) => db().vendorContact.create({ data: { organizationId: org.id, vendorId: vendor.id, name: n, email: `${n}-${vendor.id}@msp.example` } })),
  );
  const { draft } = await createTemplate(manager, { name: "Remote", description: null });
  await saveDraft(manager, draft.id, draft.version, content);
  await publishVersion(manager, draft.id);
  const assessment = await sendAssessment(
    manager,
    { vendorId: vendor.id, templateVersionId: draft.id, contactIds: contacts.map((c) => c.id), dueDate: daysAfter(14), message: "Please answer" },
    BASE,
  );
  const memberships = await db().membership.findMany({ where: { organizationId: org.id, role: "VENDOR" }, include: { user: true, organization: true }, orderBy: { user: { email: "asc" } } });
  const contactActor = (i: number) => {
    const m = memberships[i]!;
    return { sessionId: "test", userId: m.userId, email: m.user.email, name: m.user.name, membershipId: m.id, organizationId: org.id, organizationName: m.organization.name, role: "VENDOR" as const, vendorId: vendor.id, ip: null };
  };
  return { org, manager, vendor, assessment, alice: contactActor(0), bob: contactActor(1), versionId: draft.id };
}

describe("assessments", () => {
  it("sending creates portal accounts for the chosen contacts and emails them a link", async () => {
    const { org, assessment, alice, bob } = await setup();
    expect(assessment.status).toBe("SENT");
    const mails = await db().outboxEmail.findMany({ where: { organizationId: org.id } });
    expect(mails.map((m) => m.to).sort()).toEqual([alice.email, bob.email].sort());
    // Each email carries its own link, which opens this questionnaire.
    const tokens = mails.map((m) => decodeURIComponent(m.text.match(/\/portal\/verify\?token=([\w%-]+)/)![1]!));
    expect(new Set(tokens).size).toBe(2);
    for (const token of tokens) expect(await describeSignInLink(token)).toMatchObject({ state: "valid", landingPath: `/portal/assessments/${assessment.id}` });
    expect((await getAssessment(alice, assessment.id))?.assessment.id).toBe(assessment.id);
  });

  it("refuses a staff member's address as a recipient", async () => {
    const { org, manager, vendor, versionId } = await setup();
    const staff = await db().user.findUniqueOrThrow({ where: { id: manager.userId } });
    const contact = await db().vendorContact.create({ data: { organizationId: org.id, vendorId: vendor.id, name: "Staff", email: staff.email } });
    await expect(sendAssessment(manager, { vendorId: vendor.id, templateVersionId: versionId, contactIds: [contact.id], dueDate: daysAfter(5), message: null }, BASE)).rejects.toMatchObject({
      field: "contactIds",
    });
  });

  it("two contacts saving the same answer: the second is told, nothing is lost", async () => {
    const { assessment, alice, bob } = await setup();
    const first = await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "mfa", value: "yes", comment: null, expectedVersion: 0 });
    expect(first).toEqual({ ok: true, version: 1, updatedByEmail: alice.email });
    const second = await saveAnswer(bob, { assessmentId: assessment.id, questionKey: "mfa", value: "no", comment: "we are rolling it out", expectedVersion: 0 });
    expect(second).toMatchObject({ ok: false, conflict: { value: "yes", version: 1, updatedByEmail: alice.email } });
    // Bob decides to keep his answer, now knowing Alice's version.
    expect(await saveAnswer(bob, { assessmentId: assessment.id, questionKey: "mfa", value: "no", comment: "rolling out", expectedVersion: 1 })).toMatchObject({ ok: true, version: 2 });
    // A save repeated after its response was lost finds its own answer: saved, not a conflict, nothing written.
    expect(await saveAnswer(bob, { assessmentId: assessment.id, questionKey: "mfa", value: "no", comment: "rolling out", expectedVersion: 1 })).toEqual({ ok: true, version: 2, updatedByEmail: bob.email });
    expect(await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "mfa", value: "no", comment: "rolled out", expectedVersion: 1 })).toMatchObject({ ok: false, conflict: { version: 2 } });
    // Different answers never conflict.
    expect(await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "exposed", value: "no", comment: null, expectedVersion: 0 })).toMatchObject({ ok: true });
    const answers = await db().answer.findMany({ where: { assessmentId: assessment.id }, orderBy: { questionKey: "asc" } });
    expect(answers.map((a) => [a.questionKey, a.value, a.updatedByEmail])).toEqual([
      ["exposed", "no", alice.email],
      ["mfa", "no", bob.email],
    ]);
  });

  it("refuses values a question does not offer, and keeps vendors out of other vendors' assessments", async () => {
    const { assessment, alice } = await setup();
    await expect(saveAnswer(alice, { assessmentId: assessment.id, questionKey: "mfa", value: "maybe", comment: null, expectedVersion: 0 })).rejects.toThrow(/yes, no or not applicable/);
    const other = await setup();
    await expect(saveAnswer(other.alice, { assessmentId: assessment.id, questionKey: "mfa", value: "yes", comment: null, expectedVersion: 0 })).rejects.toThrow(/does not exist/);
    expect(await getAssessment(other.alice, assessment.id)).toBeNull();
    expect(await getAssessment(other.manager, assessment.id)).toBeNull();
  });

  it("accepts every answer without a flag in one go, and leaves weak answers to the reviewer", async () => {
    const { org, manager, assessment, alice } = await setup();
    await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "mfa", value: "yes", comment: null, expectedVersion: 0 });
    // "Console on the internet? yes" scores 0 of 100: a flag.
    await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "exposed", value: "yes", comment: null, expectedVersion: 0 });
    await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "notes", value: "Nothing to add", comment: null, expectedVersion: 0 });
    await submitAssessment(alice, assessment.id, BASE);
    expect(await acceptUnflaggedAnswers(manager, assessment.id)).toBe(2);
    const verdicts = Object.fromEntries((await db().answer.findMany({ where: { assessmentId: assessment.id } })).map((a) => [a.questionKey, a.verdict]));
    expect(verdicts).toEqual({ mfa: "ACCEPTED", exposed: null, notes: "ACCEPTED" });
    expect(await acceptUnflaggedAnswers(manager, assessment.id)).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "assessment.answers_accepted" } });
    expect(audit.after).toEqual({ questions: ["mfa", "notes"] });
    const other = await setup();
    await expect(acceptUnflaggedAnswers(other.manager, assessment.id)).rejects.toThrow(/does not exist/);
  });

  it("submits only when required answers are there, then is read-only; review scores it and sets the next review date", async () => {
    const { org, manager, vendor, assessment, alice } = await setup();
    await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "mfa", value: "yes", comment: null, expectedVersion: 0 });
    await expect(submitAssessment(alice, assessment.id, BASE)).rejects.toThrow(/1 required item is missing/);
    await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "exposed", value: "yes", comment: null, expectedVersion: 0 });
    await submitAssessment(alice, assessment.id, BASE);
    await expect(saveAnswer(alice, { assessmentId: assessment.id, questionKey: "notes", value: "late", comment: null, expectedVersion: 0 })).rejects.toThrow(/submitted/);

    await requestClarification(manager, assessment.id, "Why is the console exposed?", BASE);
    // The sent-back email's own link opens the questionnaire.
    const sentBack = await db().outboxEmail.findFirstOrThrow({ where: { organizationId: org.id, to: alice.email, subject: { contains: "clarification" } } });
    const token = decodeURIComponent(sentBack.text.match(/\/portal\/verify\?token=([\w%-]+)/)![1]!);
    expect(await describeSignInLink(token)).toMatchObject({ state: "valid", email: alice.email, landingPath: `/portal/assessments/${assessment.id}` });
    expect(await saveAnswer(alice, { assessmentId: assessment.id, questionKey: "exposed", value: "no", comment: "moved behind VPN", expectedVersion: 1 })).toMatchObject({ ok: true });
    await submitAssessment(alice, assessment.id, BASE);
    // Waiting for the reviewer: counted on the dashboard, and listed by the "To review" filter it links to.
    expect(await awaitingReview(manager)).toBe(1);
    expect((await listAssessments(manager, { toReview: true }, 1)).rows.map((a) => a.id)).toEqual([assessment.id]);

    const score = await completeReview(manager, assessment.id);
    expect(await awaitingReview(manager)).toBe(0);
    // mfa yes: 6 × 100 / 100 = 6 of 6; exposed no: 4 × 100 / 100 = 4 of 4 → 100.
    expect(score.overall).toBe(100);
    const stored = await db().assessment.findUniqueOrThrow({ where: { id: assessment.id } });
    expect(stored.status).toBe("COMPLETED");
    const org2 = await db().organization.findUniqueOrThrow({ where: { id: org.id } });
    const updated = await db().vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(updated.nextReviewDate?.toISOString().slice(0, 10)).toBe(addMonths(stored.completedAt!, org2.reviewMonthsCritical).toISOString().slice(0, 10));
  });
});

describe("reminders", () => {
  it("picks the most urgent reminder for the days left", () => {
    expect([10, 8, 7, 4, 3, 2, 1, 0, -1].map(reminderKindFor)).toEqual([null, null, "DAYS_7", "DAYS_7", "DAYS_3", "DAYS_3", "DAYS_1", "DAYS_1", "OVERDUE"]);
  });

  it("sends each reminder once, even when the job runs twice at the same time, and stops after submission", async () => {
    const { org, assessment, alice } = await setup();
    const due = (await db().assessment.findUniqueOrThrow({ where: { id: assessment.id } })).dueDate;
    const mails = () => db().outboxEmail.count({ where: { organizationId: org.id, subject: { contains: "Remote" } } });
    const sentBefore = await mails();
    const at = (daysBefore: number) => daysAfter(-daysBefore, due);

    await Promise.all([sendAssessmentReminders(at(7), BASE), sendAssessmentReminders(at(7), BASE)]);
    await sendAssessmentReminders(at(6), BASE);
    expect(await db().assessmentReminder.findMany({ where: { assessmentId: assessment.id }, select: { kind: true } })).toEqual([{ kind: "DAYS_7" }]);
    expect((await mails()) - sentBefore).toBe(2); // two recipients, once each

    await sendAssessmentReminders(at(1), BASE); // 3-day reminder was missed: only the 1-day one goes out
    await sendAssessmentReminders(at(-2), BASE);
    await sendAssessmentReminders(at(-3), BASE);
    const kinds = (await db().assessmentReminder.findMany({ where: { assessmentId: assessment.id } })).map((r) => r.kind).sort();
    expect(kinds).toEqual(["DAYS_1", "DAYS_7", "OVERDUE"]);
    expect((await mails()) - sentBefore).toBe(6);

    const other = await setup();
    await saveAnswer(other.alice, { assessmentId: other.assessment.id, questionKey: "mfa", value: "yes", comment: null, expectedVersion: 0 });
    await saveAnswer(other.alice, { assessmentId: other.assessment.id, questionKey: "exposed", value: "no", comment: null, expectedVersion: 0 });
    await submitAssessment(other.alice, other.assessment.id, BASE);
    await sendAssessmentReminders(daysAfter(30), BASE);
    expect(await db().assessmentReminder.count({ where: { assessmentId: other.assessment.id } })).toBe(0);
    expect(alice.vendorId).not.toBe(other.alice.vendorId);
  });
});

describe("dates", () => {
  it("adds months, keeping the day or the month's last day", () => {
    expect(addMonths(new Date("2026-01-31T15:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2026-02-28");
    expect(addMonths(new Date("2026-11-27T00:00:00Z"), 12).toISOString().slice(0, 10)).toBe("2027-11-27");
  });
});

