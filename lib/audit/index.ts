// The audit trail: append-only and hash-chained per organization, so a changed or deleted row is detectable.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

type Tx = Prisma.TransactionClient;

export interface AuditInput {
  organizationId: string;
  actorUserId?: string | null;
  actorEmail?: string | null;
  ip?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  vendorId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/** The "who" of an audit event, from the caller. */
export function auditActor(actor: { organizationId: string; userId: string; email: string; ip: string | null }) {
  return { organizationId: actor.organizationId, actorUserId: actor.userId, actorEmail: actor.email, ip: actor.ip };
}

/** Only what changed between two versions of a record, for a readable before/after. */
export function changes<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (canonical(before[key]) !== canonical(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  // Through JSON, so dates are stored (and hashed) as the ISO strings they read back as.
  const json = (v: Record<string, unknown>) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonObject;
  return { before: json(b), after: json(a), changed: Object.keys(a) };
}

/** Stable JSON: object keys sorted, so the same event always hashes the same. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export interface ChainedFields {
  organizationId: string;
  seq: number;
  actorUserId: string | null;
  actorEmail: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  vendorId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  prevHash: string | null;
}

export function auditHash(event: ChainedFields): string {
  return createHash("sha256").update(canonical(event)).digest("hex");
}

/** Appends one event inside the caller's transaction (the change and its record commit together). */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  // Serialise writers of one organization's chain, across instances.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"audit:" + input.organizationId}))`;
  const last = await tx.auditEvent.findFirst({
    where: { organizationId: input.organizationId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const fields: ChainedFields = {
    organizationId: input.organizationId,
    seq: (last?.seq ?? 0) + 1,
    actorUserId: input.actorUserId ?? null,
    actorEmail: input.actorEmail ?? null,
    ip: input.ip ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    vendorId: input.vendorId ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    createdAt: new Date(),
    prevHash: last?.hash ?? null,
  };
  await tx.auditEvent.create({
    data: {
      ...fields,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
      hash: auditHash(fields),
    },
  });
}

/**
 * Walks an organization's chain, `batch` events at a time (a long-lived organization has millions); returns the
 * sequence number of the first event that does not verify, or null.
 */
export async function findBrokenAuditLink(organizationId: string, batch = 2000): Promise<number | null> {
  let prevHash: string | null = null;
  let expectedSeq = 1;
  for (;;) {
    const events = await db().auditEvent.findMany({ where: { organizationId, seq: { gte: expectedSeq } }, orderBy: { seq: "asc" }, take: batch });
    for (const e of events) {
      const fields: ChainedFields = {
        organizationId: e.organizationId,
        seq: e.seq,
        actorUserId: e.actorUserId,
        actorEmail: e.actorEmail,
        ip: e.ip,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        vendorId: e.vendorId,
        before: e.before ?? null,
        after: e.after ?? null,
        createdAt: e.createdAt,
        prevHash: e.prevHash,
      };
      if (e.seq !== expectedSeq || e.prevHash !== prevHash || auditHash(fields) !== e.hash) return e.seq;
      prevHash = e.hash;
      expectedSeq += 1;
    }
    if (events.length < batch) return null;
  }
}
