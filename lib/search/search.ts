// Search across the register for the command palette: vendors, systems, access channels, products, vulnerabilities,
// assessments and findings of the caller's organization, a few of each, the closest first.
import type { Actor } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { channelKindLabels } from "@/lib/channels/labels";
import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { AssessmentStatus, ChannelKind, FindingStatus, Severity, Tier, VendorStatus } from "@/lib/domain-types";
import { Prisma } from "@/lib/generated/prisma/client";
import { productName } from "@/lib/kev/product-name";
import { literalLike } from "@/lib/validation";
import { assessmentStatusLabels, findingStatusLabels, severityLabels, statusLabels, tierLabels } from "@/lib/vendors/labels";
import { searchQuerySchema } from "./schema";

export const SEARCH_KINDS = ["vendor", "system", "channel", "product", "vulnerability", "assessment", "finding"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  subtitle: string;
  href: string;
}

/** Hits per kind: enough to recognise the one meant, few enough to see every kind at once. */
export const HITS_PER_KIND = 5;

/** The words of a search, as SQL patterns; % and _ are literal. */
interface Term {
  text: string;
  contains: string;
  prefix: string;
}

/** Text compared without accents ("Société" is found by "societe"); case is ignored by ILIKE and similarity. */
const unaccented = (column: Prisma.Sql) => Prisma.sql`"immutable_unaccent"(${column})`;

/**
 * A match of any of `columns` (unaccented, as the trigram indexes of migration 20261206112000 index them) and its
 * order: a column that starts with the text first, then by trigram similarity.
 */
function match(columns: Prisma.Sql[], term: Term) {
  const any = (pattern: string) => Prisma.join(columns.map((c) => Prisma.sql`${c} ILIKE "immutable_unaccent"(${pattern})`), " OR ");
  const similarity = Prisma.join(columns.map((c) => Prisma.sql`coalesce(similarity(${c}, "immutable_unaccent"(${term.text})), 0)`));
  return {
    where: Prisma.sql`(${any(term.contains)})`,
    order: Prisma.sql`(${any(term.prefix)}) IS TRUE DESC, greatest(${similarity}) DESC`,
  };
}

const joined = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(" · ");

/** "CVE-2021-30116", "cve-2021", "2021-30116": a CVE id or the start of one, written as the catalog writes it. */
export function cvePrefix(text: string): string | null {
  const t = text.trim().toUpperCase().replace(/^CVE[\s-]*/, "CVE-");
  if (/^CVE-(\d{0,4}|\d{4}-\d*)$/.test(t)) return t;
  return /^\d{4}-\d+$/.test(t) ? `CVE-${t}` : null;
}

/**
 * Up to HITS_PER_KIND hits of each kind whose names contain the text (any case, any accents), those starting with it
 * first. CVE ids are found by their start ("CVE-2021-3" finds CVE-2021-30116). Only staff search, and only their own
 * organization's records; a vendor contact finds nothing.
 */
export async function searchEverything(actor: Actor, query: string): Promise<SearchHit[]> {
  if (!STAFF_ROLES.includes(actor.role)) return [];
  const text = searchQuerySchema.parse(query);
  const escaped = literalLike(text);
  const term: Term = { text, contains: `%${escaped}%`, prefix: `${escaped}%` };
  const org = actor.organizationId;
  const editor = EDITOR_ROLES.includes(actor.role);
  const cve = cvePrefix(text);

  const vendorMatch = match([unaccented(Prisma.sql`v."name"`), unaccented(Prisma.sql`v."legalName"`), Prisma.sql`v."lei"`], term);
  const vendors = db().$queryRaw<{ id: string; name: string; legalName: string | null; lei: string | null; status: VendorStatus }[]>`
    SELECT v."id", v."name", v."legalName", v."lei", v."status"::text AS "status"
    FROM "Vendor" v
    WHERE v."organizationId" = ${org} AND ${vendorMatch.where}
    ORDER BY ${vendorMatch.order}, v."name", v."id"
    LIMIT ${HITS_PER_KIND}`;

  const systemMatch = match([unaccented(Prisma.sql`s."name"`)], term);
  const systems = db().$queryRaw<{ id: string; name: string; criticality: Tier }[]>`
    SELECT s."id", s."name", s."criticality"::text AS "criticality"
    FROM "System" s
    WHERE s."organizationId" = ${org} AND ${systemMatch.where}
    ORDER BY ${systemMatch.order}, s."name", s."id"
    LIMIT ${HITS_PER_KIND}`;

  const channelMatch = match([unaccented(Prisma.sql`c."name"`), unaccented(Prisma.sql`c."tool"`)], term);
  const channels = db().$queryRaw<{ id: string; name: string; kind: ChannelKind; tool: string | null; disabled: boolean; vendorId: string; vendorName: string }[]>`
    SELECT c."id", c."name", c."kind"::text AS "kind", c."tool", c."disabledAt" IS NOT NULL AS "disabled", v."id" AS "vendorId", v."name" AS "vendorName"
    FROM "AccessChannel" c JOIN "Vendor" v ON v."id" = c."vendorId" AND v."organizationId" = ${org}
    WHERE c."organizationId" = ${org} AND ${channelMatch.where}
    ORDER BY ${channelMatch.order}, c."name", c."id"
    LIMIT ${HITS_PER_KIND}`;

  const productMatch = match([unaccented(Prisma.sql`p."kevProduct"`), unaccented(Prisma.sql`p."kevVendor"`)], term);
  const products = db().$queryRaw<{ id: string; kevVendor: string; kevProduct: string; version: string | null; vendorId: string; vendorName: string }[]>`
    SELECT p."id", p."kevVendor", p."kevProduct", p."version", v."id" AS "vendorId", v."name" AS "vendorName"
    FROM "Product" p JOIN "Vendor" v ON v."id" = p."vendorId" AND v."organizationId" = ${org}
    WHERE p."organizationId" = ${org} AND ${productMatch.where}
    ORDER BY ${productMatch.order}, p."kevProduct", p."id"
    LIMIT ${HITS_PER_KIND}`;

  const vulnerabilities = cve
    ? db().$queryRaw<{ id: string; cveId: string; severity: Severity; deployed: boolean; kevVendor: string; kevProduct: string; vendorId: string; vendorName: string }[]>`
        SELECT r."id", r."cveId", r."severity"::text AS "severity", r."deployedAt" IS NOT NULL AS "deployed",
               p."kevVendor", p."kevProduct", v."id" AS "vendorId", v."name" AS "vendorName"
        FROM "VulnerabilityRecord" r
        JOIN "Product" p ON p."id" = r."productId"
        JOIN "Vendor" v ON v."id" = p."vendorId" AND v."organizationId" = ${org}
        WHERE r."organizationId" = ${org} AND r."cveId" ILIKE ${`${literalLike(cve)}%`}
        ORDER BY upper(r."cveId") = ${cve} DESC, r."cveId" DESC, v."name", r."id"
        LIMIT ${HITS_PER_KIND}`
    : Promise.resolve([]);

  const assessmentMatch = match([unaccented(Prisma.sql`t."name"`), unaccented(Prisma.sql`v."name"`)], term);
  const assessments = db().$queryRaw<{ id: string; status: AssessmentStatus; dueDate: Date; templateName: string; vendorName: string }[]>`
    SELECT a."id", a."status"::text AS "status", a."dueDate", t."name" AS "templateName", v."name" AS "vendorName"
    FROM "Assessment" a
    JOIN "Vendor" v ON v."id" = a."vendorId" AND v."organizationId" = ${org}
    JOIN "TemplateVersion" tv ON tv."id" = a."templateVersionId"
    JOIN "QuestionnaireTemplate" t ON t."id" = tv."templateId" AND t."organizationId" = ${org}
    WHERE a."organizationId" = ${org} AND ${assessmentMatch.where}
    ORDER BY ${assessmentMatch.order}, a."sentAt" DESC, a."id"
    LIMIT ${HITS_PER_KIND}`;

  const findingMatch = match([unaccented(Prisma.sql`f."title"`)], term);
  const findings = db().$queryRaw<{ id: string; title: string; severity: Severity; status: FindingStatus; vendorName: string }[]>`
    SELECT f."id", f."title", f."severity"::text AS "severity", f."status"::text AS "status", v."name" AS "vendorName"
    FROM "Finding" f JOIN "Vendor" v ON v."id" = f."vendorId" AND v."organizationId" = ${org}
    WHERE f."organizationId" = ${org} AND ${findingMatch.where}
    ORDER BY ${findingMatch.order}, f."createdAt" DESC, f."id"
    LIMIT ${HITS_PER_KIND}`;

  const [vendorRows, systemRows, channelRows, productRows, vulnerabilityRows, assessmentRows, findingRows] = await Promise.all([
    vendors,
    systems,
    channels,
    products,
    vulnerabilities,
    assessments,
    findings,
  ]);
  const hits: SearchHit[] = [];
  for (const v of vendorRows) {
    const legal = v.legalName && v.legalName !== v.name ? v.legalName : null;
    hits.push({ kind: "vendor", id: v.id, title: v.name, subtitle: joined(legal, v.lei && `LEI ${v.lei}`, v.status !== "ACTIVE" && statusLabels[v.status]), href: `/vendors/${v.id}` });
  }
  for (const s of systemRows) {
    hits.push({ kind: "system", id: s.id, title: s.name, subtitle: `${tierLabels[s.criticality]} criticality`, href: editor ? `/systems/${s.id}` : "/systems" });
  }
  for (const c of channelRows) {
    hits.push({ kind: "channel", id: c.id, title: c.name, subtitle: joined(c.vendorName, c.tool ?? channelKindLabels[c.kind], c.disabled && "Disabled"), href: `/vendors/${c.vendorId}/channels` });
  }
  for (const p of productRows) {
    hits.push({ kind: "product", id: p.id, title: productName(p.kevVendor, p.kevProduct, p.version), subtitle: p.vendorName, href: `/vendors/${p.vendorId}/patching` });
  }
  for (const r of vulnerabilityRows) {
    hits.push({
      kind: "vulnerability",
      id: r.id,
      title: r.cveId,
      subtitle: joined(productName(r.kevVendor, r.kevProduct), r.vendorName, severityLabels[r.severity], r.deployed ? "Deployed" : "Not deployed"),
      href: editor ? `/vendors/${r.vendorId}/patching/${r.id}` : `/vendors/${r.vendorId}/patching`,
    });
  }
  for (const a of assessmentRows) {
    hits.push({ kind: "assessment", id: a.id, title: a.templateName, subtitle: joined(a.vendorName, assessmentStatusLabels[a.status], `due ${formatDay(a.dueDate)}`), href: `/assessments/${a.id}` });
  }
  for (const f of findingRows) {
    hits.push({ kind: "finding", id: f.id, title: f.title, subtitle: joined(f.vendorName, severityLabels[f.severity], findingStatusLabels[f.status]), href: `/findings/${f.id}` });
  }
  return hits;
}
