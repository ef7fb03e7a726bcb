// Advisory answers reaching the vulnerability ledger. A vendor's "fix deployed on <day>" is its own statement and moves
// nothing by itself; a security manager confirms it with one click, which writes the day on the ledger entries the
// answer speaks for, with the answer as their source. The risk score and the Kaseya-pattern alarm then follow, as for
// any ledger edit (database triggers mark the vendor's score for recomputation).
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { formatDay, startOfUtcDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { ActionError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { productName } from "@/lib/kev/product-name";
import { isRecordId } from "@/lib/validation";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/**
 * Answers (r) that say the fix is deployed on a given day, with the ledger entries (v, of product p) each speaks for:
 * the vendor's entries for the campaign's (c) CVE, or, when the campaign names no CVE, the vendor's entries of its
 * product. Only entries still without a deployment day, or whose day came from this very answer.
 */
const answersWithEntries = (organizationId: string) => Prisma.sql`
  FROM "AdvisoryRequest" r
  JOIN "AdvisoryCampaign" c ON c.id = r."campaignId"
  JOIN "Product" p ON p."vendorId" = r."vendorId" AND p."organizationId" = r."organizationId"
  JOIN "VulnerabilityRecord" v ON v."productId" = p.id
  WHERE r."organizationId" = ${organizationId}
    AND r.affected = 'YES' AND r.patched = 'YES' AND r."patchedAt" IS NOT NULL
    AND (v."cveId" = c."cveId" OR (c."cveId" IS NULL AND lower(p."kevVendor") = lower(c."kevVendor") AND lower(p."kevProduct") = lower(c."kevProduct")))
    AND (v."deployedAt" IS NULL OR v."deployedFromRequestId" = r.id)`;

interface EntryRow {
  requestId: string;
  id: string;
  cveId: string;
  kevVendor: string;
  kevProduct: string;
  disclosedAt: Date;
  fixReleasedAt: Date | null;
  deployedAt: Date | null;
}

async function entryRows(client: Client, organizationId: string, filter: Prisma.Sql) {
  return client.$queryRaw<EntryRow[]>`
    SELECT r.id AS "requestId", v.id, v."cveId", p."kevVendor", p."kevProduct", v."disclosedAt", v."fixReleasedAt", v."deployedAt"
    ${answersWithEntries(organizationId)} AND ${filter}
    ORDER BY v."cveId", p."kevVendor", p."kevProduct", v.id`;
}

export interface LedgerEntryRef {
  id: string;
  cveId: string;
  product: string;
}

export interface AnswerDeployment {
  /** Entries still without a deployment day: what "Record this deployment" fills in. */
  pending: LedgerEntryRef[];
  /** Entries whose deployment day was recorded from this answer. */
  recorded: (LedgerEntryRef & { deployedAt: Date })[];
}

/**
 * For answers that say the fix is deployed on a given day: the ledger entries each speaks for, by request id. Answers
 * saying anything else (not affected, not patched, investigating) and answers no ledger entry matches are absent.
 */
export async function answerDeployments(actor: Actor, of: { campaignId: string } | { vendorId: string } | { requestIds: string[] }): Promise<Map<string, AnswerDeployment>> {
  const result = new Map<string, AnswerDeployment>();
  if (actor.role === "VENDOR") return result;
  const filter =
    "campaignId" in of ? Prisma.sql`r."campaignId" = ${of.campaignId}` : "vendorId" in of ? Prisma.sql`r."vendorId" = ${of.vendorId}` : of.requestIds.length ? Prisma.sql`r.id IN (${Prisma.join(of.requestIds)})` : null;
  if (!filter) return result;
  for (const row of await entryRows(db(), actor.organizationId, filter)) {
    const entry = result.get(row.requestId) ?? { pending: [], recorded: [] };
    const ref = { id: row.id, cveId: row.cveId, product: productName(row.kevVendor, row.kevProduct) };
    if (row.deployedAt) entry.recorded.push({ ...ref, deployedAt: row.deployedAt });
    else entry.pending.push(ref);
    result.set(row.requestId, entry);
  }
  return result;
}

/** Answers awaiting confirmation: they say the fix is deployed, and an entry they speak for is still not deployed. */
const awaitingSql = (organizationId: string) => Prisma.sql`
  ${answersWithEntries(organizationId)} AND v."deployedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "Vendor" vd WHERE vd.id = r."vendorId" AND vd.status <> 'TERMINATED')`;

/** How many answers await confirmation (the dashboard's figure). */
export async function countAwaitingConfirmation(actor: Actor): Promise<number> {
  if (actor.role === "VENDOR") return 0;
  const [row] = await db().$queryRaw<{ n: number }[]>`SELECT count(DISTINCT r.id)::int AS n ${awaitingSql(actor.organizationId)}`;
  return row?.n ?? 0;
}

/** The answers with their campaign and vendor, each with the ledger entries it speaks for, in the order of `requestIds`. */
async function answersWithLedger(actor: Actor, requestIds: string[]) {
  const [requests, deployments] = await Promise.all([
    db().advisoryRequest.findMany({
      where: { organizationId: actor.organizationId, id: { in: requestIds } },
      include: { campaign: { select: { id: true, title: true, cveId: true, kevVendor: true, kevProduct: true, status: true } }, vendor: { select: { id: true, name: true } } },
    }),
    answerDeployments(actor, { requestIds }),
  ]);
  const byId = new Map(requests.map((r) => [r.id, r]));
  return requestIds.flatMap((id) => {
    const request = byId.get(id);
    const deployment = deployments.get(id);
    return request && deployment ? [{ request, deployment }] : [];
  });
}

/** One answer with its campaign, vendor and the ledger entries it speaks for; null when it speaks for none. */
export async function answerWithLedger(actor: Actor, requestId: string) {
  if (actor.role === "VENDOR" || !isRecordId(requestId)) return null;
  return (await answersWithLedger(actor, [requestId]))[0] ?? null;
}

/** Answers listed on the confirmation view; the count covers them all. */
export const AWAITING_LISTED = 100;

/** The answers awaiting confirmation, longest waiting first (the first `limit`), with the total. */
export async function answersAwaitingConfirmation(actor: Actor, limit = AWAITING_LISTED) {
  if (actor.role === "VENDOR") return { rows: [], total: 0 };
  const [ids, total] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      SELECT r.id ${awaitingSql(actor.organizationId)}
      GROUP BY r.id, r."answeredAt" ORDER BY r."answeredAt", r.id LIMIT ${limit}`,
    countAwaitingConfirmation(actor),
  ]);
  return { rows: await answersWithLedger(actor, ids.map((r) => r.id)), total };
}

/**
 * A vendor's answers that speak for entries of its ledger: those still awaiting confirmation, and those recorded
 * while their campaign is open. Latest answer first.
 */
export async function vendorAnswerDeployments(actor: Actor, vendorId: string) {
  const deployments = await answerDeployments(actor, { vendorId });
  if (!deployments.size) return [];
  const rows = await answersWithLedger(actor, [...deployments.keys()]);
  return rows
    .filter((r) => r.deployment.pending.length || r.request.campaign.status === "OPEN")
    .sort((a, b) => (b.request.answeredAt?.getTime() ?? 0) - (a.request.answeredAt?.getTime() ?? 0));
}

export interface RecordedDeployment {
  vendorId: string;
  day: Date;
  /** Entries this call gave the day to. */
  recorded: number;
  /** Entries that already had it from this answer (nothing changed for them). */
  already: number;
}

/**
 * Confirms an answer: its deployment day goes on every ledger entry it speaks for that has none yet, with the answer
 * as the source. An entry without a fix release day gets the same day as its release (a deployed fix was released by
 * then at the latest). Refused for answers that do not say "deployed on <day>", for a day still to come, and when the
 * day comes before an entry's disclosure or fix release. A second call changes nothing and says so.
 */
export async function recordAnsweredDeployment(actor: Actor, requestId: string, now = new Date()): Promise<RecordedDeployment> {
  assertCanEditRegister(actor);
  if (!isRecordId(requestId)) throw new NotFoundError("advisory answer");
  return db().$transaction(async (tx) => {
    const request = await tx.advisoryRequest.findFirst({
      where: { id: requestId, organizationId: actor.organizationId },
      include: { campaign: { select: { title: true, cveId: true, kevVendor: true, kevProduct: true } }, vendor: { select: { name: true } } },
    });
    if (!request) throw new NotFoundError("advisory answer");
    const day = request.patchedAt;
    if (request.affected !== "YES" || request.patched !== "YES" || !day) {
      throw new ActionError("This answer does not say the fix was deployed on a given day: there is nothing to record.");
    }
    if (day > startOfUtcDay(now)) throw new ActionError(`The answer gives ${formatDay(day)}, a day still to come: record the deployment once it has happened.`);
    const entries = await entryRows(tx, actor.organizationId, Prisma.sql`r.id = ${request.id}`);
    const pending = entries.filter((e) => !e.deployedAt);
    if (!entries.length) {
      const what = request.campaign.cveId ?? productName(request.campaign.kevVendor, request.campaign.kevProduct);
      throw new ActionError(`${request.vendor.name}'s patch ledger has no entry for ${what} waiting for a deployment: record it on the vendor's Patching tab first.`);
    }
    for (const e of pending) {
      const [limit, what] = e.fixReleasedAt ? [e.fixReleasedAt, "its fix was released"] : [e.disclosedAt, "it was disclosed"];
      if (day < limit) {
        throw new ActionError(`The answer's day (${formatDay(day)}) is before ${e.cveId} ${what} (${formatDay(limit)}) according to the ledger: correct the ledger entry or the answer first.`);
      }
    }
    let recorded = 0;
    for (const e of pending) {
      const fixReleasedAt = e.fixReleasedAt ?? day;
      const { count } = await tx.vulnerabilityRecord.updateMany({
        where: { id: e.id, organizationId: actor.organizationId, deployedAt: null },
        data: { deployedAt: day, fixReleasedAt, deployedFromRequestId: request.id },
      });
      if (!count) continue;
      recorded++;
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "vulnerability.deployment_recorded",
        entityType: "VulnerabilityRecord",
        entityId: e.id,
        vendorId: request.vendorId,
        before: { deployedAt: null, ...(e.fixReleasedAt ? {} : { fixReleasedAt: null }) },
        after: {
          cveId: e.cveId,
          deployedAt: formatDay(day),
          ...(e.fixReleasedAt ? {} : { fixReleasedAt: formatDay(day) }),
          source: "advisory answer",
          advisoryRequestId: request.id,
          campaign: request.campaign.title,
        },
      });
    }
    return { vendorId: request.vendorId, day, recorded, already: entries.length - recorded };
  });
}

/** What a security manager reads after recording: the day, and that it came from the vendor's answer. */
export const recordedMessage = (day: Date, already = false) => `${already ? "Already recorded" : "Recorded"}: deployed on ${formatDay(day)} (from the vendor's answer)`;
