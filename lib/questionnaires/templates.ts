// Questionnaire templates and their versions. A draft is edited as a whole document (with optimistic concurrency);
// publishing freezes it; editing a published template starts the next draft from it.
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { onDuplicate } from "@/lib/db/errors";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BUILT_IN_TEMPLATES } from "./built-in";
import { templateContentSchema, yesNoOptions, type TemplateContent, type TemplateFile } from "./template-schema";
import { isRecordId } from "@/lib/validation";

type Tx = Prisma.TransactionClient;

export function assertCanEditTemplates(actor: Actor) {
  if (!EDITOR_ROLES.includes(actor.role)) throw new ActionError("Only security managers and administrators can change questionnaire templates.");
}

/** A stored version's document, checked again on the way out: nothing malformed reaches a page or a score. */
export function parseContent(content: Prisma.JsonValue): TemplateContent {
  return templateContentSchema.parse(content);
}

const STARTER_CONTENT: TemplateContent = {
  sections: [
    {
      key: "general",
      title: "General",
      questions: [
        {
          key: "policy",
          text: "Do you maintain a written information security policy approved by management?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 3,
          required: true,
          domain: "GOVERNANCE",
          evidenceRequired: false,
        },
      ],
    },
  ],
};

export async function listTemplates(actor: Actor) {
  if (actor.role === "VENDOR") return [];
  return db().questionnaireTemplate.findMany({
    where: { organizationId: actor.organizationId },
    include: { versions: { select: { id: true, number: true, status: true, publishedAt: true, updatedAt: true }, orderBy: { number: "desc" } } },
    orderBy: { name: "asc" },
  });
}

export async function getTemplate(actor: Actor, id: string) {
  if (actor.role === "VENDOR" || !isRecordId(id)) return null;
  return db().questionnaireTemplate.findFirst({
    where: { id, organizationId: actor.organizationId },
    include: { versions: { orderBy: { number: "desc" }, include: { _count: { select: { assessments: true } } } } },
  });
}

/** Published versions the organization can send, newest first per template. */
export async function listSendableVersions(actor: Actor) {
  return db().templateVersion.findMany({
    where: { organizationId: actor.organizationId, status: "PUBLISHED" },
    select: { id: true, number: true, template: { select: { id: true, name: true, builtInKey: true } } },
    orderBy: [{ template: { name: "asc" } }, { number: "desc" }],
  });
}

async function createWithDraft(tx: Tx, actor: Actor, name: string, description: string | null, content: TemplateContent) {
  const template = await tx.questionnaireTemplate
    .create({ data: { organizationId: actor.organizationId, name, description } })
    .catch(onDuplicate("A template with this name already exists", "name"));
  const draft = await tx.templateVersion.create({
    data: { organizationId: actor.organizationId, templateId: template.id, number: 1, content: content as Prisma.InputJsonObject },
  });
  await recordAudit(tx, { ...auditActor(actor), action: "template.created", entityType: "QuestionnaireTemplate", entityId: template.id, after: { name } });
  return { template, draft };
}

export async function createTemplate(actor: Actor, input: { name: string; description: string | null }) {
  assertCanEditTemplates(actor);
  return db().$transaction((tx) => createWithDraft(tx, actor, input.name, input.description, STARTER_CONTENT));
}

export async function importTemplate(actor: Actor, file: TemplateFile) {
  assertCanEditTemplates(actor);
  return db().$transaction((tx) => createWithDraft(tx, actor, file.name, file.description ?? null, file.content));
}

async function findVersion(tx: Tx, actor: Actor, versionId: string) {
  const version = await tx.templateVersion.findFirst({ where: { id: versionId, organizationId: actor.organizationId }, include: { template: true } });
  if (!version) throw new NotFoundError("template version");
  return version;
}

export async function saveDraft(actor: Actor, versionId: string, expectedVersion: number, content: TemplateContent) {
  assertCanEditTemplates(actor);
  return db().$transaction(async (tx) => {
    const version = await findVersion(tx, actor, versionId);
    if (version.status !== "DRAFT") throw new ActionError("This version is published and cannot change. Create a new draft to edit it.");
    const { count } = await tx.templateVersion.updateMany({
      where: { id: versionId, version: expectedVersion, status: "DRAFT" },
      data: { content: content as Prisma.InputJsonObject, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError("draft");
    return expectedVersion + 1;
  });
}

export async function renameTemplate(actor: Actor, templateId: string, input: { name: string; description: string | null }) {
  assertCanEditTemplates(actor);
  await db().$transaction(async (tx) => {
    const before = await tx.questionnaireTemplate.findFirst({ where: { id: templateId, organizationId: actor.organizationId } });
    if (!before) throw new NotFoundError("template");
    await tx.questionnaireTemplate.update({ where: { id: templateId }, data: input }).catch(onDuplicate("A template with this name already exists", "name"));
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "template.renamed",
      entityType: "QuestionnaireTemplate",
      entityId: templateId,
      before: { name: before.name, description: before.description },
      after: input,
    });
  });
}

export async function publishVersion(actor: Actor, versionId: string) {
  assertCanEditTemplates(actor);
  return db().$transaction(async (tx) => {
    const version = await findVersion(tx, actor, versionId);
    if (version.status !== "DRAFT") throw new ActionError("This version is already published.");
    const content = templateContentSchema.safeParse(version.content);
    if (!content.success) throw new ActionError("The draft has errors; open it in the builder and save it again.");
    await tx.templateVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedAt: new Date(), publishedByEmail: actor.email } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "template.published",
      entityType: "TemplateVersion",
      entityId: versionId,
      after: { template: version.template.name, number: version.number },
    });
    return { templateId: version.templateId, number: version.number };
  });
}

/** The next draft starts as a copy of the newest version; there is at most one draft per template. */
export async function createDraftFromLatest(actor: Actor, templateId: string) {
  assertCanEditTemplates(actor);
  return db().$transaction(async (tx) => {
    const latest = await tx.templateVersion.findFirst({ where: { templateId, organizationId: actor.organizationId }, orderBy: { number: "desc" } });
    if (!latest) throw new NotFoundError("template");
    if (latest.status === "DRAFT") return latest;
    const draft = await tx.templateVersion
      .create({ data: { organizationId: actor.organizationId, templateId, number: latest.number + 1, content: latest.content as Prisma.InputJsonObject } })
      .catch(onDuplicate("Someone else started a new draft a moment ago; reload the page.", "template"));
    await recordAudit(tx, { ...auditActor(actor), action: "template.draft_created", entityType: "TemplateVersion", entityId: draft.id, after: { number: draft.number } });
    return draft;
  });
}

/** Throws away an unpublished draft (a template whose only version is the draft goes with it). */
export async function discardDraft(actor: Actor, versionId: string) {
  assertCanEditTemplates(actor);
  return db().$transaction(async (tx) => {
    const version = await findVersion(tx, actor, versionId);
    if (version.status !== "DRAFT") throw new ActionError("Only a draft can be discarded.");
    const others = await tx.templateVersion.count({ where: { templateId: version.templateId, id: { not: versionId } } });
    if (others === 0) await tx.questionnaireTemplate.delete({ where: { id: version.templateId } });
    else await tx.templateVersion.delete({ where: { id: versionId } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "template.draft_discarded",
      entityType: "TemplateVersion",
      entityId: versionId,
      before: { template: version.template.name, number: version.number },
    });
    return others === 0 ? null : version.templateId;
  });
}

export async function exportVersion(actor: Actor, versionId: string): Promise<TemplateFile | null> {
  if (actor.role === "VENDOR") return null;
  const version = await db().templateVersion.findFirst({ where: { id: versionId, organizationId: actor.organizationId }, include: { template: true } });
  if (!version) return null;
  return {
    format: "chainward-questionnaire-template",
    formatVersion: 1,
    name: version.template.name,
    ...(version.template.description ? { description: version.template.description } : {}),
    content: parseContent(version.content),
  };
}

/** Adds the built-in templates the organization does not have yet, each as a published version 1. */
export async function installBuiltInTemplates(tx: Tx, organizationId: string) {
  const existing = new Set(
    (await tx.questionnaireTemplate.findMany({ where: { organizationId, builtInKey: { not: null } }, select: { builtInKey: true } })).map((t) => t.builtInKey),
  );
  let added = 0;
  for (const builtIn of BUILT_IN_TEMPLATES) {
    if (existing.has(builtIn.key)) continue;
    await tx.questionnaireTemplate.create({
      data: {
        organizationId,
        name: builtIn.name,
        description: builtIn.description,
        builtInKey: builtIn.key,
        versions: { create: { organizationId, number: 1, status: "PUBLISHED", publishedAt: new Date(), content: builtIn.content as Prisma.InputJsonObject } },
      },
    });
    added += 1;
  }
  return added;
}

export async function addBuiltInTemplates(actor: Actor) {
  assertCanEditTemplates(actor);
  return db().$transaction(async (tx) => {
    const added = await installBuiltInTemplates(tx, actor.organizationId);
    if (added) await recordAudit(tx, { ...auditActor(actor), action: "template.built_ins_added", entityType: "QuestionnaireTemplate", after: { added } });
    return added;
  });
}
