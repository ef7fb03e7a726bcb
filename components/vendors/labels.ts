import type { AssessmentStatus, FindingStatus, Severity } from "@/lib/domain-types";

// The vendor register's labels live with the register (lib/vendors/labels.ts): the CSV import reads them too.
export { availabilityLabels, sensitivityLabels, statusLabels, substitutabilityLabels, tierLabels } from "@/lib/vendors/labels";

export const severityLabels: Record<Severity, string> = { CRITICAL: "Critical", HIGH: "High", MEDIUM: "Medium", LOW: "Low" };

export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  SENT: "Sent",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  IN_REVIEW: "In review",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

export const findingStatusLabels: Record<FindingStatus, string> = {
  OPEN: "Open",
  IN_REMEDIATION: "In remediation",
  RESOLVED: "Resolved",
  RISK_ACCEPTED: "Risk accepted",
};

/** Options for a <select>, in the order of the labels, with an optional "none" entry first. */
export function optionsOf<K extends string>(labels: Record<K, string>, none?: string) {
  const options = (Object.keys(labels) as K[]).map((value) => ({ value: value as string, label: labels[value] }));
  return none ? [{ value: "", label: none }, ...options] : options;
}
