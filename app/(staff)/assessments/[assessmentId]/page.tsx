import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/questionnaires/evidence-list";
import { RaiseFindingDisclosure } from "@/components/questionnaires/finding-form";
import { ScoreTable } from "@/components/questionnaires/score-table";
import { AssessmentStatusBadge, FindingStatusBadge, SeverityBadge } from "@/components/questionnaires/status";
import { Alert } from "@/components/ui/alert";
import { Card, FormPanel, PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { EDITABLE_STATUSES, REVIEWABLE_STATUSES, getAssessment, unflaggedAnswerKeys } from "@/lib/assessments/assessments";
import { CONTROL_DOMAINS } from "@/lib/questionnaires/domains";
import { daysUntil } from "@/lib/dates";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { formatAnswer, visibleQuestionKeys } from "@/lib/questionnaires/answers";
import { scoreAssessment, type DomainScore } from "@/lib/questionnaires/scoring";
import { CancelAssessmentButton, ClarificationForm, AcceptUnflaggedButton, CompleteReviewButton, VerdictButtons } from "./review-forms";

export const metadata: Metadata = { title: "Assessment review" };

export default async function AssessmentReviewPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ completed?: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const data = await getAssessment(actor, (await params).assessmentId);
  if (!data) notFound();
  const { assessment, content, answers } = data;
  const canReview = EDITOR_ROLES.includes(actor.role) && REVIEWABLE_STATUSES.includes(assessment.status);
  const answerRows = new Map(assessment.answers.map((a) => [a.questionKey, a]));
  const unflagged = canReview
    ? unflaggedAnswerKeys(content, answers, data.evidenceCounts, new Map(assessment.answers.map((a) => [a.questionKey, a.verdict]))).length
    : 0;
  const visible = visibleQuestionKeys(content, answers);
  const completed = assessment.status === "COMPLETED" && assessment.domainScores;
  const score = completed ? { overall: assessment.score, domains: assessment.domainScores as unknown as DomainScore[] } : scoreAssessment(content, answers);
  const overdue = EDITABLE_STATUSES.includes(assessment.status) && daysUntil(assessment.dueDate) < 0;
  return (
    <>
      <PageHeader
        title={`${assessment.templateVersion.template.name} — ${assessment.vendor.name}`}
        description={`Version ${assessment.templateVersion.number}, sent ${assessment.sentAt.toISOString().slice(0, 10)} to ${assessment.recipients.map((r) => r.user.email).join(", ")}, due ${assessment.dueDate.toISOString().slice(0, 10)}.`}
        crumbs={[
          { href: "/assessments", label: "Assessments" },
          { href: `/vendors/${assessment.vendor.id}/assessments`, label: assessment.vendor.name },
        ]}
        actions={<AssessmentStatusBadge status={assessment.status} overdue={overdue} />}
      />
      {(await searchParams).completed && completed && (
        <Alert tone="success">
          Review completed. Score: {assessment.score === null ? "not scored" : `${assessment.score} / 100`}. Next review of {assessment.vendor.name} is due{" "}
          {assessment.vendor.nextReviewDate?.toISOString().slice(0, 10) ?? "—"}.
        </Alert>
      )}
      {EDITABLE_STATUSES.includes(assessment.status) && (
        <Alert>
          The vendor is still answering{assessment.clarification ? " (sent back for clarification)" : ""}. You can review once it is submitted.
        </Alert>
      )}
      <div className="mt-4 grid items-start gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-4">
          {content.sections.map((section, s) => (
            <Card key={section.key} title={`${s + 1}. ${section.title}`}>
              <ol className="divide-y divide-slate-100 dark:divide-slate-800">
                {section.questions.map((q, i) => {
                  if (!visible.has(q.key)) return null;
                  const row = answerRows.get(q.key);
                  const files = assessment.evidence.filter((e) => e.questionKey === q.key);
                  const text = formatAnswer(q, answers[q.key]);
                  return (
                    <li key={q.key} className="grid gap-3 py-3 lg:grid-cols-[1fr_1fr_auto]" id={`answer-${q.key}`}>
                      <div className="text-sm">
                        <p className="font-medium">
                          {s + 1}.{i + 1} {q.text}
                        </p>
                        <p className="mt-0.5 flex flex-wrap gap-1 text-xs">
                          {q.required && <Badge>Required</Badge>}
                          {q.evidenceRequired && <Badge>Evidence required</Badge>}
                          {q.weight > 0 && <Badge>Weight {q.weight}</Badge>}
                        </p>
                      </div>
                      <div className="text-sm">
                        {text ? <p className="whitespace-pre-wrap font-medium">{text}</p> : !files.length && <p className="text-slate-500 italic">Not answered</p>}
                        {row?.comment && <p className="mt-1 whitespace-pre-wrap text-xs text-slate-700 dark:text-slate-300">Comment: {row.comment}</p>}
                        <EvidenceList files={files} />
                        {row?.updatedByEmail && <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">by {row.updatedByEmail}</p>}
                      </div>
                      <div className="flex flex-col items-end gap-2">
                        {row?.verdict === "ACCEPTED" && <Badge tone="green">Accepted</Badge>}
                        {row?.verdict === "FINDING" && <Badge tone="red">Finding raised</Badge>}
                        {canReview && row?.verdict !== "FINDING" && <VerdictButtons assessmentId={assessment.id} questionKey={q.key} accepted={row?.verdict === "ACCEPTED"} />}
                      </div>
                      {/* The finding form spans the row: the question's column is too narrow to write in. */}
                      {canReview && (
                        <div className="lg:col-span-3">
                          <RaiseFindingDisclosure
                            vendorId={assessment.vendor.id}
                            assessmentId={assessment.id}
                            questionKey={q.key}
                            idPrefix={`finding-${q.key}`}
                            defaultTitle={`${CONTROL_DOMAINS[q.domain].label}: question ${s + 1}.${i + 1}`}
                          />
                        </div>
                      )}
                    </li>
                  );
                })}
              </ol>
            </Card>
          ))}
        </div>
        <aside className="space-y-4">
          <Card title={completed ? "Score" : "Score so far"}>
            <ScoreTable score={score} provisional={!completed} />
          </Card>
          {canReview && (
            <FormPanel id="review" title="Finish the review">
              <div className="space-y-4">
                <AcceptUnflaggedButton assessmentId={assessment.id} count={unflagged} />
                <CompleteReviewButton assessmentId={assessment.id} />
                <ClarificationForm assessmentId={assessment.id} />
              </div>
            </FormPanel>
          )}
          <Card title="Findings from this assessment">
            {assessment.findings.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">None.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {assessment.findings.map((f) => (
                  <li key={f.id}>
                    <Link href={`/findings/${f.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                      {f.title}
                    </Link>{" "}
                    <SeverityBadge severity={f.severity} /> <FindingStatusBadge status={f.status} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {EDITOR_ROLES.includes(actor.role) && assessment.status !== "COMPLETED" && assessment.status !== "CANCELLED" && <CancelAssessmentButton assessmentId={assessment.id} />}
        </aside>
      </div>
    </>
  );
}
