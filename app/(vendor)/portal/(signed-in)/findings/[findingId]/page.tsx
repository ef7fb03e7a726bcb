import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FindingEvidence } from "@/components/questionnaires/finding-evidence";
import { FindingStatusBadge, SeverityBadge } from "@/components/questionnaires/status";
import { Card, PageHeader } from "@/components/ui/page";
import { requireVendorContact } from "@/lib/auth/guard";
import { getFinding, isOverdue } from "@/lib/findings/findings";
import { RespondToFindingForm } from "../../portal-forms";

export const metadata: Metadata = { title: "Finding" };

export default async function PortalFindingPage({ params }: { params: Promise<{ findingId: string }> }) {
  const actor = await requireVendorContact();
  const finding = await getFinding(actor, (await params).findingId);
  if (!finding) notFound();
  const open = finding.status !== "RESOLVED";
  return (
    <>
      <PageHeader
        title={finding.title}
        description={`Raised ${finding.createdAt.toISOString().slice(0, 10)}${finding.dueDate ? `, to be fixed by ${finding.dueDate.toISOString().slice(0, 10)}` : ""}.`}
        crumbs={[{ href: "/portal", label: "Your questionnaires" }]}
        actions={
          <>
            <SeverityBadge severity={finding.severity} />
            <FindingStatusBadge status={finding.status} overdue={isOverdue(finding)} />
          </>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title="What must change">
          <p className="whitespace-pre-wrap text-sm">{finding.description ?? finding.title}</p>
        </Card>
        <Card title="Your response">
          {open ? <RespondToFindingForm findingId={finding.id} plan={finding.remediationPlan} /> : <p className="whitespace-pre-wrap text-sm">{finding.remediationPlan ?? "—"}</p>}
          <FindingEvidence findingId={finding.id} initialFiles={finding.evidence} editable={open} />
        </Card>
      </div>
    </>
  );
}
