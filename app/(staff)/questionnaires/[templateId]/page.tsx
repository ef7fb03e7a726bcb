import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateBuilder } from "@/components/questionnaires/template-builder";
import { TemplatePreview } from "@/components/questionnaires/template-preview";
import { Alert } from "@/components/ui/alert";
import { DownloadLink } from "@/components/ui/button";
import { FormPanel, PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { getTemplate, parseContent } from "@/lib/questionnaires/templates";
import { DiscardDraftButton, NewDraftButton, PublishButton, RenameTemplateForm } from "./version-actions";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Questionnaire template" };

export default async function TemplatePage({ params, searchParams }: { params: Promise<{ templateId: string }>; searchParams: Promise<{ v?: string; published?: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const template = await getTemplate(actor, (await params).templateId);
  if (!template) notFound();
  const canEdit = EDITOR_ROLES.includes(actor.role);
  const sp = await searchParams;
  const requested = Number(sp.v);
  const version = template.versions.find((v) => v.number === requested) ?? template.versions[0];
  if (!version) notFound();
  const draft = template.versions.find((v) => v.status === "DRAFT");
  const content = parseContent(version.content);
  const questionCount = content.sections.reduce((n, s) => n + s.questions.length, 0);
  return (
    <>
      <PageHeader
        title={template.name}
        description={template.description ?? undefined}
        crumbs={[{ href: "/questionnaires", label: "Questionnaires" }]}
        actions={
          <DownloadLink href={`/api/questionnaires/versions/${version.id}`} variant="secondary">
            Export version {version.number} (JSON)
          </DownloadLink>
        }
      />
      <nav aria-label="Versions" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600 dark:text-slate-400">Versions:</span>
        {template.versions.map((v) => (
          <Link
            key={v.id}
            href={`/questionnaires/${template.id}?v=${v.number}`}
            aria-current={v.id === version.id ? "page" : undefined}
            className={`rounded-md border px-2 py-0.5 ${v.id === version.id ? "border-accent-700 font-semibold" : "border-slate-300 dark:border-slate-700"}`}
          >
            {v.number} · {v.status === "DRAFT" ? "draft" : "published"}
            {v._count.assessments ? ` · sent ${v._count.assessments}×` : ""}
          </Link>
        ))}
      </nav>
      {sp.published && version.status === "PUBLISHED" && (
        <div className="mb-4">
          <Alert tone="success">Published. Version {version.number} can now be sent to vendors and will not change.</Alert>
        </div>
      )}
      <div className="grid items-start gap-6 xl:grid-cols-[1fr_20rem]">
        <div>
          {version.status === "DRAFT" && canEdit ? (
            <TemplateBuilder versionId={version.id} initialVersion={version.version} initialContent={content} />
          ) : (
            <>
              {version.status === "DRAFT" && <Alert>This version is a draft; it cannot be sent until it is published.</Alert>}
              <TemplatePreview content={content} />
            </>
          )}
        </div>
        <aside className="space-y-4">
          <FormPanel id="version" title={`Version ${version.number}`}>
            <p className="mb-3 text-sm">
              <Badge tone={version.status === "DRAFT" ? "amber" : "green"}>{version.status === "DRAFT" ? "Draft" : "Published"}</Badge>{" "}
              {countOf(content.sections.length, "section")}, {countOf(questionCount, "question")}.
              {version.publishedAt && ` Published ${version.publishedAt.toISOString().slice(0, 10)} by ${version.publishedByEmail ?? "Chainward"}.`}
            </p>
            {canEdit && version.status === "DRAFT" && (
              <div className="flex flex-wrap gap-2">
                <PublishButton versionId={version.id} number={version.number} />
                <DiscardDraftButton versionId={version.id} number={version.number} />
              </div>
            )}
            {canEdit && version.status === "PUBLISHED" &&
              (draft ? (
                <Link href={`/questionnaires/${template.id}?v=${draft.number}`} className="text-sm text-accent-800 underline dark:text-accent-300">
                  Continue the draft (version {draft.number})
                </Link>
              ) : (
                <NewDraftButton templateId={template.id} />
              ))}
          </FormPanel>
          {canEdit && (
            <FormPanel id="rename" title="Name and purpose">
              <RenameTemplateForm templateId={template.id} name={template.name} description={template.description} />
            </FormPanel>
          )}
        </aside>
      </div>
    </>
  );
}
