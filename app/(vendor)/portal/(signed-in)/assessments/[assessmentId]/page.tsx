import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssessmentForm, type EvidenceFile, type SavedAnswer } from "@/components/questionnaires/assessment-form";
import { AssessmentStatusBadge } from "@/components/questionnaires/status";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page";
import { EDITABLE_STATUSES, getAssessment } from "@/lib/assessments/assessments";
import { daysUntil } from "@/lib/dates";
import { requireVendorContact } from "@/lib/auth/guard";
import type { AnswerValue } from "@/lib/questionnaires/answers";
import { SubmitAssessmentForm } from "../../portal-forms";

export const metadata: Metadata = { title: "Questionnaire" };

export default async function PortalAssessmentPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ submitted?: string }> }) {
  const actor = await requireVendorContact();
  const data = await getAssessment(actor, (await params).assessmentId);
  if (!data) notFound();
  const { assessment, content } = data;
  const editable = EDITABLE_STATUSES.includes(assessment.status);
  const answers: Record<string, SavedAnswer> = {};
  for (const a of assessment.answers) {
    answers[a.questionKey] = { value: a.value as AnswerValue | null, comment: a.comment, version: a.version, updatedByEmail: a.updatedByEmail };
  }
  const evidence: Record<string, EvidenceFile[]> = {};
  for (const e of assessment.evidence) if (e.questionKey) (evidence[e.questionKey] ??= []).push({ id: e.id, fileName: e.fileName, size: e.size, sha256: e.sha256 });
  const days = daysUntil(assessment.dueDate);
  return (
    <>
      <PageHeader
        title={assessment.templateVersion.template.name}
        description={`Due ${assessment.dueDate.toISOString().slice(0, 10)}${editable ? (days < 0 ? " — overdue" : days === 0 ? " — today" : ` — in ${days} day${days === 1 ? "" : "s"}`) : ""}.${editable ? " Your answers are saved as you go." : " The answers can no longer be changed."}`}
        crumbs={[{ href: "/portal", label: "Your questionnaires" }]}
        actions={<AssessmentStatusBadge status={assessment.status} overdue={editable && days < 0} />}
      />
      <div className="mb-4 space-y-2">
        {(await searchParams).submitted && <Alert tone="success">Thank you: your answers were submitted. {actor.organizationName} will review them.</Alert>}
        {assessment.message && <Alert>Message from {actor.organizationName}: {assessment.message}</Alert>}
        {editable && assessment.clarification && <Alert tone="error">{actor.organizationName} sent this back with a request: {assessment.clarification}</Alert>}
        {!editable && <Alert>These answers were submitted and can no longer be changed.</Alert>}
      </div>
      <AssessmentForm
        assessmentId={assessment.id}
        content={content}
        initialAnswers={answers}
        initialEvidence={evidence}
        editable={editable}
        submitForm={<SubmitAssessmentForm assessmentId={assessment.id} />}
      />
    </>
  );
}
