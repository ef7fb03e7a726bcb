"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { decodeText, type DecodedText } from "@/lib/csv";
import { ActionError } from "@/lib/errors";
import { failed, type FormState } from "@/lib/forms";
import { UPLOAD_LIMITS } from "@/lib/uploads";
import { commitImport, planChannelImport, planVendorImport, type ImportColumns, type PreviewRow } from "./imports";

export interface ImportState extends FormState {
  /** Names one check of a file: the import step below a preview belongs to that check alone. */
  checkId?: string;
  kind?: "vendors" | "channels";
  preview?: PreviewRow[];
  /** The file's columns that the import reads, and those it ignores. */
  columns?: ImportColumns;
  /** The checked file, sent back with the confirmation (nothing is stored between the two steps). */
  csv?: string;
  /** Shown above the preview when the file's encoding was a guess. */
  notice?: string;
  /** After importing the valid rows only: the rows left out, as a CSV file with a "Reason" column. */
  refused?: { count: number; csv: string };
}

/** "1 vendor", "3 access channels". */
const rows = (count: number, kind: "vendors" | "channels" | "rows") => {
  const noun = { vendors: "vendor", channels: "access channel", rows: "row" }[kind];
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
};

const MAX_BYTES = UPLOAD_LIMITS.csvImport.maxBytes;
const kindSchema = z.enum(["vendors", "channels"]);

/** The uploaded file's text, in whichever encoding it was saved (`decodeText` decides). */
async function fileText(formData: FormData): Promise<DecodedText> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) throw new ActionError("Choose a CSV file first.", "file");
  if (file.size > MAX_BYTES) throw new ActionError(UPLOAD_LIMITS.csvImport.tooLarge, "file");
  return decodeText(new Uint8Array(await file.arrayBuffer()));
}

/** Step 1: check every row and show the preview. Nothing is written. */
export async function previewImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requireRole(...EDITOR_ROLES);
  const kind = kindSchema.safeParse(formData.get("kind"));
  if (!kind.success) return failed("Choose what the file contains.", formData, { kind: ["Choose vendors or access channels"] });
  let encoding: string | undefined;
  try {
    assertCanEditRegister(actor);
    const { text: csv, encoding: readAs, notice } = await fileText(formData);
    encoding = readAs;
    const plan = kind.data === "vendors" ? await planVendorImport(actor, csv) : await planChannelImport(actor, csv);
    const total = plan.rows.length;
    const bad = plan.rows.filter((r) => r.errors.length).length;
    return {
      ok: bad === 0,
      checkId: randomUUID(),
      kind: kind.data,
      preview: plan.rows,
      columns: plan.columns,
      // With a valid row or more, the file can be imported (whole, or its valid rows only).
      csv: plan.valid.length ? csv : undefined,
      notice,
      message: bad
        ? `${total === 1 ? "The row has" : `${bad} of ${total} rows ${bad === 1 ? "has" : "have"}`} errors. Nothing will be imported until the file is fixed.`
        : total === 1 ? "The row is valid." : `All ${total} rows are valid.`,
    };
  } catch (error) {
    if (error instanceof ActionError) {
      // A file that does not fit at all (no header, unknown columns) may have been read in the wrong encoding: say which.
      const message = encoding && error.field === "file" ? `${error.message} (The file was read as ${encoding}.)` : error.message;
      return failed(message, formData, error.field ? { [error.field]: [message] } : undefined);
    }
    throw error;
  }
}

const commitSchema = z.object({ kind: kindSchema, csv: z.string().min(1).max(MAX_BYTES), mode: z.enum(["all", "valid"]).default("all") });

/** Step 2: import the previewed file: all rows or none (the default), or, when chosen, its valid rows only. */
export async function commitImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requireRole(...EDITOR_ROLES);
  const input = commitSchema.safeParse({ kind: formData.get("kind"), csv: formData.get("csv"), mode: formData.get("mode") ?? undefined });
  if (!input.success) return { ok: false, message: "The preview expired: upload the file again." };
  try {
    const { kind, csv, mode } = input.data;
    const { imported, refused, refusedCsv } = await commitImport(actor, kind, csv, { validOnly: mode === "valid" });
    revalidatePath("/vendors");
    const message = `Imported ${rows(imported, kind)}.`;
    if (!refusedCsv) return { ok: true, message };
    return {
      ok: true,
      message: `${message} ${rows(refused.length, "rows")} ${refused.length === 1 ? "was" : "were"} refused: download ${refused.length === 1 ? "it" : "them"} with the reasons, fix and import again.`,
      refused: { count: refused.length, csv: refusedCsv },
    };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, message: error.message };
    throw error;
  }
}
