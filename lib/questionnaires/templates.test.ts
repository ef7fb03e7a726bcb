import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createOrganization } from "@/tests/factories";
import { BUILT_IN_TEMPLATES } from "./built-in";
import { templateFileSchema, yesNoOptions, type TemplateContent } from "./template-schema";
import {
  addBuiltInTemplates,
  createDraftFromLatest,
  createTemplate,
  discardDraft,
  exportVersion,
  importTemplate,
  parseContent,
  publishVersion,
  saveDraft,
} from "./templates";

const content = (text: string): TemplateContent => ({
  sections: [
    {
      key: "s1",
      title: "Access",
      questions: [{ key: "mfa", text, type: "YES_NO", options: yesNoOptions(), weight: 5, required: true, domain: "AUTHENTICATION", evidenceRequired: false }],
    },
  ],
});

async function setup() {
  const org = await createOrganization();
  const { actor } = await createMember(org.id, "SECURITY_MANAGER");
  return { org, actor };
}

describe("template versions", () => {
  it("edits a draft, publishes it, and never changes a published version again", async () => {
    const { actor } = await setup();
    const { template, draft } = await createTemplate(actor, { name: "Remote tools", description: null });
    const v2 = await saveDraft(actor, draft.id, draft.version, content("Is MFA enforced on your console?"));
    await publishVersion(actor, draft.id);

    await expect(saveDraft(actor, draft.id, v2, content("Changed after publishing"))).rejects.toThrow(/published/);
    // The database refuses it too, whoever writes.
    await expect(db().templateVersion.update({ where: { id: draft.id }, data: { content: content("Sneaky") as object } })).rejects.toThrow();
    const stored = await db().templateVersion.findUniqueOrThrow({ where: { id: draft.id } });
    expect(parseContent(stored.content).sections[0]!.questions[0]!.text).toBe("Is MFA enforced on your console?");

    const next = await createDraftFromLatest(actor, template.id);
    expect(next.number).toBe(2);
    expect(next.status).toBe("DRAFT");
    expect(parseContent(next.content)).toEqual(parseContent(stored.content));
    // Asking again returns the same draft: at most one per template.
    expect((await createDraftFromLatest(actor, template.id)).id).toBe(next.id);
    await saveDraft(actor, next.id, next.version, content("Is MFA enforced for every technician?"));
    expect(parseContent((await db().templateVersion.findUniqueOrThrow({ where: { id: draft.id } })).content)).toEqual(parseContent(stored.content));
  });

  it("detects two editors saving the same draft", async () => {
    const { actor } = await setup();
    const { draft } = await createTemplate(actor, { name: "Concurrent", description: null });
    await saveDraft(actor, draft.id, draft.version, content("First editor"));
    await expect(saveDraft(actor, draft.id, draft.version, content("Second editor"))).rejects.toThrow(/changed by someone else/);
  });

  it("does not let executives or vendors change templates, and hides other organizations' templates", async () => {
    const { org, actor } = await setup();
    const { draft } = await createTemplate(actor, { name: "Guarded", description: null });
    const { actor: executive } = await createMember(org.id, "EXECUTIVE");
    await expect(saveDraft(executive, draft.id, draft.version, content("Exec edit"))).rejects.toThrow(/Only security managers/);
    await expect(publishVersion(executive, draft.id)).rejects.toThrow(/Only security managers/);
    const other = await setup();
    await expect(saveDraft(other.actor, draft.id, draft.version, content("Cross-tenant"))).rejects.toThrow(/does not exist/);
    expect(await exportVersion(other.actor, draft.id)).toBeNull();
  });

  it("exports a version as JSON that imports into another organization as a new draft", async () => {
    const { actor } = await setup();
    const { draft } = await createTemplate(actor, { name: "Portable", description: "Travels well" });
    await saveDraft(actor, draft.id, draft.version, content("Portable question"));
    const file = await exportVersion(actor, draft.id);
    expect(templateFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
    const other = await setup();
    const imported = await importTemplate(other.actor, file!);
    expect(imported.template.organizationId).toBe(other.org.id);
    expect(imported.draft.status).toBe("DRAFT");
    expect(parseContent(imported.draft.content)).toEqual(file!.content);
  });

  it("discarding the only draft removes the template; built-ins are added once", async () => {
    const { org, actor } = await setup();
    const { template, draft } = await createTemplate(actor, { name: "Short-lived", description: null });
    expect(await discardDraft(actor, draft.id)).toBeNull();
    expect(await db().questionnaireTemplate.count({ where: { id: template.id } })).toBe(0);
    expect(await addBuiltInTemplates(actor)).toBe(BUILT_IN_TEMPLATES.length);
    expect(await addBuiltInTemplates(actor)).toBe(0);
    expect(await db().templateVersion.count({ where: { organizationId: org.id, status: "PUBLISHED" } })).toBe(BUILT_IN_TEMPLATES.length);
  });
});
