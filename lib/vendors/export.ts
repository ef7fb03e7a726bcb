// CSV exports of the register: the filtered vendor list, and all access channels. Audited; streamed in pages.
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VendorListQuery } from "./list-query";
import { vendorListWhere } from "./queries";
import { channelKindLabels, directionLabels, privilegeLabels } from "@/lib/channels/labels";
import { availabilityLabels, sensitivityLabels, statusLabels, substitutabilityLabels, tierLabels } from "./labels";

const BATCH = 1000;

export const VENDOR_CSV_HEADER = [
  "Name", "Legal name", "LEI", "Country", "Website", "Status", "Tier", "Tier reason", "Business owner", "Data sensitivity",
  "Critical or important function", "Substitutability", "Contract start", "Contract end", "Renewal date", "Notice period (days)",
  "Next review", "Security contact", "Security contact phone", "Security contact email", "Security contact availability", "Services",
];

async function auditExport(actor: Actor, what: string, filters: unknown) {
  await db().$transaction((tx) =>
    recordAudit(tx, { ...auditActor(actor), action: "export.csv", entityType: what, after: JSON.parse(JSON.stringify({ filters })) }),
  );
}

/** The filtered list, or only the chosen vendors among it (`ids`, the list's selection). */
export async function exportVendors(actor: Actor, query: Partial<VendorListQuery>, ids?: string[]) {
  const filtered = await vendorListWhere(actor, query);
  const where: Prisma.VendorWhereInput = ids ? { AND: [filtered, { id: { in: ids } }] } : filtered;
  await auditExport(actor, "Vendor", ids ? { ...query, ids } : query);
  return async function* pages() {
    let after: { name: string; id: string } | null = null;
    for (;;) {
      const keyset: Prisma.VendorWhereInput = after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {};
      const batch = await db().vendor.findMany({
        where: { AND: [where, keyset] },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: BATCH,
        include: { contacts: { where: { isSecurityContact: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1 } },
      });
      if (!batch.length) return;
      yield batch.map(({ contacts: [security], ...v }) => [
        // The words a person reads on the pages; the import reads them back.
        v.name, v.legalName, v.lei, v.country, v.website, statusLabels[v.status], v.tier && tierLabels[v.tier], v.tierReason, v.businessOwner,
        sensitivityLabels[v.dataSensitivity], v.criticalFunction ? "yes" : "no", v.substitutability && substitutabilityLabels[v.substitutability],
        v.contractStart, v.contractEnd, v.renewalDate, v.noticePeriodDays, v.nextReviewDate, security?.name, security?.phone, security?.email,
        security?.availability && availabilityLabels[security.availability], v.servicesProvided,
      ]);
      const last = batch[batch.length - 1]!;
      after = { name: last.name, id: last.id };
    }
  };
}

export const CHANNEL_CSV_HEADER = [
  "Vendor", "Channel", "Kind", "Tool", "Tool version", "Direction", "Privilege", "Systems reached", "MFA enforced", "IP allow-list",
  "Always on", "Console exposed to internet", "Monitored", "Kill switch owner", "Kill switch target (minutes)", "Kill switch tested",
  "Last reviewed", "Disabled on", "Disabled reason",
];

export async function exportChannels(actor: Actor) {
  await auditExport(actor, "AccessChannel", {});
  const yesNo = (b: boolean) => (b ? "yes" : "no");
  return async function* pages() {
    let afterId = "";
    for (;;) {
      const idAfter: Prisma.AccessChannelWhereInput = afterId ? { id: { gt: afterId } } : {};
      const batch = await db().accessChannel.findMany({
        where: { organizationId: actor.organizationId, ...idAfter },
        include: { vendor: { select: { name: true } }, systems: { include: { system: { select: { name: true } } } } },
        orderBy: { id: "asc" },
        take: BATCH,
      });
      if (!batch.length) return;
      yield batch.map((c) => [
        // The words a person reads on the pages; the import reads them back.
        c.vendor.name, c.name, channelKindLabels[c.kind], c.tool, c.toolVersion, directionLabels[c.direction], privilegeLabels[c.privilege], c.systems.map((s) => s.system.name).sort().join("; "),
        yesNo(c.mfaEnforced), yesNo(c.ipAllowListed), yesNo(c.alwaysOn), yesNo(c.consoleInternetExposed), yesNo(c.monitored),
        c.killSwitchOwner, c.killSwitchTargetMinutes, c.killSwitchTestedAt, c.lastReviewedAt, c.disabledAt, c.disabledReason,
      ]);
      afterId = batch[batch.length - 1]!.id;
    }
  };
}
