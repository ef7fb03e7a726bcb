// CSV import of vendors and access channels: every row is checked with the same schemas as the forms, a preview
// lists each row's problems, and the import itself is all-or-nothing in one transaction.
import Papa from "papaparse";
import { z } from "zod";
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { channelFields, type ChannelFields } from "@/lib/channels/schema";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { CHANNEL_CSV_HEADER, VENDOR_CSV_HEADER } from "@/lib/vendors/export";
import { availabilityLabels, sensitivityLabels, statusLabels, substitutabilityLabels, tierLabels } from "@/lib/vendors/labels";
import { vendorImportFields, type VendorImportFields } from "@/lib/vendors/schema";

export const MAX_IMPORT_ROWS = 5000;
export type ImportKind = "vendors" | "channels";

/** The CSV header (as the export writes it) → the form field it fills. */
const vendorColumns: Record<string, string> = {
  Name: "name", "Legal name": "legalName", LEI: "lei", Country: "country", Website: "website", Status: "status", Tier: "tier",
  "Tier reason": "tierReason", "Business owner": "businessOwner", "Data sensitivity": "dataSensitivity",
  "Critical or important function": "criticalFunction", Substitutability: "substitutability", "Contract start": "contractStart",
  "Contract end": "contractEnd", "Renewal date": "renewalDate", "Notice period (days)": "noticePeriodDays", "Next review": "nextReviewDate",
  "Security contact": "securityContactName", "Security contact phone": "securityContactPhone", "Security contact email": "securityContactEmail",
  "Security contact availability": "securityContactAvailability", Services: "servicesProvided",
};
const channelColumns: Record<string, string> = {
  Vendor: "vendor", Channel: "name", Kind: "kind", Tool: "tool", "Tool version": "toolVersion", Direction: "direction", Privilege: "privilege",
  "Systems reached": "systems", "MFA enforced": "mfaEnforced", "IP allow-list": "ipAllowListed", "Always on": "alwaysOn",
  "Console exposed to internet": "consoleInternetExposed", Monitored: "monitored", "Kill switch owner": "killSwitchOwner",
  "Kill switch target (minutes)": "killSwitchTargetMinutes", "Kill switch tested": "killSwitchTestedAt", "Last reviewed": "lastReviewedAt",
  // Written by the export, ignored on import: a channel is created enabled.
  "Disabled on": "", "Disabled reason": "",
};
const booleanFields = new Set(["criticalFunction", "mfaEnforced", "ipAllowListed", "alwaysOn", "consoleInternetExposed", "monitored"]);

export interface PreviewRow {
  /** Line in the file (the header is line 1). */
  line: number;
  label: string;
  errors: string[];
}

export interface ImportPlan<T> {
  rows: PreviewRow[];
  valid: T[];
}

function parseCsv(text: string, columns: Record<string, string>) {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const headers = parsed.meta.fields ?? [];
  const required = Object.keys(columns).filter((c) => ["Name", "Vendor", "Channel"].includes(c));
  const missing = required.filter((c) => !headers.includes(c));
  if (missing.length) throw new ActionError(`The file has no ${missing.map((m) => `“${m}”`).join(" or ")} column. Use the header row of the CSV export.`, "file");
  const unknown = headers.filter((h) => h && !(h in columns));
  if (unknown.length) throw new ActionError(`Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. Use the header row of the CSV export.`, "file");
  if (parsed.data.length > MAX_IMPORT_ROWS) throw new ActionError(`The file has ${parsed.data.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`, "file");
  if (!parsed.data.length) throw new ActionError("The file has a header but no rows.", "file");
  const rowErrors = shapeErrors(parsed, headers.length, text.replace(/^\uFEFF/, ""));
  const records = parsed.data.map((raw) => {
    const record: Record<string, string> = {};
    for (const [header, value] of Object.entries(raw)) {
      const field = columns[header];
      if (!field) continue;
      const v = (value ?? "").trim();
      // A leading apostrophe is how our export neutralises formulas; take it off again.
      const unescaped = /^'[=+\-@]/.test(v) ? v.slice(1) : v;
      record[field] = booleanFields.has(field) ? (/^(yes|true|1|y)$/i.test(unescaped) ? "on" : "") : unescaped;
    }
    return record;
  });
  return { records, rowErrors };
}

/**
 * A row whose number of values differs from the header's is refused as a whole: its values are not in the columns
 * they seem to be in, and an extra value would otherwise be dropped without a word. Indexed like the rows; the header
 * is line 1, as in the preview. A quote that does not close can swallow the rows after it, so it refuses the file,
 * naming the line where it starts.
 */
function shapeErrors(parsed: Papa.ParseResult<Record<string, string>>, columns: number, text: string): string[][] {
  const quotes = parsed.errors.find((e) => e.type === "Quotes");
  if (quotes) {
    const line = text.slice(0, quotes.index ?? 0).split("\n").length;
    throw new ActionError(`Line ${line} has a double quote that is not closed or not doubled: inside a quoted value, write a quote as "". Fix the file and upload it again.`, "file");
  }
  const errors: string[][] = [];
  for (const error of parsed.errors) {
    const row = error.row;
    if (row === undefined || row < 0 || row >= parsed.data.length) continue;
    const line = row + 2;
    const raw = parsed.data[row] as Record<string, unknown>;
    const extra = Array.isArray(raw.__parsed_extra) ? raw.__parsed_extra.length : 0;
    const values = Object.keys(raw).filter((k) => k !== "__parsed_extra").length + extra;
    let message: string | undefined;
    if (error.code === "TooManyFields") message = `line ${line} has ${values} values but the header has ${columns} columns: put a value that contains a comma in double quotes`;
    else if (error.code === "TooFewFields") message = `line ${line} has ${values} value${values === 1 ? "" : "s"} but the header has ${columns} columns`;
    if (message && !(errors[row] ??= []).includes(message)) errors[row].push(message);
  }
  return errors;
}

const issues = (error: z.ZodError) => error.issues.map((i) => `${String(i.path[0] ?? "row")}: ${i.message}`);

/** The vendor columns that hold a coded value, with the words people read for each code. */
const vendorChoices: Record<string, { column: string; labels: Record<string, string> }> = {
  status: { column: "Status", labels: statusLabels },
  tier: { column: "Tier", labels: tierLabels },
  dataSensitivity: { column: "Data sensitivity", labels: sensitivityLabels },
  substitutability: { column: "Substitutability", labels: substitutabilityLabels },
  securityContactAvailability: { column: "Security contact availability", labels: availabilityLabels },
};

const squash = (v: string) => v.trim().toLowerCase().replace(/[\s_-]+/g, " ");

/**
 * Reads a coded column as a person writes it: the code or the label, in any letter case ("Active", "high",
 * "SPECIAL_CATEGORY"). A value that is neither is refused in words, naming what is allowed and what was found.
 */
function readChoices(record: Record<string, string>): string[] {
  const errors: string[] = [];
  for (const [field, { column, labels }] of Object.entries(vendorChoices)) {
    const value = record[field];
    if (!value) continue;
    const code = Object.entries(labels).find(([c, label]) => squash(c) === squash(value) || squash(label) === squash(value))?.[0];
    if (code) record[field] = code;
    else {
      errors.push(`${column} must be one of ${Object.values(labels).join(", ")}; found “${value.slice(0, 60)}”`);
      delete record[field];
    }
  }
  return errors;
}

export async function planVendorImport(actor: Actor, text: string): Promise<ImportPlan<VendorImportFields>> {
  const { records, rowErrors } = parseCsv(text, vendorColumns);
  const existing = new Set((await db().vendor.findMany({ where: { organizationId: actor.organizationId }, select: { name: true } })).map((v) => v.name.toLowerCase()));
  const seen = new Set<string>();
  const plan: ImportPlan<VendorImportFields> = { rows: [], valid: [] };
  records.forEach((record, i) => {
    if (rowErrors[i]) return void plan.rows.push({ line: i + 2, label: record.name || "(no name)", errors: rowErrors[i] });
    const choiceErrors = readChoices(record);
    const parsed = vendorImportFields.safeParse({ status: "ACTIVE", dataSensitivity: "INTERNAL", ...Object.fromEntries(Object.entries(record).filter(([, v]) => v !== "")) });
    const errors = [...choiceErrors, ...(parsed.success ? [] : issues(parsed.error))];
    const key = (record.name ?? "").trim().toLowerCase();
    if (key && existing.has(key)) errors.push("name: a vendor with this name already exists");
    if (key && seen.has(key)) errors.push("name: appears twice in the file");
    seen.add(key);
    plan.rows.push({ line: i + 2, label: record.name || "(no name)", errors });
    if (parsed.success && !errors.length) plan.valid.push(parsed.data);
  });
  return plan;
}

type ChannelImport = ChannelFields & { vendorId: string };

/** Ids by name, compared without case as the file's names are; a name several records share (in different case) maps to null. */
function byName(records: { id: string; name: string }[]) {
  const map = new Map<string, string | null>();
  for (const r of records) {
    const key = r.name.toLowerCase();
    map.set(key, map.has(key) ? null : r.id);
  }
  return map;
}

export async function planChannelImport(actor: Actor, text: string): Promise<ImportPlan<ChannelImport>> {
  const { records, rowErrors } = parseCsv(text, channelColumns);
  const [vendors, systems, channels] = await Promise.all([
    db().vendor.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, name: true } }),
    db().system.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, name: true } }),
    db().accessChannel.findMany({ where: { organizationId: actor.organizationId }, select: { vendorId: true, name: true } }),
  ]);
  const taken = new Set(channels.map((c) => `${c.vendorId}/${c.name.toLowerCase()}`));
  const vendorByName = byName(vendors);
  const systemByName = byName(systems);
  const plan: ImportPlan<ChannelImport> = { rows: [], valid: [] };
  records.forEach((record, i) => {
    if (rowErrors[i]) return void plan.rows.push({ line: i + 2, label: `${record.vendor ?? "?"}: ${record.name || "(no name)"}`, errors: rowErrors[i] });
    const errors: string[] = [];
    const vendorId = vendorByName.get((record.vendor ?? "").toLowerCase());
    if (vendorId === undefined) errors.push(`vendor: no vendor named “${record.vendor ?? ""}”`);
    if (vendorId === null) errors.push(`vendor: several vendors are named “${record.vendor}” (in different case); rename one of them first`);
    const systemNames = (record.systems ?? "").split(";").map((s) => s.trim()).filter(Boolean);
    const systemIds = systemNames.map((name) => {
      const id = systemByName.get(name.toLowerCase());
      if (id === undefined) errors.push(`systems: no system named “${name}”`);
      if (id === null) errors.push(`systems: several systems are named “${name}” (in different case); rename one of them first`);
      return id ?? "";
    });
    const fields = Object.entries(record).filter(([k, v]) => v !== "" && k !== "vendor" && k !== "systems");
    const parsed = channelFields.safeParse({ ...Object.fromEntries(fields), systemIds: systemIds.filter(Boolean) });
    // A system name that matched nothing already says why the channel reaches none.
    const systemsNamed = errors.some((e) => e.startsWith("systems:"));
    if (!parsed.success) errors.push(...issues(parsed.error).filter((e) => !(systemsNamed && e.startsWith("systemIds:"))));
    const channelKey = `${vendorId}/${(record.name ?? "").toLowerCase()}`;
    if (vendorId && record.name && taken.has(channelKey)) errors.push("name: this vendor already has a channel with this name (or it appears twice in the file)");
    taken.add(channelKey);
    plan.rows.push({ line: i + 2, label: `${record.vendor ?? "?"}: ${record.name || "(no name)"}`, errors });
    if (parsed.success && vendorId && !errors.length) plan.valid.push({ ...parsed.data, vendorId });
  });
  return plan;
}

/**
 * Imports the file only if every row is valid; otherwise writes nothing. Returns how many were created. `onProgress`
 * hears every 500 rows written (inside the transaction: nothing is visible to others until the end).
 */
export async function commitImport(actor: Actor, kind: ImportKind, text: string, onProgress?: (rows: number) => void): Promise<number> {
  assertCanEditRegister(actor);
  const plan = kind === "vendors" ? await planVendorImport(actor, text) : await planChannelImport(actor, text);
  if (plan.rows.some((r) => r.errors.length)) throw new ActionError("Some rows have errors: nothing was imported. Fix them and upload the file again.");
  await db().$transaction(
    async (tx) => {
      let written = 0;
      const progress = () => {
        written += 1;
        if (written % 500 === 0) onProgress?.(written);
      };
      if (kind === "vendors") {
        for (const { securityContactName, securityContactPhone, securityContactEmail, securityContactAvailability, ...input } of plan.valid as VendorImportFields[]) {
          const vendor = await tx.vendor.create({ data: { ...input, organizationId: actor.organizationId } });
          if (securityContactName || securityContactPhone || securityContactEmail || securityContactAvailability) {
            await tx.vendorContact.create({
              data: {
                organizationId: actor.organizationId,
                vendorId: vendor.id,
                name: securityContactName ?? "Security contact",
                phone: securityContactPhone,
                email: securityContactEmail,
                availability: securityContactAvailability,
                isSecurityContact: true,
              },
            });
          }
          if (input.tier) {
            await tx.vendorTierChange.create({
              data: { organizationId: actor.organizationId, vendorId: vendor.id, toTier: input.tier, reason: input.tierReason ?? "Imported", changedByEmail: actor.email },
            });
          }
          progress();
        }
      } else {
        for (const { systemIds, vendorId, ...input } of plan.valid as ChannelImport[]) {
          await tx.accessChannel.create({
            data: { ...input, vendorId, organizationId: actor.organizationId, systems: { create: systemIds.map((systemId) => ({ systemId })) } },
          });
          progress();
        }
      }
      await recordAudit(tx, { ...auditActor(actor), action: `import.${kind}`, entityType: kind === "vendors" ? "Vendor" : "AccessChannel", after: { rows: plan.valid.length } });
    },
    { timeout: 120_000 },
  );
  return plan.valid.length;
}

export const importTemplates: Record<ImportKind, string[]> = { vendors: VENDOR_CSV_HEADER, channels: CHANNEL_CSV_HEADER.filter((h) => channelColumns[h]) };
