// Findings: weaknesses raised in a review or by hand. The vendor answers with a remediation plan and evidence; an
// ADMIN or EXECUTIVE can accept the risk until an expiry date, after which the finding reopens by itself.
import { auditActor, changes, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import type { FindingStatus, Prisma } from "@/lib/generated/prisma/client";
import { daysAfter, startOfUtcDay } from "@/lib/dates";
import type { CreateFindingInput, UpdateFindingInput } from "./schema";
import { isRecordId } from "@/lib/validation";

export const UNRESOLVED: FindingStatus[] = ["OPEN", "IN_REMEDIATION"];
/** Risk acceptance is a management decision: administrators and executives only. */
export const RISK_ACCEPTORS = ["ADMIN", "EXECUTIVE"] as const;
const MAX_ACCEPTANCE_DAYS = 3 * 366;

function visibleTo(actor: Actor): Prisma.FindingWhereInput {
  return actor.role === "VENDOR" ? { organizationId: actor.organizationId, vendorId: actor.vendorId ?? "-" } : { organizationId: actor.organizationId };
}

/** Overdue: past its due date and not resolved or accepted. */
export const overdueWhere = (now = new Date()): Prisma.FindingWhereInput => ({ status: { in: UNRESOLVED }, dueDate: { lt: startOfUtcDay(now) } });
export const isOverdue = (f: { status: FindingStatus; dueDate: Date | null }, now = new Date()) =>
  UNRESOLVED.includes(f.status) && !!f.dueDate && f.dueDate < startOfUtcDay(now);

export async function listFindings(actor: Actor, filter: { status?: FindingStatus; overdue?: boolean; vendorId?: string }, page = 1, pageSize = 50) {
  const where: Prisma.FindingWhereInput = {
    ...visibleTo(actor),
    ...(filter.vendorId ? { vendorId: filter.vendorId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.overdue ? overdueWhere() : {}),
  };
  const [rows, total] = await Promise.all([
    db().finding.findMany({
      where,
      include: { vendor: { select: { id: true, name: true } } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().finding.count({ where }),
  ]);
  return { rows, total };
}

export async function getFinding(actor: Actor, id: string) {
  if (!isRecordId(id)) return null;
  return db().finding.findFirst({
    where: { id, ...visibleTo(actor) },
    include: {
      vendor: { select: { id: true, name: true } },
      assessment: { select: { id: true, templateVersion: { select: { template: { select: { name: true } } } } } },
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true, sha256: true, uploadedByEmail: true, createdAt: true } },
    },
  });
}

export async function createFinding(actor: Actor, input: CreateFindingInput) {
  if (!EDITOR_ROLES.includes(actor.role)) throw new ActionError("Only security managers and administrators can raise findings.");
  return db().$transaction(async (tx) => {
    const vendor = await tx.vendor.findFirst({ where: { id: input.vendorId, organizationId: actor.organizationId }, select: { id: true } });
    if (!vendor) throw new NotFoundError("vendor");
    if (input.assessmentId) {
      const assessment = await tx.assessment.findFirst({ where: { id: input.assessmentId, vendorId: vendor.id, organizationId: actor.organizationId } });
      if (!assessment) throw new NotFoundError("assessment");
      if (assessment.status === "SUBMITTED") await tx.assessment.update({ where: { id: assessment.id }, data: { status: "IN_REVIEW" } });
      if (input.questionKey) {
        await tx.answer.upsert({
          where: { assessmentId_questionKey: { assessmentId: assessment.id, questionKey: input.questionKey } },
          create: { organizationId: actor.organizationId, assessmentId: assessment.id, questionKey: input.questionKey, verdict: "FINDING" },
          update: { verdict: "FINDING" },
        });
      }
    }
    const finding = await tx.finding.create({
      data: { ...input, organizationId: actor.organizationId, vendorId: vendor.id, createdByEmail: actor.email },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "finding.created",
      entityType: "Finding",
      entityId: finding.id,
      vendorId: vendor.id,
      after: JSON.parse(JSON.stringify({ title: input.title, severity: input.severity, dueDate: input.dueDate, owner: input.owner })),
    });
    return finding;
  });
}

export async function updateFinding(actor: Actor, input: UpdateFindingInput) {
  if (!EDITOR_ROLES.includes(actor.role)) throw new ActionError("Only security managers and administrators can change findings.");
  return db().$transaction(async (tx) => {
    const before = await tx.finding.findFirst({ where: { id: input.id, organizationId: actor.organizationId } });
    if (!before) throw new NotFoundError("finding");
    const { id, version, ...fields } = input;
    const resolvedAt = fields.status === "RESOLVED" ? (before.resolvedAt ?? new Date()) : null;
    const { count } = await tx.finding.updateMany({
      where: { id, version },
      data: { ...fields, resolvedAt, acceptanceJustification: null, acceptedByEmail: null, acceptedUntil: null, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError("finding");
    const diff = changes(before, fields);
    if (diff.changed.length) {
      await recordAudit(tx, { ...auditActor(actor), action: "finding.updated", entityType: "Finding", entityId: id, vendorId: before.vendorId, before: diff.before, after: diff.after });
    }
    return before.vendorId;
  });
}

export async function acceptFindingRisk(actor: Actor, input: { id: string; justification: string; acceptedUntil: Date }) {
  if (!(RISK_ACCEPTORS as readonly string[]).includes(actor.role)) throw new ActionError("Only an administrator or an executive can accept a risk.");
  const today = startOfUtcDay(new Date());
  if (input.acceptedUntil <= today) throw new ActionError("Choose an expiry date after today", "acceptedUntil");
  if (input.acceptedUntil > daysAfter(MAX_ACCEPTANCE_DAYS, today))
    throw new ActionError("A risk can be accepted for at most three years", "acceptedUntil");
  return db().$transaction(async (tx) => {
    const before = await tx.finding.findFirst({ where: { id: input.id, organizationId: actor.organizationId } });
    if (!before) throw new NotFoundError("finding");
    if (before.status === "RESOLVED") throw new ActionError("This finding is resolved; there is no risk left to accept.");
    await tx.finding.update({
      where: { id: input.id },
      data: { status: "RISK_ACCEPTED", acceptanceJustification: input.justification, acceptedByEmail: actor.email, acceptedUntil: input.acceptedUntil, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "finding.risk_accepted",
      entityType: "Finding",
      entityId: input.id,
      vendorId: before.vendorId,
      before: { status: before.status },
      after: { status: "RISK_ACCEPTED", justification: input.justification, acceptedUntil: input.acceptedUntil.toISOString().slice(0, 10) },
    });
    return before.vendorId;
  });
}

export async function respondToFinding(actor: Actor, input: { id: string; remediationPlan: string }) {
  if (actor.role !== "VENDOR") throw new NotFoundError("finding");
  return db().$transaction(async (tx) => {
    const before = await tx.finding.findFirst({ where: { id: input.id, ...visibleTo(actor) } });
    if (!before) throw new NotFoundError("finding");
    if (before.status === "RESOLVED") throw new ActionError("This finding is resolved.");
    await tx.finding.update({
      where: { id: input.id },
      data: {
        remediationPlan: input.remediationPlan,
        vendorRespondedAt: new Date(),
        status: before.status === "OPEN" ? "IN_REMEDIATION" : before.status,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "finding.vendor_responded",
      entityType: "Finding",
      entityId: input.id,
      vendorId: before.vendorId,
      before: { remediationPlan: before.remediationPlan },
      after: { remediationPlan: input.remediationPlan },
    });
  });
}

/** A scheduled job: accepted risks whose expiry has passed become open findings again (audited, once each). */
export async function reopenExpiredAcceptances(now = new Date()) {
  const expired = await db().finding.findMany({ where: { status: "RISK_ACCEPTED", acceptedUntil: { lte: startOfUtcDay(now) } }, select: { id: true } });
  let reopened = 0;
  for (const { id } of expired) {
    await db().$transaction(async (tx) => {
      const { count } = await tx.finding.updateMany({
        where: { id, status: "RISK_ACCEPTED", acceptedUntil: { lte: startOfUtcDay(now) } },
        data: { status: "OPEN", version: { increment: 1 } },
      });
      if (count !== 1) return; // another instance took it
      const f = await tx.finding.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, {
        organizationId: f.organizationId,
        actorEmail: "system",
        action: "finding.acceptance_expired",
        entityType: "Finding",
        entityId: id,
        vendorId: f.vendorId,
        before: { status: "RISK_ACCEPTED", acceptedUntil: f.acceptedUntil?.toISOString().slice(0, 10) ?? null },
        after: { status: "OPEN" },
      });
      reopened += 1;
    });
  }
  return reopened;
}
