import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, FormPanel, PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { BUILT_IN_TEMPLATES } from "@/lib/questionnaires/built-in";
import { listTemplates } from "@/lib/questionnaires/templates";
import { AddBuiltInsForm, CreateTemplateForm, ImportTemplateForm } from "./template-forms";

export const metadata: Metadata = { title: "Questionnaires" };

export default async function QuestionnairesPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const canEdit = EDITOR_ROLES.includes(actor.role);
  const templates = await listTemplates(actor);
  const missingBuiltIns = BUILT_IN_TEMPLATES.filter((b) => !templates.some((t) => t.builtInKey === b.key));
  return (
    <>
      <PageHeader title="Questionnaires" description="Security questionnaire templates. A published version never changes; editing creates the next draft." />
      <div className="grid items-start gap-6 xl:grid-cols-[1fr_22rem]">
        {templates.length === 0 ? (
          <EmptyState title="No questionnaire templates yet">
            Start from the three built-in templates (NIS-2 supplier baseline, remote access and update channels, general information security) or build
            your own.
            {canEdit && <div className="mt-4 flex justify-center"><AddBuiltInsForm /></div>}
          </EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Template</Th>
                <Th>Published</Th>
                <Th>Draft</Th>
              </tr>
            </thead>
            <tbody>
              {templates.map((t) => {
                const published = t.versions.find((v) => v.status === "PUBLISHED");
                const draft = t.versions.find((v) => v.status === "DRAFT");
                return (
                  <tr key={t.id}>
                    <Td>
                      <Link href={`/questionnaires/${t.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                        {t.name}
                      </Link>{" "}
                      {t.builtInKey && <Badge>Built-in</Badge>}
                      {t.description && <span className="block text-xs text-slate-600 dark:text-slate-400">{t.description}</span>}
                    </Td>
                    <Td>{published ? `Version ${published.number} · ${published.publishedAt?.toISOString().slice(0, 10)}` : "—"}</Td>
                    <Td>{draft ? <Badge tone="amber">Version {draft.number} in draft</Badge> : "—"}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        {canEdit && (
          <div className="space-y-4">
            <FormPanel id="new-template" title="New template">
              <CreateTemplateForm />
            </FormPanel>
            <FormPanel id="import-template" title="Import a template">
              <ImportTemplateForm />
            </FormPanel>
            {templates.length > 0 && missingBuiltIns.length > 0 && (
              <FormPanel id="built-ins" title="Built-in templates" description={`Not added yet: ${missingBuiltIns.map((b) => b.name).join(", ")}.`}>
                <AddBuiltInsForm />
              </FormPanel>
            )}
          </div>
        )}
      </div>
    </>
  );
}
