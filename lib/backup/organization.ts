// A whole organization as one JSON document, and back: the register, questionnaires, assessments, findings, KEV
// catalog and score history. Members, sessions and the audit log stay behind (they belong to the installation), and so
// do evidence files (their bytes live in the evidence store; back that up with the database).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { templateContentSchema } from "@/lib/questionnaires/template-schema";

type Row = Record<string, unknown>;
type Delegate = { findMany(args: object): Promise<Row[]>; createMany(args: { data: Row[] }): Promise<unknown> };

interface Table {
  key: string;
  model: string;
  /** The model's scalar columns (Prisma's ScalarFieldEnum): only these are ever written on import. */
  fields: Record<string, string>;
  /** Foreign keys and the table whose ids they hold. */
  refs?: Record<string, string>;
  json?: string[];
  /** The table has no organizationId column of its own. */
  scopedThrough?: object;
  /** Rows have no id of their own: their composite key, in order. */
  compositeKey?: [string, string];
}

/** In dependency order: a table only refers to tables above it. */
const TABLES: Table[] = [
  { key: "systems", model: "system", fields: Prisma.SystemScalarFieldEnum },
  { key: "vendors", model: "vendor", fields: Prisma.VendorScalarFieldEnum },
  { key: "vendorTierChanges", model: "vendorTierChange", fields: Prisma.VendorTierChangeScalarFieldEnum, refs: { vendorId: "vendors" } },
  { key: "vendorContacts", model: "vendorContact", fields: Prisma.VendorContactScalarFieldEnum, refs: { vendorId: "vendors" } },
  { key: "channels", model: "accessChannel", fields: Prisma.AccessChannelScalarFieldEnum, refs: { vendorId: "vendors" } },
  { key: "channelSystems", model: "channelSystem", fields: Prisma.ChannelSystemScalarFieldEnum, refs: { channelId: "channels", systemId: "systems" }, compositeKey: ["channelId", "systemId"], scopedThrough: { channel: {} } },
  { key: "products", model: "product", fields: Prisma.ProductScalarFieldEnum, refs: { vendorId: "vendors" } },
  { key: "patchSlas", model: "patchSla", fields: Prisma.PatchSlaScalarFieldEnum, refs: { vendorId: "vendors", productId: "products" } },
  { key: "advisoryCampaigns", model: "advisoryCampaign", fields: Prisma.AdvisoryCampaignScalarFieldEnum },
  { key: "advisoryRequests", model: "advisoryRequest", fields: Prisma.AdvisoryRequestScalarFieldEnum, refs: { campaignId: "advisoryCampaigns", vendorId: "vendors" } },
  { key: "vulnerabilities", model: "vulnerabilityRecord", fields: Prisma.VulnerabilityRecordScalarFieldEnum, refs: { productId: "products", deployedFromRequestId: "advisoryRequests" } },
  { key: "subSuppliers", model: "subSupplier", fields: Prisma.SubSupplierScalarFieldEnum, refs: { vendorId: "vendors", subVendorId: "vendors" } },
  { key: "kevEntries", model: "kevEntry", fields: Prisma.KevEntryScalarFieldEnum, compositeKey: ["organizationId", "cveId"] },
  { key: "kevImports", model: "kevImport", fields: Prisma.KevImportScalarFieldEnum },
  { key: "templates", model: "questionnaireTemplate", fields: Prisma.QuestionnaireTemplateScalarFieldEnum },
  { key: "templateVersions", model: "templateVersion", fields: Prisma.TemplateVersionScalarFieldEnum, refs: { templateId: "templates" }, json: ["content"] },
  { key: "assessments", model: "assessment", fields: Prisma.AssessmentScalarFieldEnum, refs: { vendorId: "vendors", templateVersionId: "templateVersions" }, json: ["domainScores"] },
  { key: "answers", model: "answer", fields: Prisma.AnswerScalarFieldEnum, refs: { assessmentId: "assessments" }, json: ["value"] },
  { key: "findings", model: "finding", fields: Prisma.FindingScalarFieldEnum, refs: { vendorId: "vendors", assessmentId: "assessments" } },
  { key: "alarmAcceptances", model: "alarmAcceptance", fields: Prisma.AlarmAcceptanceScalarFieldEnum, refs: { vendorId: "vendors", channelId: "channels" } },
  { key: "riskSnapshots", model: "riskSnapshot", fields: Prisma.RiskSnapshotScalarFieldEnum, refs: { vendorId: "vendors" }, compositeKey: ["vendorId", "day"] },
];

const SETTINGS = ["lei", "reviewMonthsCritical", "reviewMonthsHigh", "reviewMonthsMedium", "reviewMonthsLow"] as const;

export const backupSchema = z.object({
  format: z.literal("chainward-organization-backup"),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  organization: z.object({ name: z.string() }).catchall(z.unknown()),
  // A table missing from an older backup is empty.
  tables: z.object(Object.fromEntries(TABLES.map((t) => [t.key, z.array(z.record(z.string(), z.unknown())).max(2_000_000).default([])]))),
});
export type OrganizationBackup = z.infer<typeof backupSchema>;

const delegate = (client: Prisma.TransactionClient | ReturnType<typeof db>, model: string) => (client as unknown as Record<string, Delegate>)[model]!;

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new ActionError("Only administrators can export or import a whole organization.");
}

/** Rows read at a time while exporting: an organization has a million answers. */
const EXPORT_BATCH = 2000;

/** A table's rows of the organization in key order, a batch at a time (keyset paging: no batch rescans the ones before). */
async function* tableRows(t: Table, organizationId: string, batch: number): AsyncGenerator<Row[]> {
  const scope = t.scopedThrough ? Object.fromEntries(Object.keys(t.scopedThrough).map((rel) => [rel, { organizationId }])) : { organizationId };
  const [k1, k2] = t.compositeKey ?? ["id", null];
  for (let last: Row | null = null; ; ) {
    const after: object = !last ? {} : k2 ? { OR: [{ [k1]: { gt: last[k1] } }, { [k1]: last[k1], [k2]: { gt: last[k2] } }] } : { [k1]: { gt: last[k1] } };
    const rows = await delegate(db(), t.model).findMany({ where: { AND: [scope, after] }, orderBy: k2 ? [{ [k1]: "asc" }, { [k2]: "asc" }] : [{ [k1]: "asc" }], take: batch });
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    last = rows.at(-1)!;
  }
}

/**
 * The whole organization as one JSON document (the backup format), written table by table a batch at a time: a large
 * organization's backup is bigger than the server's memory. Refuses anyone but an administrator before writing anything.
 */
export function exportOrganization(actor: Actor, batch = EXPORT_BATCH): AsyncGenerator<string> {
  assertAdmin(actor);
  return backupJson(actor, batch);
}

async function* backupJson(actor: Actor, batch: number): AsyncGenerator<string> {
  const org = await db().organization.findUniqueOrThrow({ where: { id: actor.organizationId } });
  const head = {
    format: "chainward-organization-backup",
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    organization: { name: org.name, ...Object.fromEntries(SETTINGS.map((k) => [k, org[k]])) },
  };
  yield `${JSON.stringify(head).slice(0, -1)},"tables":{`;
  const counts: Record<string, number> = {};
  for (const [i, t] of TABLES.entries()) {
    yield `${i ? "," : ""}${JSON.stringify(t.key)}:[`;
    let written = 0;
    for await (const rows of tableRows(t, actor.organizationId, batch)) {
      yield (written ? "," : "") + rows.map((row) => JSON.stringify(row, (key, value) => (key === "organizationId" ? undefined : value))).join(",");
      written += rows.length;
    }
    counts[t.key] = written;
    yield "]";
  }
  yield "}}";
  await db().$transaction((tx) => recordAudit(tx, { ...auditActor(actor), action: "export.organization", entityType: "Organization", entityId: actor.organizationId, after: counts }));
}

/** Restores a backup into the caller's organization, which must hold no vendors, systems or templates yet. */
export async function importOrganization(actor: Actor, backup: OrganizationBackup) {
  assertAdmin(actor);
  const oid = actor.organizationId;
  return db().$transaction(
    async (tx) => {
      const [vendors, systems, templates] = await Promise.all([
        tx.vendor.count({ where: { organizationId: oid } }),
        tx.system.count({ where: { organizationId: oid } }),
        tx.questionnaireTemplate.count({ where: { organizationId: oid } }),
      ]);
      if (vendors + systems + templates > 0) throw new ActionError("Import into an empty organization: this one already has vendors, systems or templates.");
      const settings = Object.fromEntries(SETTINGS.filter((k) => k in backup.organization).map((k) => [k, backup.organization[k]]));
      await tx.organization.update({ where: { id: oid }, data: settings });

      const ids = new Map<string, Map<string, string>>(TABLES.map((t) => [t.key, new Map()]));
      const counts: Record<string, number> = {};
      for (const t of TABLES) {
        const allowed = Object.values(t.fields).filter((f) => f !== "organizationId" && f !== "updatedAt");
        const data = backup.tables[t.key]!.map((row, index) => {
          const out: Row = {};
          for (const field of allowed) if (field in row) out[field] = row[field];
          if (!t.compositeKey) {
            const newId = randomUUID();
            ids.get(t.key)!.set(String(row.id), newId);
            out.id = newId;
          }
          for (const [field, target] of Object.entries(t.refs ?? {})) {
            const old = row[field];
            if (old === null || old === undefined) continue;
            const mapped = ids.get(target)!.get(String(old));
            if (!mapped) throw new ActionError(`The backup is inconsistent: ${t.key} row ${index + 1} refers to a missing ${target} record.`);
            out[field] = mapped;
          }
          for (const field of t.json ?? []) if (out[field] === null) out[field] = Prisma.DbNull;
          if (t.key === "templateVersions" && !templateContentSchema.safeParse(out.content).success)
            throw new ActionError(`The backup is inconsistent: template version ${index + 1} is not a valid questionnaire.`);
          if (!("organizationId" in t.fields) || t.scopedThrough) return out;
          return { ...out, organizationId: oid };
        });
        for (let i = 0; i < data.length; i += 1000) await delegate(tx, t.model).createMany({ data: data.slice(i, i + 1000) });
        counts[t.key] = data.length;
      }
      await recordAudit(tx, { ...auditActor(actor), action: "organization.imported", entityType: "Organization", entityId: oid, after: { from: backup.organization.name, exportedAt: backup.exportedAt, ...counts } });
      return counts;
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}
