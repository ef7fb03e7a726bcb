"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guard";
import { ActionError } from "@/lib/errors";
import { failed, type FormState } from "@/lib/forms";
import { Prisma } from "@/lib/generated/prisma/client";
import { UPLOAD_LIMITS } from "@/lib/uploads";
import { backupSchema, importOrganization } from "./organization";
import { countOf } from "@/lib/format";

export async function importOrganizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return failed("Choose a backup file first.", formData, { file: ["Choose a JSON file"] });
  if (file.size > UPLOAD_LIMITS.backup.maxBytes) return failed(UPLOAD_LIMITS.backup.tooLarge, formData, { file: ["File too large"] });
  let parsed;
  try {
    parsed = backupSchema.safeParse(JSON.parse(await file.text()));
  } catch {
    return failed("The file is not valid JSON.", formData, { file: ["Not JSON"] });
  }
  if (!parsed.success) return failed("This is not a Chainward organization backup.", formData, { file: ["Not a backup"] });
  try {
    const counts = await importOrganization(actor, parsed.data);
    revalidatePath("/", "layout");
    return { ok: true, message: `Imported ${countOf(counts.vendors ?? 0, "vendor")}, ${countOf(counts.channels ?? 0, "access channel")}, ${countOf(counts.assessments ?? 0, "assessment")} and ${countOf(counts.findings ?? 0, "finding")}.` };
  } catch (error) {
    if (error instanceof ActionError) return failed(error.message, formData);
    // A value of the wrong type for its column: the file was edited or comes from an incompatible version.
    if (error instanceof Prisma.PrismaClientValidationError || error instanceof Prisma.PrismaClientKnownRequestError)
      return failed("The backup contains values Chainward cannot read; nothing was imported.", formData);
    throw error;
  }
}
