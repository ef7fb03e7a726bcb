// CSV import of vendors and access channels: every row is checked with the same schemas as the forms, a preview
// lists each row's problems and which columns were read, and the import runs in one transaction: all rows or none, or
// (when the person chooses it) only the valid rows, handing back the refused ones as a CSV file to fix.
import Papa from "papaparse";
import { z } from "zod";
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { channelKindLabels, directionLabels, privilegeLabels } from "@/lib/channels/labels";
import { channelFields, type ChannelFields } from "@/lib/channels/schema";
import { csvRow } from "@/lib/csv";
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

/** The file's columns as its header names them: those the import reads, and those it ignores (unknown to it). */
export interface ImportColumns {
  recognised: string[];
  ignored: string[];
}

export interface ImportPlan<T> {
  rows: PreviewRow[];
  valid: T[];
  columns: ImportColumns;
  /** The file as read: its header and each row's values in the file's order, aligned with `rows`. */
  source: { header: string[]; values: string[][] };
}

/**
 * Lines before the header that start with "#" are notes, such as the template's allowed values, and are skipped
 * (blank lines there too). Only before the header: a vendor named "#1 Hosting" further down is a row like any other.
 */
function leadingNotes(text: string): { body: string; skipped: number } {
  let position = 0;
  let skipped = 0;
  while (position < text.length) {
    const end = text.indexOf("\n", position);
    const line = text.slice(position, end === -1 ? text.length : end);
    if (line.trim() !== "" && !/^"?#/.test(line.trimStart())) break;
    skipped += 1;
    position = end === -1 ? text.length : end + 1;
  }
  return { body: text.slice(position), skipped };
}

function parseCsv(text: string, columns: Record<string, string>) {
  const { body, skipped } = leadingNotes(text.replace(/^\uFEFF/, ""));
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const headers = parsed.meta.fields ?? [];
  const required = Object.keys(columns).filter((c) => ["Name", "Vendor", "Channel"].includes(c));
  const missing = required.filter((c) => !headers.includes(c));
  if (missing.length) throw new ActionError(`The file has no ${missing.map((m) => `“${m}”`).join(" or ")} column. Use the header row of the CSV export.`, "file");
  // A column the import does not know (or, like "Disabled on", does not take) is read over, and the preview says so.
  const named = headers.filter((h) => h !== "");
  const recognised = named.filter((h) => columns[h]);
  if (parsed.data.length > MAX_IMPORT_ROWS) throw new ActionError(`The file has ${parsed.data.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`, "file");
  if (!parsed.data.length) throw new ActionError("The file has a header but no rows.", "file");
  const rowErrors = shapeErrors(parsed, headers.length, body, skipped);
  const values = parsed.data.map((raw) => {
    const extra = (raw as Record<string, unknown>).__parsed_extra;
    return [...headers.map((h) => raw[h] ?? ""), ...(Array.isArray(extra) ? extra.map(String) : [])];
  });
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
  return {
    records,
    rowErrors,
    /** The line of the i-th row in the file (the header's line is one more than the notes above it). */
    line: (i: number) => i + skipped + 2,
    columns: { recognised, ignored: named.filter((h) => !columns[h]) },
    source: { header: headers, values },
  };
}

/**
 * A row whose number of values differs from the header's is refused as a whole: its values are not in the columns
 * they seem to be in, and an extra value would otherwise be dropped without a word. Indexed like the rows; the header
 * is line 1, as in the preview. A quote that does not close can swallow the rows after it, so it refuses the file,
 * naming the line where it starts.
 */
function shapeErrors(parsed: Papa.ParseResult<Record<string, string>>, columns: number, text: string, skipped: number): string[][] {
  const quotes = parsed.errors.find((e) => e.type === "Quotes");
  if (quotes) {
    const line = text.slice(0, quotes.index ?? 0).split("\n").length + skipped;
    throw new ActionError(`Line ${line} has a double quote that is not closed or not doubled: inside a quoted value, write a quote as "". Fix the file and upload it again.`, "file");
  }
  const errors: string[][] = [];
  for (const error of parsed.errors) {
    const row = error.row;
    if (row === undefined || row < 0 || row >= parsed.data.length) continue;
    const line = row + skipped + 2;
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

/** The schema's refusals as "field: message", leaving out the fields `skip` names (already refused in other words). */
const issues = (error: z.ZodError, skip: (field: string) => boolean = () => false) =>
  error.issues.filter((i) => !skip(String(i.path[0]))).map((i) => `${String(i.path[0] ?? "row")}: ${i.message}`);

type Choices = Record<string, { column: string; labels: Record<string, string> }>;

/** The vendor columns that hold a coded value, with the words people read for each code. */
const vendorChoices: Choices = {
  status: { column: "Status", labels: statusLabels },
  tier: { column: "Tier", labels: tierLabels },
  dataSensitivity: { column: "Data sensitivity", labels: sensitivityLabels },
  substitutability: { column: "Substitutability", labels: substitutabilityLabels },
  securityContactAvailability: { column: "Security contact availability", labels: availabilityLabels },
};
const channelChoices: Choices = {
  kind: { column: "Kind", labels: channelKindLabels },
  direction: { column: "Direction", labels: directionLabels },
  privilege: { column: "Privilege", labels: privilegeLabels },
};

/** What an empty Status or Data sensitivity cell means. */
const vendorDefaults = { status: "ACTIVE", dataSensitivity: "INTERNAL" } as const;

const squash = (v: string) => v.trim().toLowerCase().replace(/[\s_-]+/g, " ");

/**
 * Reads a coded column as a person writes it: the code or the label, in any letter case ("Active", "high",
 * "SPECIAL_CATEGORY"). A value that is neither is refused in words, naming what is allowed and what was found; the
 * fields refused are returned too, so that the schema does not refuse them a second time as missing.
 */
function readChoices(record: Record<string, string>, choices: Choices): { errors: string[]; refused: Set<string> } {
  const errors: string[] = [];
  const refused = new Set<string>();
  for (const [field, { column, labels }] of Object.entries(choices)) {
    const value = record[field];
    if (!value) continue;
    const code = Object.entries(labels).find(([c, label]) => squash(c) === squash(value) || squash(label) === squash(value))?.[0];
    if (code) record[field] = code;
    else {
      errors.push(`${column} must be one of ${Object.values(labels).join(", ")}; found “${value.slice(0, 60)}”`);
      refused.add(field);
      delete record[field];
    }
  }
  return { errors, refused };
}

export async function planVendorImport(actor: Actor, text: string): Promise<ImportPlan<VendorImportFields>> {
  const { records, rowErrors, line, columns, source } = parseCsv(text, vendorColumns);
  const existing = new Set((await db().vendor.findMany({ where: { organizationId: actor.organizationId }, select: { name: true } })).map((v) => v.name.toLowerCase()));
  const seen = new Set<string>();
  const plan: ImportPlan<VendorImportFields> = { rows: [], valid: [], columns, source };
  records.forEach((record, i) => {
    if (rowErrors[i]) return void plan.rows.push({ line: line(i), label: record.name || "(no name)", errors: rowErrors[i] });
    const choices = readChoices(record, vendorChoices);
    const parsed = vendorImportFields.safeParse({ ...vendorDefaults, ...Object.fromEntries(Object.entries(record).filter(([, v]) => v !== "")) });
    const errors = [...choices.errors, ...(parsed.success ? [] : issues(parsed.error))];
    const key = (record.name ?? "").trim().toLowerCase();
    if (key && existing.has(key)) errors.push("name: a vendor with this name already exists");
    if (key && seen.has(key)) errors.push("name: appears twice in the file");
    seen.add(key);
    plan.rows.push({ line: line(i), label: record.name || "(no name)", errors });
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
  const { records, rowErrors, line, columns, source } = parseCsv(text, channelColumns);
  const [vendors, systems, channels] = await Promise.all([
    db().vendor.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, name: true } }),
    db().system.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, name: true } }),
    db().accessChannel.findMany({ where: { organizationId: actor.organizationId }, select: { vendorId: true, name: true } }),
  ]);
  const taken = new Set(channels.map((c) => `${c.vendorId}/${c.name.toLowerCase()}`));
  const vendorByName = byName(vendors);
  const systemByName = byName(systems);
  const plan: ImportPlan<ChannelImport> = { rows: [], valid: [], columns, source };
  records.forEach((record, i) => {
    if (rowErrors[i]) return void plan.rows.push({ line: line(i), label: `${record.vendor ?? "?"}: ${record.name || "(no name)"}`, errors: rowErrors[i] });
    const choices = readChoices(record, channelChoices);
    const errors: string[] = [...choices.errors];
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
    if (!parsed.success) errors.push(...issues(parsed.error, (field) => choices.refused.has(field) || (systemsNamed && field === "systemIds")));
    const channelKey = `${vendorId}/${(record.name ?? "").toLowerCase()}`;
    if (vendorId && record.name && taken.has(channelKey)) errors.push("name: this vendor already has a channel with this name (or it appears twice in the file)");
    taken.add(channelKey);
    plan.rows.push({ line: line(i), label: `${record.vendor ?? "?"}: ${record.name || "(no name)"}`, errors });
    if (parsed.success && vendorId && !errors.length) plan.valid.push({ ...parsed.data, vendorId });
  });
  return plan;
}

/** The refused rows as a CSV file to fix and import again: a "Reason" column first, then the file's own columns. */
export function refusedRowsCsv(plan: ImportPlan<unknown>): string {
  // A file that is itself a list of refused rows has a "Reason" column already: the new reasons replace it.
  const keep = plan.source.header.map((h, i) => (h.toLowerCase() === "reason" ? -1 : i)).filter((i) => i >= 0);
  const lines = plan.rows.flatMap((row, i) => {
    if (!row.errors.length) return [];
    const values = plan.source.values[i]!;
    const extra = values.slice(plan.source.header.length);
    return [csvRow([row.errors.join("; "), ...keep.map((k) => values[k]), ...extra])];
  });
  return `\uFEFF${csvRow(["Reason", ...keep.map((k) => plan.source.header[k])])}${lines.join("")}`;
}

export interface ImportOptions {
  /** Import the valid rows and refuse the others, instead of refusing the whole file when any row has an error. */
  validOnly?: boolean;
  /** Hears every 500 rows written (inside the transaction: nothing is visible to others until the end). */
  onProgress?: (rows: number) => void;
}

export interface ImportResult {
  imported: number;
  /** The rows left out (only with `validOnly`), and the same as a CSV file with the reason for each. */
  refused: PreviewRow[];
  refusedCsv?: string;
}

/**
 * Imports the file in one transaction. By default only if every row is valid, and otherwise writes nothing; with
 * `validOnly`, the valid rows, returning the refused ones. Every row is checked again here, against the register as it
 * is now: a name taken since the preview is a refused row (or refuses the file).
 */
export async function commitImport(actor: Actor, kind: ImportKind, text: string, { validOnly = false, onProgress }: ImportOptions = {}): Promise<ImportResult> {
  assertCanEditRegister(actor);
  const plan = kind === "vendors" ? await planVendorImport(actor, text) : await planChannelImport(actor, text);
  const refused = plan.rows.filter((r) => r.errors.length);
  if (refused.length && !validOnly) throw new ActionError("Some rows have errors: nothing was imported. Fix them and upload the file again.");
  if (!plan.valid.length) throw new ActionError("No row is valid: nothing was imported. Fix the rows and upload the file again.");
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
      await recordAudit(tx, {
        ...auditActor(actor),
        action: `import.${kind}`,
        entityType: kind === "vendors" ? "Vendor" : "AccessChannel",
        after: { rows: plan.valid.length, refused: refused.length, mode: validOnly ? "valid rows" : "all rows" },
      });
    },
    { timeout: 120_000 },
  );
  return { imported: plan.valid.length, refused, refusedCsv: refused.length ? refusedRowsCsv(plan) : undefined };
}

export const importTemplates: Record<ImportKind, string[]> = { vendors: VENDOR_CSV_HEADER, channels: CHANNEL_CSV_HEADER.filter((h) => channelColumns[h]) };

/** The template's example vendor: every column filled, as the import reads it. */
const exampleVendor: Record<string, string> = {
  Name: "Example Hosting GmbH", "Legal name": "Example Hosting GmbH", LEI: "", Country: "Germany", Website: "https://hosting.example", Status: statusLabels.ACTIVE,
  Tier: tierLabels.HIGH, "Tier reason": "Hosts the order system", "Business owner": "Head of IT operations", "Data sensitivity": sensitivityLabels.CONFIDENTIAL,
  "Critical or important function": "yes", Substitutability: substitutabilityLabels.DIFFICULT, "Contract start": "2026-01-01", "Contract end": "2028-12-31",
  "Renewal date": "2028-09-30", "Notice period (days)": "90", "Next review": "2027-01-15", "Security contact": "Sam Secure", "Security contact phone": "+49 30 1234567",
  "Security contact email": "security@hosting.example", "Security contact availability": availabilityLabels.ALWAYS, Services: "Managed hosting of the order system",
};

/**
 * The vendor import template: notes naming the allowed values of every coded column (lines starting with "#", which
 * the import skips), the header row and one example row. Imported as it is, it adds the example vendor.
 */
export function vendorTemplateCsv(): string {
  const defaults: Record<string, string> = { status: statusLabels[vendorDefaults.status], dataSensitivity: sensitivityLabels[vendorDefaults.dataSensitivity] };
  const notes = [
    "Chainward vendor import. Lines starting with # are notes and are skipped. Replace the example row with your vendors, one per row.",
    "Only Name is required. Dates as YYYY-MM-DD. Country: a name such as Germany, or its code DE. Critical or important function: yes or no.",
    ...Object.entries(vendorChoices).map(
      ([field, { column, labels }]) => `${column}: ${Object.values(labels).join(" | ")}${defaults[field] ? ` (empty: ${defaults[field]})` : ""}`,
    ),
  ];
  return `\uFEFF${notes.map((n) => `# ${n}\r\n`).join("")}${csvRow(VENDOR_CSV_HEADER)}${csvRow(VENDOR_CSV_HEADER.map((h) => exampleVendor[h] ?? ""))}`;
}
