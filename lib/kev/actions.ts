"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guard";
import { failed, type FormState } from "@/lib/forms";
import { ActionError } from "@/lib/errors";
import { UPLOAD_LIMITS } from "@/lib/uploads";
import { importKevCatalog } from "./kev";
import { countOf } from "@/lib/format";

export async function importKevAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return failed("Choose the catalog file first.", formData, { file: ["Choose a JSON file"] });
  if (file.size > UPLOAD_LIMITS.kevCatalog.maxBytes) return failed(UPLOAD_LIMITS.kevCatalog.tooLarge, formData, { file: ["File too large"] });
  try {
    const result = await importKevCatalog(actor, await file.text());
    revalidatePath("/kev");
    revalidatePath("/admin/kev");
    const kept = result.kept?.entries
      ? ` ${result.kept.entries} ${result.kept.entries === 1 ? "entry differs" : "entries differ"} from the catalog released on ${result.kept.newerReleased.toISOString().slice(0, 10)}, imported before; this older file changed none of them.`
      : "";
    return {
      ok: true,
      message: `Catalog ${result.catalogVersion} imported: ${countOf(result.entries, "entry", "entries")}, ${result.added} new, ${result.updated} updated.${kept}`,
    };
  } catch (error) {
    if (error instanceof ActionError) return failed(error.message, formData);
    throw error;
  }
}
