// Assessments: a published template version sent to a vendor's contacts, answered one answer at a time in the
// portal, submitted, reviewed answer by answer, and scored when the review completes.
import { auditActor, recordAudit } from "@/lib/audit";
import { recipientLocale, wordsFor } from "@/lib/i18n/translate";
import type { Actor } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import { Prisma, type AssessmentStatus, type Tier } from "@/lib/generated/prisma/client";
import { answerValueSchema, missingForSubmission, own, type AnswerMap, type AnswerValue, type EvidenceCounts } from "@/lib/questionnaires/answers";
import { answerPoints, scoreAssessment } from "@/lib/questionnaires/scoring";
import { allQuestions, type TemplateContent } from "@/lib/questionnaires/template-schema";
import { parseContent } from "@/lib/questionnaires/templates";
import { portalLink, portalLinkFor, vendorUserFor } from "@/lib/vendors/portal-accounts";
import { addMonths, daysAfter, daysUntil, startOfUtcDay, formatDay } from "@/lib/dates";
import type { SaveAnswerInput, SendAssessmentInput } from "./schema";
import { isRecordId } from "@/lib/validation";

type Tx = Prisma.TransactionClient;

/** Statuses in which the vendor's contacts can still change answers. */
export const EDITABLE_STATUSES: AssessmentStatus[] = ["SENT", "IN_PROGRESS"];
/** Statuses in which the assessment is waiting for the vendor (reminders, overdue). */
export const OPEN_STATUSES: AssessmentStatus[] = ["SENT", "IN_PROGRESS"];
export const REVIEWABLE_STATUSES: AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW"];

function assertCanReview(actor: Actor) {
  if (!EDITOR_ROLES.includes(actor.role)) throw new ActionError("Only security managers and administrators can send and review assessments.");
}

/** Staff see their organization's assessments; a vendor contact only its own vendor's, once sent. */
function visibleTo(actor: Actor): Prisma.AssessmentWhereInput {
  return actor.role === "VENDOR"
    ? { organizationId: actor.organizationId, vendorId: actor.vendorId ?? "-", status: { not: "CANCELLED" } }
    : { organizationId: actor.organizationId };
}


export const reviewMonthsFor = (org: { reviewMonthsCritical: number; reviewMonthsHigh: number; reviewMonthsMedium: number; reviewMonthsLow: number }, tier: Tier | null) =>
  ({ CRITICAL: org.reviewMonthsCritical, HIGH: org.reviewMonthsHigh, MEDIUM: org.reviewMonthsMedium, LOW: org.reviewMonthsLow })[tier ?? "MEDIUM"];

export async function sendAssessment(actor: Actor, input: SendAssessmentInput, baseUrl: string) {
  assertCanReview(actor);
  if (daysUntil(input.dueDate) < 1) throw new ActionError("Choose a due date after today", "dueDate");
  return db().$transaction(async (tx) => {
    const vendor = await tx.vendor.findFirst({ where: { id: input.vendorId, organizationId: actor.organizationId } });
    if (!vendor) throw new NotFoundError("vendor");
    if (vendor.status === "TERMINATED") throw new ActionError("This vendor is terminated; reactivate it before sending an assessment.");
    const version = await tx.templateVersion.findFirst({
      where: { id: input.templateVersionId, organizationId: actor.organizationId, status: "PUBLISHED" },
      include: { template: true },
    });
    if (!version) throw new ActionError("Choose a published questionnaire", "templateVersionId");
    const contacts = await tx.vendorContact.findMany({ where: { id: { in: input.contactIds }, vendorId: vendor.id, organizationId: actor.organizationId } });
    if (contacts.length !== new Set(input.contactIds).size) throw new ActionError("Choose contacts of this vendor", "contactIds");
    const withoutEmail = contacts.filter((c) => !c.email);
    if (withoutEmail.length) throw new ActionError(`${withoutEmail.map((c) => c.name).join(", ")} has no email address`, "contactIds");

    const users = [];
    for (const contact of contacts) users.push(await vendorUserFor(tx, actor, vendor.id, { name: contact.name, email: contact.email!, locale: contact.locale }));
    const assessment = await tx.assessment.create({
      data: {
        organizationId: actor.organizationId,
        vendorId: vendor.id,
        templateVersionId: version.id,
        dueDate: input.dueDate,
        message: input.message,
        sentByEmail: actor.email,
        recipients: { create: users.map((u) => ({ userId: u.id })) },
      },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "assessment.sent",
      entityType: "Assessment",
      entityId: assessment.id,
      vendorId: vendor.id,
      after: { template: version.template.name, version: version.number, dueDate: formatDay(input.dueDate), recipients: users.map((u) => u.email) },
    });
    for (const user of users) {
      // In the contact's language.
      const { t, day } = wordsFor(user.locale);
      const names = { organization: actor.organizationName, template: version.template.name, vendor: vendor.name };
      await sendEmail(
        {
          to: user.email,
          organizationId: actor.organizationId,
          subject: t("emails.questionnaire.subject", names),
          text: [
            t("emails.greeting", { name: user.name }),
            "",
            t("emails.questionnaire.intro", { ...names, due: day(input.dueDate) }),
            ...(input.message ? ["", input.message] : []),
            "",
            t("emails.questionnaire.open"),
            "",
            await portalLink(tx, baseUrl, { userId: user.id, membershipId: user.membershipId }, `/portal/assessments/${assessment.id}`),
            "",
            t("emails.questionnaire.autosave"),
          ].join("\n"),
        },
        tx,
      );
    }
    return assessment;
  });
}

export async function listAssessmentsForVendor(actor: Actor, vendorId: string) {
  return db().assessment.findMany({
    where: { ...visibleTo(actor), vendorId },
    include: { templateVersion: { select: { number: true, template: { select: { name: true } } } }, _count: { select: { findings: true } } },
    orderBy: { sentAt: "desc" },
  });
}

export async function listAssessments(actor: Actor, filter: { status?: AssessmentStatus; overdue?: boolean; toReview?: boolean }, page: number, pageSize = 50) {
  const where: Prisma.AssessmentWhereInput = {
    ...visibleTo(actor),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.toReview ? { status: { in: REVIEWABLE_STATUSES } } : {}),
    ...(filter.overdue ? { status: { in: OPEN_STATUSES }, dueDate: { lt: startOfUtcDay(new Date()) } } : {}),
  };
  const [rows, total] = await Promise.all([
    db().assessment.findMany({
      where,
      include: { vendor: { select: { id: true, name: true, tier: true } }, templateVersion: { select: { number: true, template: { select: { name: true } } } } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().assessment.count({ where }),
  ]);
  return { rows, total };
}

/** Everything the portal and the review page show: the questions, the answers, the evidence, the findings. */
export async function getAssessment(actor: Actor, id: string) {
  if (!isRecordId(id)) return null;
  const assessment = await db().assessment.findFirst({
    where: { id, ...visibleTo(actor) },
    include: {
      vendor: { select: { id: true, name: true, tier: true, nextReviewDate: true } },
      templateVersion: { include: { template: { select: { id: true, name: true } } } },
      answers: true,
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, questionKey: true, fileName: true, size: true, sha256: true, uploadedByEmail: true, createdAt: true } },
      findings: { orderBy: { createdAt: "asc" } },
      recipients: { include: { user: { select: { email: true, name: true } } }, orderBy: { user: { email: "asc" } } },
    },
  });
  if (!assessment) return null;
  const content = parseContent(assessment.templateVersion.content);
  const answers: Record<string, AnswerValue | null> = {};
  for (const a of assessment.answers) answers[a.questionKey] = a.value as AnswerValue | null;
  const evidenceCounts: Record<string, number> = {};
  for (const e of assessment.evidence) if (e.questionKey) evidenceCounts[e.questionKey] = (evidenceCounts[e.questionKey] ?? 0) + 1;
  return { assessment, content, answers: answers as AnswerMap, evidenceCounts: evidenceCounts as EvidenceCounts };
}

async function loadForVendor(tx: Tx, actor: Actor, assessmentId: string) {
  const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, ...visibleTo(actor) }, include: { templateVersion: true } });
  if (!assessment || actor.role !== "VENDOR") throw new NotFoundError("assessment");
  if (!EDITABLE_STATUSES.includes(assessment.status)) throw new ActionError("This assessment has been submitted and can no longer be changed.");
  return assessment;
}

export type SaveAnswerResult =
  | { ok: true; version: number; updatedByEmail: string }
  | { ok: false; conflict: { value: AnswerValue | null; comment: string | null; version: number; updatedByEmail: string | null } };

/**
 * Saves one answer. The contact names the version it last saw; when a colleague saved the same answer in between,
 * nothing is overwritten and the colleague's answer comes back so the contact can choose.
 */
export async function saveAnswer(actor: Actor, input: SaveAnswerInput): Promise<SaveAnswerResult> {
  return db().$transaction(async (tx) => {
    const assessment = await loadForVendor(tx, actor, input.assessmentId);
    const question = allQuestions(parseContent(assessment.templateVersion.content)).find((q) => q.key === input.questionKey);
    if (!question) throw new NotFoundError("question");
    const parsed = answerValueSchema(question).safeParse(input.value ?? null);
    if (!parsed.success) throw new ActionError(parsed.error.issues[0]?.message ?? "This answer is not valid", input.questionKey);
    const value = parsed.data === null ? Prisma.DbNull : (parsed.data as Prisma.InputJsonValue);
    const comment = input.comment?.trim() || null;
    const where = { assessmentId_questionKey: { assessmentId: assessment.id, questionKey: question.key } };
    const current = await tx.answer.findUnique({ where });
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      // A save repeated after its response was lost (a dropped connection) finds its own answer: already saved.
      if (current && JSON.stringify(current.value ?? null) === JSON.stringify(parsed.data ?? null) && current.comment === comment) {
        return { ok: true, version: currentVersion, updatedByEmail: current.updatedByEmail ?? actor.email } as const;
      }
      return {
        ok: false,
        conflict: { value: (current?.value ?? null) as AnswerValue | null, comment: current?.comment ?? null, version: currentVersion, updatedByEmail: current?.updatedByEmail ?? null },
      } as const;
    }
    // A changed answer needs a fresh review verdict.
    const data = { value, comment, updatedByEmail: actor.email, verdict: null, reviewComment: null };
    if (current) {
      const { count } = await tx.answer.updateMany({ where: { id: current.id, version: input.expectedVersion }, data: { ...data, version: { increment: 1 } } });
      if (count !== 1) throw new ConflictError("answer");
    } else {
      await tx.answer.create({ data: { ...data, organizationId: actor.organizationId, assessmentId: assessment.id, questionKey: question.key } });
    }
    if (assessment.status === "SENT") await tx.assessment.update({ where: { id: assessment.id }, data: { status: "IN_PROGRESS" } });
    return { ok: true, version: currentVersion + 1, updatedByEmail: actor.email } as const;
  });
}

export async function submitAssessment(actor: Actor, assessmentId: string, baseUrl: string) {
  return db().$transaction(async (tx) => {
    const assessment = await loadForVendor(tx, actor, assessmentId);
    const content = parseContent(assessment.templateVersion.content);
    const answers: Record<string, AnswerValue | null> = {};
    for (const a of await tx.answer.findMany({ where: { assessmentId } })) answers[a.questionKey] = a.value as AnswerValue | null;
    const evidence: Record<string, number> = {};
    for (const g of await tx.evidence.groupBy({ by: ["questionKey"], where: { assessmentId }, _count: true })) if (g.questionKey) evidence[g.questionKey] = g._count;
    const missing = missingForSubmission(content, answers, evidence);
    if (missing.length) {
      throw new ActionError(`${missing.length} required ${missing.length === 1 ? "item is" : "items are"} missing; they are marked in the questionnaire.`);
    }
    await tx.assessment.update({ where: { id: assessmentId }, data: { status: "SUBMITTED", submittedAt: new Date(), clarification: null, version: { increment: 1 } } });
    await recordAudit(tx, { ...auditActor(actor), action: "assessment.submitted", entityType: "Assessment", entityId: assessmentId, vendorId: assessment.vendorId });
    if (assessment.sentByEmail) {
      await sendEmail(
        {
          to: assessment.sentByEmail,
          organizationId: actor.organizationId,
          subject: "An assessment was submitted for review",
          text: `${actor.email} submitted an assessment. Review it here:\n\n${baseUrl}/assessments/${assessmentId}`,
        },
        tx,
      );
    }
  });
}

async function loadForReview(tx: Tx, actor: Actor, assessmentId: string) {
  assertCanReview(actor);
  const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, organizationId: actor.organizationId }, include: { templateVersion: true, vendor: true } });
  if (!assessment) throw new NotFoundError("assessment");
  if (!REVIEWABLE_STATUSES.includes(assessment.status)) throw new ActionError("Only a submitted assessment can be reviewed.");
  return assessment;
}

/** Accept an answer (or clear the verdict). Raising a finding goes through createFinding. */
export async function setVerdict(actor: Actor, input: { assessmentId: string; questionKey: string; verdict: "ACCEPTED" | "CLEAR"; reviewComment: string | null }) {
  return db().$transaction(async (tx) => {
    const assessment = await loadForReview(tx, actor, input.assessmentId);
    const question = allQuestions(parseContent(assessment.templateVersion.content)).find((q) => q.key === input.questionKey);
    if (!question) throw new NotFoundError("question");
    const verdict = input.verdict === "ACCEPTED" ? "ACCEPTED" : null;
    await tx.answer.upsert({
      where: { assessmentId_questionKey: { assessmentId: assessment.id, questionKey: question.key } },
      create: { organizationId: actor.organizationId, assessmentId: assessment.id, questionKey: question.key, verdict, reviewComment: input.reviewComment },
      update: { verdict, reviewComment: input.reviewComment },
    });
    if (assessment.status === "SUBMITTED") await tx.assessment.update({ where: { id: assessment.id }, data: { status: "IN_REVIEW" } });
  });
}

/**
 * The answers a reviewer can accept in one go: answered, without a verdict yet, with full points where the question is
 * scored, and with evidence where it is required. Everything else (a weak answer, missing evidence) is a flag that
 * needs the reviewer's own look.
 */
export function unflaggedAnswerKeys(content: TemplateContent, answers: AnswerMap, evidenceCounts: EvidenceCounts, verdicts: ReadonlyMap<string, string | null>): string[] {
  return allQuestions(content)
    .filter((q) => {
      const value = own(answers, q.key);
      if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return false;
      if (verdicts.get(q.key)) return false;
      const points = answerPoints(q, value);
      if (points !== null && points < 100) return false;
      return !q.evidenceRequired || (own(evidenceCounts, q.key) ?? 0) > 0;
    })
    .map((q) => q.key);
}

/** Accepts every unflagged answer at once (one audit event listing them); returns how many were accepted. */
export async function acceptUnflaggedAnswers(actor: Actor, assessmentId: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const assessment = await loadForReview(tx, actor, assessmentId);
    const [answers, evidence] = await Promise.all([
      tx.answer.findMany({ where: { assessmentId: assessment.id }, select: { questionKey: true, value: true, verdict: true } }),
      tx.evidence.groupBy({ by: ["questionKey"], where: { assessmentId: assessment.id }, _count: true }),
    ]);
    const keys = unflaggedAnswerKeys(
      parseContent(assessment.templateVersion.content),
      Object.fromEntries(answers.map((a) => [a.questionKey, a.value as AnswerValue | null])),
      Object.fromEntries(evidence.map((e) => [e.questionKey, e._count])),
      new Map(answers.map((a) => [a.questionKey, a.verdict])),
    );
    if (!keys.length) return 0;
    await tx.answer.updateMany({ where: { assessmentId: assessment.id, questionKey: { in: keys }, verdict: null }, data: { verdict: "ACCEPTED" } });
    if (assessment.status === "SUBMITTED") await tx.assessment.update({ where: { id: assessment.id }, data: { status: "IN_REVIEW" } });
    await recordAudit(tx, { ...auditActor(actor), action: "assessment.answers_accepted", entityType: "Assessment", entityId: assessment.id, vendorId: assessment.vendorId, after: { questions: keys } });
    return keys.length;
  });
}

/** Sends the assessment back to the vendor with the reviewer's request; answers stay, the contacts are told. */
export async function requestClarification(actor: Actor, assessmentId: string, note: string, baseUrl: string) {
  await db().$transaction(async (tx) => {
    const assessment = await loadForReview(tx, actor, assessmentId);
    await tx.assessment.update({ where: { id: assessmentId }, data: { status: "IN_PROGRESS", clarification: note, version: { increment: 1 } } });
    await recordAudit(tx, { ...auditActor(actor), action: "assessment.sent_back", entityType: "Assessment", entityId: assessmentId, vendorId: assessment.vendorId, after: { note } });
    const recipients = await tx.assessmentRecipient.findMany({
      where: { assessmentId },
      include: { user: { select: { email: true, memberships: { where: { organizationId: actor.organizationId }, select: { name: true, locale: true } } } } },
    });
    for (const r of recipients) {
      const membership = r.user.memberships[0];
      const { t } = wordsFor(recipientLocale(membership?.locale));
      await sendEmail(
        {
          to: r.user.email,
          organizationId: actor.organizationId,
          subject: t("emails.clarification.subject", { organization: actor.organizationName }),
          text: [
            t("emails.greeting", { name: membership?.name ?? "" }),
            "",
            t("emails.clarification.intro", { organization: actor.organizationName }),
            "",
            note,
            "",
            await portalLinkFor(tx, baseUrl, actor.organizationId, r.user.email, `/portal/assessments/${assessmentId}`),
          ].join("\n"),
        },
        tx,
      );
    }
  });
}

/** Completes the review: the score is computed and kept, and the vendor's next review date follows its tier. */
export async function completeReview(actor: Actor, assessmentId: string) {
  return db().$transaction(async (tx) => {
    const assessment = await loadForReview(tx, actor, assessmentId);
    const answers: Record<string, AnswerValue | null> = {};
    for (const a of await tx.answer.findMany({ where: { assessmentId } })) answers[a.questionKey] = a.value as AnswerValue | null;
    const score = scoreAssessment(parseContent(assessment.templateVersion.content), answers);
    const completedAt = new Date();
    await tx.assessment.update({
      where: { id: assessmentId },
      data: { status: "COMPLETED", completedAt, score: score.overall, domainScores: score.domains as unknown as Prisma.InputJsonArray, version: { increment: 1 } },
    });
    const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId } });
    const nextReviewDate = addMonths(completedAt, reviewMonthsFor(org, assessment.vendor.tier));
    await tx.vendor.update({ where: { id: assessment.vendorId }, data: { nextReviewDate, version: { increment: 1 } } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "assessment.completed",
      entityType: "Assessment",
      entityId: assessmentId,
      vendorId: assessment.vendorId,
      after: { score: score.overall, nextReviewDate: formatDay(nextReviewDate) },
    });
    return score;
  });
}

export async function cancelAssessment(actor: Actor, assessmentId: string) {
  assertCanReview(actor);
  return db().$transaction(async (tx) => {
    const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, organizationId: actor.organizationId } });
    if (!assessment) throw new NotFoundError("assessment");
    if (assessment.status === "COMPLETED" || assessment.status === "CANCELLED") throw new ActionError("A completed or cancelled assessment cannot be cancelled.");
    await tx.assessment.update({ where: { id: assessmentId }, data: { status: "CANCELLED", version: { increment: 1 } } });
    await recordAudit(tx, { ...auditActor(actor), action: "assessment.cancelled", entityType: "Assessment", entityId: assessmentId, vendorId: assessment.vendorId });
    return assessment.vendorId;
  });
}

/** Vendors whose next review date has passed or comes within `withinDays`, soonest first. */
/** Questionnaires vendors have submitted that wait for a reviewer (the manager's dashboard shows the count). */
export async function awaitingReview(actor: Actor): Promise<number> {
  if (actor.role === "VENDOR") return 0;
  return db().assessment.count({ where: { organizationId: actor.organizationId, status: { in: REVIEWABLE_STATUSES } } });
}

export async function reviewsDue(actor: Actor, withinDays = 30) {
  if (actor.role === "VENDOR") return [];
  const horizon = daysAfter(withinDays);
  return db().vendor.findMany({
    where: { organizationId: actor.organizationId, status: { in: ["ACTIVE", "PROSPECT"] }, nextReviewDate: { lte: horizon } },
    select: { id: true, name: true, tier: true, nextReviewDate: true },
    orderBy: [{ nextReviewDate: "asc" }, { name: "asc" }],
    take: 100,
  });
}

