// Advisory campaigns: when a new known-exploited vulnerability or advisory hits a product, every vendor that runs it
// (or reaches into us through it) gets three questions — affected? patched? what protects us meanwhile? — with a due
// date, and one page tracks the answers.
import { auditActor, recordAudit } from "@/lib/audit";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/translate";
import type { Actor } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { daysUntil, startOfUtcDay, formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import type { AdvisoryAffected, AdvisoryPatched, Prisma } from "@/lib/generated/prisma/client";
import type { TokenOwner } from "@/lib/auth/tokens";
import { portalLink, portalLinkFor, vendorUserFor } from "@/lib/vendors/portal-accounts";
import { isRecordId, literalLike } from "@/lib/validation";
import type { AnswerAdvisoryInput, CreateCampaignInput } from "./schema";
import { productName } from "@/lib/kev/product-name";

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

function assertCanRun(actor: Actor) {
  if (!EDITOR_ROLES.includes(actor.role)) throw new ActionError("Only security managers and administrators can run advisory campaigns.");
}

/**
 * The names a remote tool may carry for the product: the product itself and the short name in parentheses, so
 * "Virtual System/Server Administrator (VSA)" also matches a channel whose tool is "Kaseya VSA".
 */
export function productNames(kevProduct: string): string[] {
  const names = [norm(kevProduct)];
  const short = /\(([^)]+)\)/.exec(kevProduct)?.[1];
  if (short) names.push(norm(short));
  return names.filter((n) => n.length >= 2);
}

/** Whether a channel's tool names the product, as whole words. */
export function toolMatches(tool: string, names: string[]): boolean {
  const padded = ` ${norm(tool).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return names.some((n) => padded.includes(` ${n.replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `));
}

export interface AffectedVendor {
  vendor: { id: string; name: string; tier: string | null };
  reasons: string[];
  /** Matched on a product we record or a channel's tool; a fourth-party match alone only suggests asking. */
  direct: boolean;
}

/**
 * The vendors a product advisory concerns: those we record as running the product, those whose access channel into
 * us uses it, and those that depend on its maker as a fourth party. Terminated vendors are left out.
 */
export async function affectedVendors(actor: Actor, product: { kevVendor: string; kevProduct: string }): Promise<AffectedVendor[]> {
  if (actor.role === "VENDOR") return [];
  const names = productNames(product.kevProduct);
  const insensitive = "insensitive" as const;
  const live = { organizationId: actor.organizationId, status: { not: "TERMINATED" as const } };
  const [products, channels, subs] = await Promise.all([
    db().product.findMany({
      where: { organizationId: actor.organizationId, kevVendor: { equals: product.kevVendor.trim(), mode: insensitive }, kevProduct: { equals: product.kevProduct.trim(), mode: insensitive }, vendor: live },
      select: { kevVendor: true, kevProduct: true, version: true, vendor: { select: { id: true, name: true, tier: true } } },
    }),
    db().accessChannel.findMany({
      where: { organizationId: actor.organizationId, disabledAt: null, vendor: live, OR: names.map((n) => ({ tool: { contains: literalLike(n), mode: insensitive } })) },
      select: { name: true, tool: true, toolVersion: true, vendor: { select: { id: true, name: true, tier: true } } },
    }),
    db().subSupplier.findMany({
      where: { organizationId: actor.organizationId, name: { equals: product.kevVendor.trim(), mode: insensitive }, vendor: live },
      select: { name: true, purpose: true, vendor: { select: { id: true, name: true, tier: true } } },
    }),
  ]);
  const byVendor = new Map<string, AffectedVendor>();
  const add = (vendor: AffectedVendor["vendor"], reason: string, direct: boolean) => {
    const entry = byVendor.get(vendor.id) ?? { vendor, reasons: [], direct: false };
    entry.reasons.push(reason);
    entry.direct ||= direct;
    byVendor.set(vendor.id, entry);
  };
  for (const p of products) add(p.vendor, `runs ${productName(p.kevVendor, p.kevProduct, p.version)}`, true);
  for (const c of channels) {
    if (c.tool && toolMatches(c.tool, names)) add(c.vendor, `its channel "${c.name}" uses ${c.tool}${c.toolVersion ? ` ${c.toolVersion}` : ""}`, true);
  }
  for (const s of subs) add(s.vendor, `depends on ${s.name}${s.purpose ? ` (${s.purpose})` : ""}`, false);
  return [...byVendor.values()].sort((a, b) => Number(b.direct) - Number(a.direct) || a.vendor.name.localeCompare(b.vendor.name));
}

/** Security contacts with an address; without any, every contact with an address. */
function recipientsOf<C extends { name: string; email: string | null; isSecurityContact: boolean }>(contacts: C[]) {
  const withEmail = contacts.filter((c): c is typeof c & { email: string } => !!c.email);
  const security = withEmail.filter((c) => c.isSecurityContact);
  return security.length ? security : withEmail;
}

/** Each vendor's recipients (recipientsOf its contacts, by name), read at once for however many vendors. */
async function recipientsByVendor(tx: Prisma.TransactionClient, organizationId: string, vendorIds: string[]) {
  const contacts = await tx.vendorContact.findMany({ where: { organizationId, vendorId: { in: vendorIds } }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  const byVendor = new Map<string, typeof contacts>();
  for (const c of contacts) {
    const list = byVendor.get(c.vendorId);
    if (list) list.push(c);
    else byVendor.set(c.vendorId, [c]);
  }
  return (vendorId: string) => recipientsOf(byVendor.get(vendorId) ?? []);
}

/** The vendors a product concerns, each with the addresses a campaign would email. */
export async function campaignCandidates(actor: Actor, product: { kevVendor: string; kevProduct: string }) {
  const affected = await affectedVendors(actor, product);
  const recipients = await recipientsByVendor(db(), actor.organizationId, affected.map((a) => a.vendor.id));
  return affected.map((a) => ({ ...a, recipients: recipients(a.vendor.id).map((c) => c.email) }));
}

/** The KEV catalog entry for a CVE, when the organization's imported catalog has it: it names the product. */
export async function kevEntryFor(actor: Actor, cveId: string) {
  if (actor.role === "VENDOR") return null;
  return db().kevEntry.findUnique({ where: { organizationId_cveId: { organizationId: actor.organizationId, cveId } } });
}

export async function createCampaign(actor: Actor, input: CreateCampaignInput, baseUrl: string) {
  assertCanRun(actor);
  if (daysUntil(input.dueDate) < 1) throw new ActionError("Choose a due date after today", "dueDate");
  const candidates = new Map((await affectedVendors(actor, input)).map((c) => [c.vendor.id, c]));
  const chosen = [...new Set(input.vendorIds)];
  if (chosen.some((vendorId) => !candidates.has(vendorId))) throw new ActionError("Choose vendors from the list of those this product concerns", "vendorIds");
  return db().$transaction(async (tx) => {
    const campaign = await tx.advisoryCampaign.create({
      data: {
        organizationId: actor.organizationId,
        title: input.title,
        cveId: input.cveId,
        kevVendor: input.kevVendor,
        kevProduct: input.kevProduct,
        details: input.details,
        dueDate: input.dueDate,
        createdByEmail: actor.email,
      },
    });
    const recipients = await recipientsByVendor(tx, actor.organizationId, chosen);
    const emails: { to: string; name: string; locale: Locale; vendorName: string; owner: TokenOwner; requestId: string }[] = [];
    for (const vendorId of chosen) {
      const candidate = candidates.get(vendorId)!;
      const users: Awaited<ReturnType<typeof vendorUserFor>>[] = [];
      for (const contact of recipients(vendorId)) {
        try {
          users.push(await vendorUserFor(tx, actor, vendorId, { name: contact.name, email: contact.email, locale: contact.locale }, "vendorIds"));
        } catch (error) {
          // An address that already belongs to staff or another vendor cannot answer for this one: skip it.
          if (error instanceof ActionError) continue;
          throw error;
        }
      }
      const request = await tx.advisoryRequest.create({
        data: { organizationId: actor.organizationId, campaignId: campaign.id, vendorId, reason: candidate.reasons.join("; "), sentTo: users.map((u) => u.email) },
      });
      for (const u of users) emails.push({ to: u.email, name: u.name, locale: u.locale, vendorName: candidate.vendor.name, owner: { userId: u.id, membershipId: u.membershipId }, requestId: request.id });
    }
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "advisory.sent",
      entityType: "AdvisoryCampaign",
      entityId: campaign.id,
      after: { title: input.title, cveId: input.cveId, product: productName(input.kevVendor, input.kevProduct), dueDate: formatDay(input.dueDate), vendors: chosen.length, emails: emails.length },
    });
    for (const email of emails) {
      // In the contact's language.
      const { t, day } = wordsFor(email.locale);
      const product = productName(input.kevVendor, input.kevProduct);
      await sendEmail(
        {
          to: email.to,
          organizationId: actor.organizationId,
          subject: t("emails.advisory.subject", { organization: actor.organizationName, title: input.title }),
          text: [
            t("emails.greeting", { name: email.name }),
            "",
            t("emails.advisory.intro", { organization: actor.organizationName, vendor: email.vendorName, subject: input.cveId ? `${input.cveId} (${product})` : product, due: day(input.dueDate) }),
            t("emails.advisory.questions"),
            ...(input.details ? ["", input.details] : []),
            "",
            t("emails.advisory.answer"),
            "",
            await portalLink(tx, baseUrl, email.owner, `/portal/advisories/${email.requestId}`),
          ].join("\n"),
        },
        tx,
      );
    }
    return campaign;
  });
}

export type RequestState = "NOT_ANSWERED" | "OVERDUE" | "INVESTIGATING" | "EXPOSED" | "PATCHED" | "NOT_AFFECTED";

/** Where one vendor stands: the answer, or the lack of one against the due date. */
export function requestState(r: { affected: AdvisoryAffected | null; patched: AdvisoryPatched | null }, dueDate: Date, now = new Date()): RequestState {
  if (!r.affected) return dueDate < startOfUtcDay(now) ? "OVERDUE" : "NOT_ANSWERED";
  if (r.affected === "NO") return "NOT_AFFECTED";
  if (r.affected === "UNKNOWN") return "INVESTIGATING";
  return r.patched === "YES" ? "PATCHED" : "EXPOSED";
}

export type CampaignSummary = Record<RequestState, number> & { total: number; answered: number };

/** The campaign's requests by state; each entry counts `count` requests (one when absent). */
export function summarise(requests: { affected: AdvisoryAffected | null; patched: AdvisoryPatched | null; count?: number }[], dueDate: Date, now = new Date()): CampaignSummary {
  const summary: CampaignSummary = { total: 0, answered: 0, NOT_ANSWERED: 0, OVERDUE: 0, INVESTIGATING: 0, EXPOSED: 0, PATCHED: 0, NOT_AFFECTED: 0 };
  for (const r of requests) {
    const n = r.count ?? 1;
    summary.total += n;
    summary[requestState(r, dueDate, now)] += n;
    if (r.affected) summary.answered += n;
  }
  return summary;
}

export async function listCampaigns(actor: Actor, page = 1, pageSize = 50) {
  if (actor.role === "VENDOR") return { rows: [], total: 0 };
  const where = { organizationId: actor.organizationId };
  const [campaigns, total] = await Promise.all([
    db().advisoryCampaign.findMany({ where, orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db().advisoryCampaign.count({ where }),
  ]);
  // Counted by the database: a page of campaigns can hold tens of thousands of requests.
  const groups = await db().advisoryRequest.groupBy({
    by: ["campaignId", "affected", "patched"],
    where: { organizationId: actor.organizationId, campaignId: { in: campaigns.map((c) => c.id) } },
    _count: { _all: true },
  });
  const summaryOf = (c: (typeof campaigns)[number]) =>
    summarise(
      groups.filter((g) => g.campaignId === c.id).map((g) => ({ affected: g.affected, patched: g.patched, count: g._count._all })),
      c.dueDate,
    );
  return { rows: campaigns.map((c) => ({ ...c, summary: summaryOf(c) })), total };
}

export async function getCampaign(actor: Actor, id: string) {
  if (actor.role === "VENDOR" || !isRecordId(id)) return null;
  const campaign = await db().advisoryCampaign.findFirst({
    where: { id, organizationId: actor.organizationId },
    include: { requests: { include: { vendor: { select: { id: true, name: true, tier: true } } }, orderBy: { vendor: { name: "asc" } } } },
  });
  if (!campaign) return null;
  return { ...campaign, summary: summarise(campaign.requests, campaign.dueDate) };
}

/** A vendor contact sees its own vendor's requests; staff see their organization's. */
function requestsVisibleTo(actor: Actor): Prisma.AdvisoryRequestWhereInput {
  return actor.role === "VENDOR" ? { organizationId: actor.organizationId, vendorId: actor.vendorId ?? "-" } : { organizationId: actor.organizationId };
}

/** The portal's list: the signed-in contact's own vendor's requests. */
export async function listAdvisoriesForVendor(actor: Actor) {
  if (actor.role !== "VENDOR") return [];
  return db().advisoryRequest.findMany({
    where: requestsVisibleTo(actor),
    include: { campaign: { select: { title: true, cveId: true, kevVendor: true, kevProduct: true, dueDate: true, status: true } } },
    orderBy: { campaign: { createdAt: "desc" } },
  });
}

export async function getAdvisoryRequest(actor: Actor, id: string) {
  if (!isRecordId(id)) return null;
  return db().advisoryRequest.findFirst({
    where: { id, ...requestsVisibleTo(actor) },
    include: { campaign: true, vendor: { select: { id: true, name: true } } },
  });
}

/**
 * The vendor's answer (or staff recording it on the vendor's behalf, e.g. after a phone call). It can change until the
 * campaign closes; the version it started from must still be current, so two contacts never overwrite each other.
 */
export async function answerAdvisory(actor: Actor, input: AnswerAdvisoryInput) {
  if (actor.role !== "VENDOR") assertCanRun(actor);
  return db().$transaction(async (tx) => {
    const request = await tx.advisoryRequest.findFirst({ where: { id: input.requestId, ...requestsVisibleTo(actor) }, include: { campaign: true } });
    if (!request) throw new NotFoundError("advisory");
    if (request.campaign.status !== "OPEN") throw new ActionError("This advisory campaign is closed; answers can no longer change.");
    const data = {
      affected: input.affected,
      patched: input.patched,
      patchedAt: input.patchedAt,
      compensatingControls: input.compensatingControls,
      comment: input.comment,
      answeredAt: new Date(),
      answeredByEmail: actor.email,
    };
    const { count } = await tx.advisoryRequest.updateMany({ where: { id: request.id, version: input.expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) throw new ConflictError("answer");
    await recordAudit(tx, {
      ...auditActor(actor),
      action: actor.role === "VENDOR" ? "advisory.answered" : "advisory.answer_recorded",
      entityType: "AdvisoryRequest",
      entityId: request.id,
      vendorId: request.vendorId,
      after: { affected: data.affected, patched: data.patched, patchedAt: data.patchedAt ? formatDay(data.patchedAt) : null },
    });
  });
}

/** Emails again every vendor that has not answered; returns how many vendors were reminded. */
export async function remindUnanswered(actor: Actor, campaignId: string, baseUrl: string) {
  assertCanRun(actor);
  return db().$transaction(async (tx) => {
    const campaign = await tx.advisoryCampaign.findFirst({ where: { id: campaignId, organizationId: actor.organizationId } });
    if (!campaign) throw new NotFoundError("campaign");
    if (campaign.status !== "OPEN") throw new ActionError("This campaign is closed.");
    const pending = await tx.advisoryRequest.findMany({ where: { campaignId, affected: null, NOT: { sentTo: { isEmpty: true } } }, include: { vendor: { select: { name: true } } } });
    for (const r of pending) {
      for (const to of r.sentTo) {
        await sendEmail(
          {
            to,
            organizationId: actor.organizationId,
            subject: `Reminder: security advisory from ${actor.organizationName}: ${campaign.title}`,
            text: [
              `${actor.organizationName} is still waiting for ${r.vendor.name}'s answer about ${productName(campaign.kevVendor, campaign.kevProduct)}${campaign.cveId ? ` (${campaign.cveId})` : ""}, due ${formatDay(campaign.dueDate)}.`,
              "",
              await portalLinkFor(tx, baseUrl, actor.organizationId, to, `/portal/advisories/${r.id}`),
            ].join("\n"),
          },
          tx,
        );
      }
    }
    if (pending.length) await tx.advisoryRequest.updateMany({ where: { id: { in: pending.map((r) => r.id) } }, data: { remindedAt: new Date() } });
    await recordAudit(tx, { ...auditActor(actor), action: "advisory.reminded", entityType: "AdvisoryCampaign", entityId: campaignId, after: { vendors: pending.length } });
    return pending.length;
  });
}

export async function closeCampaign(actor: Actor, campaignId: string) {
  assertCanRun(actor);
  return db().$transaction(async (tx) => {
    const { count } = await tx.advisoryCampaign.updateMany({ where: { id: campaignId, organizationId: actor.organizationId, status: "OPEN" }, data: { status: "CLOSED", closedAt: new Date() } });
    if (count !== 1) throw new NotFoundError("open campaign");
    await recordAudit(tx, { ...auditActor(actor), action: "advisory.closed", entityType: "AdvisoryCampaign", entityId: campaignId });
  });
}
