"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { decodeText, type DecodedText } from "@/lib/csv";
import { ActionError } from "@/lib/errors";
import { failed, type FormState } from "@/lib/forms";
import { UPLOAD_LIMITS } from "@/lib/uploads";
import { commitImport, planChannelImport, planVendorImport, type PreviewRow } from "./imports";

export interface ImportState extends FormState {
  kind?: "vendors" | "channels";
  preview?: PreviewRow[];
  /** The checked file, sent back with the confirmation (nothing is stored between the two steps). */
  csv?: string;
  /** Shown above the preview when the file's encoding was a guess. */
  notice?: string;
}

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
    const rows = plan.rows.length;
    const bad = plan.rows.filter((r) => r.errors.length).length;
    return {
      ok: bad === 0,
      kind: kind.data,
      preview: plan.rows,
      csv: bad === 0 ? csv : undefined,
      notice,
      message: bad
        ? `${rows === 1 ? "The row has" : `${bad} of ${rows} rows have`} errors. Nothing will be imported until the file is fixed.`
        : rows === 1 ? "The row is valid." : `All ${rows} rows are valid.`,
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

/** Step 2: import the previewed file, all rows or none. */
export async function commitImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requireRole(...EDITOR_ROLES);
  const input = z.object({ kind: kindSchema, csv: z.string().min(1).max(MAX_BYTES) }).safeParse({ kind: formData.get("kind"), csv: formData.get("csv") });
  if (!input.success) return { ok: false, message: "The preview expired: upload the file again." };
  try {
    const count = await commitImport(actor, input.data.kind, input.data.csv);
    revalidatePath("/vendors");
    return { ok: true, message: `Imported ${count} ${input.data.kind === "vendors" ? "vendors" : "access channels"}.` };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, message: error.message };
    throw error;
  }
}
