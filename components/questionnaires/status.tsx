import { Badge, scaleLevel, SeverityBadge as ScaleBadge } from "@/components/ui/badge";
import { assessmentStatusLabels, findingStatusLabels, severityLabels } from "@/components/vendors/labels";
import type { AssessmentStatus, FindingStatus, Severity } from "@/lib/domain-types";

const assessmentTones: Record<AssessmentStatus, "slate" | "accent" | "amber" | "green" | "red"> = {
  SENT: "slate",
  IN_PROGRESS: "accent",
  SUBMITTED: "amber",
  IN_REVIEW: "amber",
  COMPLETED: "green",
  CANCELLED: "slate",
};

export function AssessmentStatusBadge({ status, overdue }: { status: AssessmentStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={assessmentTones[status]}>{assessmentStatusLabels[status]}</Badge>
      {overdue && <Badge tone="red">Overdue</Badge>}
    </span>
  );
}

export function FindingStatusBadge({ status, overdue }: { status: FindingStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={status === "RESOLVED" ? "green" : status === "RISK_ACCEPTED" ? "slate" : "amber"}>{findingStatusLabels[status]}</Badge>
      {overdue && <Badge tone="red">Overdue</Badge>}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <ScaleBadge level={scaleLevel(severity)}>{severityLabels[severity]}</ScaleBadge>;
}
