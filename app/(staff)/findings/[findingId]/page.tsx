import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/questionnaires/evidence-list";
import { FindingStatusBadge, SeverityBadge } from "@/components/questionnaires/status";
import { Alert } from "@/components/ui/alert";
import { Card, FormPanel, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { getFinding, isOverdue, RISK_ACCEPTORS } from "@/lib/findings/findings";
import { dateInput } from "@/lib/validation";
import { AcceptRiskForm, UpdateFindingForm } from "./finding-forms";
import { formatDay } from "@/lib/dates";

export const metadata: Metadata = { title: "Finding" };


export default async function FindingPage({ params, searchParams }: { params: Promise<{ findingId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const finding = await getFinding(actor, (await params).findingId);
  if (!finding) notFound();
  const saved = (await searchParams).saved;
  const canEdit = EDITOR_ROLES.includes(actor.role);
  const canAccept = (RISK_ACCEPTORS as readonly string[]).includes(actor.role) && finding.status !== "RESOLVED";
  return (
    <>
      <PageHeader
        title={finding.title}
        description={`${finding.vendor.name}${finding.assessment ? ` · from the ${finding.assessment.templateVersion.template.name} assessment` : ""}`}
        crumbs={[
          { href: "/findings", label: "Findings" },
          { href: `/vendors/${finding.vendor.id}/assessments`, label: finding.vendor.name },
        ]}
        actions={
          <>
            <SeverityBadge severity={finding.severity} />
            <FindingStatusBadge status={finding.status} overdue={isOverdue(finding)} />
          </>
        }
      />
      {saved && <Alert tone="success">{saved === "accepted" ? "Risk accepted until the date you chose." : "Finding saved."}</Alert>}
      <div className="mt-4 grid items-start gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <Card title="Details">
            <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
              <dt className="text-slate-600 dark:text-slate-400">What must change</dt>
              <dd className="whitespace-pre-wrap">{finding.description ?? "—"}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Owner</dt>
              <dd>{finding.owner ?? "—"}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Due</dt>
              <dd className="tabular-nums">{formatDay(finding.dueDate)}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Raised</dt>
              <dd>
                {formatDay(finding.createdAt)} by {finding.createdByEmail ?? "—"}
              </dd>
              {finding.assessment && (
                <>
                  <dt className="text-slate-600 dark:text-slate-400">Assessment</dt>
                  <dd>
                    <Link href={`/assessments/${finding.assessment.id}${finding.questionKey ? `#answer-${finding.questionKey}` : ""}`} className="underline">
                      Open the answer
                    </Link>
                  </dd>
                </>
              )}
            </dl>
          </Card>
          <Card title="The vendor's response">
            {finding.remediationPlan ? (
              <>
                <p className="whitespace-pre-wrap text-sm">{finding.remediationPlan}</p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Answered {formatDay(finding.vendorRespondedAt)}</p>
              </>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">The vendor has not answered yet.</p>
            )}
            <EvidenceList files={finding.evidence} />
          </Card>
          {finding.status === "RISK_ACCEPTED" && (
            <Card title="Risk acceptance">
              <p className="whitespace-pre-wrap text-sm">{finding.acceptanceJustification}</p>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                Accepted by {finding.acceptedByEmail} until {formatDay(finding.acceptedUntil)}; the finding reopens on that date.
              </p>
            </Card>
          )}
        </div>
        <div className="space-y-4">
          {canEdit && (
            <FormPanel id="update" title="Track the finding">
              <UpdateFindingForm
                finding={{ id: finding.id, version: finding.version, severity: finding.severity, owner: finding.owner, dueDate: dateInput(finding.dueDate), status: finding.status }}
              />
            </FormPanel>
          )}
          {canAccept && (
            <FormPanel id="accept" title="Accept the risk" description="Administrators and executives can accept a finding's risk until an expiry date.">
              <AcceptRiskForm findingId={finding.id} />
            </FormPanel>
          )}
        </div>
      </div>
    </>
  );
}
