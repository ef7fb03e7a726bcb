"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { ActionError } from "@/lib/errors";
import { failed, handleForm, type FormState } from "@/lib/forms";
import { UPLOAD_LIMITS } from "@/lib/uploads";
import { id, optionalText, text } from "@/lib/validation";
import { templateContentSchema, templateFileSchema } from "./template-schema";
import {
  addBuiltInTemplates,
  createDraftFromLatest,
  createTemplate,
  discardDraft,
  importTemplate,
  publishVersion,
  renameTemplate,
  saveDraft,
} from "./templates";
import { countOf } from "@/lib/format";

const templateFields = z.object({ name: text(200, "The name"), description: optionalText(2000) });

export async function createTemplateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let templateId = "";
  const state = await handleForm(formData, templateFields, async (input) => {
    templateId = (await createTemplate(actor, input)).template.id;
  });
  if (!state.ok) return state;
  redirect(`/questionnaires/${templateId}`);
}

export async function renameTemplateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, templateFields.extend({ templateId: id() }), async ({ templateId, ...input }) => {
    await renameTemplate(actor, templateId, input);
    revalidatePath(`/questionnaires/${templateId}`);
    return { ok: true, message: "Name saved." };
  });
}

export async function importTemplateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return failed("Choose a template file first.", formData, { file: ["Choose a JSON file"] });
  if (file.size > UPLOAD_LIMITS.template.maxBytes) return failed(UPLOAD_LIMITS.template.tooLarge, formData, { file: ["File too large"] });
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return failed("The file is not valid JSON.", formData, { file: ["Not JSON"] });
  }
  const parsed = templateFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return failed(`This is not a Chainward template file: ${first.message} (at ${first.path.join(".") || "the top level"}).`, formData, { file: ["Not a template"] });
  }
  let templateId = "";
  try {
    templateId = (await importTemplate(actor, parsed.data)).template.id;
  } catch (error) {
    if (error instanceof ActionError) return failed(error.message, formData, { file: [error.message] });
    throw error;
  }
  redirect(`/questionnaires/${templateId}`);
}

export type SaveDraftResult = { ok: true; version: number } | { ok: false; message: string; issues?: { path: (string | number)[]; message: string }[] };

/** The builder saves the whole draft document; every rule of the template schema is checked here again. */
export async function saveDraftAction(versionId: string, expectedVersion: number, content: unknown): Promise<SaveDraftResult> {
  const actor = await requireRole(...EDITOR_ROLES);
  const args = z.object({ versionId: id(), expectedVersion: z.number().int().min(1) }).safeParse({ versionId, expectedVersion });
  if (!args.success) return { ok: false, message: "This request is not valid." };
  const parsed = templateContentSchema.safeParse(content);
  if (!parsed.success) {
    return {
      ok: false,
      message: "The draft was not saved: correct the marked questions.",
      issues: parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })),
    };
  }
  try {
    return { ok: true, version: await saveDraft(actor, args.data.versionId, args.data.expectedVersion, parsed.data) };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, message: error.message };
    throw error;
  }
}

const versionIdSchema = z.object({ versionId: id() });

export async function publishVersionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let published = { templateId: "", number: 0 };
  const state = await handleForm(formData, versionIdSchema, async ({ versionId }) => {
    published = await publishVersion(actor, versionId);
  });
  if (!state.ok) return state;
  revalidatePath("/questionnaires");
  redirect(`/questionnaires/${published.templateId}?v=${published.number}&published=1`);
}

export async function newDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let templateId = "";
  let number = 0;
  const state = await handleForm(formData, z.object({ templateId: id() }), async (input) => {
    templateId = input.templateId;
    number = (await createDraftFromLatest(actor, input.templateId)).number;
  });
  if (!state.ok) return state;
  redirect(`/questionnaires/${templateId}?v=${number}`);
}

export async function discardDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let templateId: string | null = null;
  const state = await handleForm(formData, versionIdSchema, async ({ versionId }) => {
    templateId = await discardDraft(actor, versionId);
  });
  if (!state.ok) return state;
  revalidatePath("/questionnaires");
  redirect(templateId ? `/questionnaires/${templateId}` : "/questionnaires");
}

export async function addBuiltInTemplatesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, z.object({}), async () => {
    const added = await addBuiltInTemplates(actor);
    revalidatePath("/questionnaires");
    return { ok: true, message: added ? `${countOf(added, "built-in template")} added.` : "You already have every built-in template." };
  });
}
