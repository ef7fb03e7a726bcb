// What people read for the vendor register's coded values: on pages, in exports, and accepted back by the CSV import.
import type { AssessmentStatus, Availability, DataSensitivity, FindingStatus, Severity, Substitutability, Tier, VendorStatus } from "@/lib/domain-types";

export const statusLabels: Record<VendorStatus, string> = {
  PROSPECT: "Prospect",
  ACTIVE: "Active",
  OFFBOARDING: "Offboarding",
  TERMINATED: "Terminated",
};

export const tierLabels: Record<Tier, string> = { CRITICAL: "Critical", HIGH: "High", MEDIUM: "Medium", LOW: "Low" };

export const sensitivityLabels: Record<DataSensitivity, string> = {
  NONE: "None",
  INTERNAL: "Internal",
  CONFIDENTIAL: "Confidential",
  PERSONAL: "Personal data",
  SPECIAL_CATEGORY: "Special-category personal data",
};

export const substitutabilityLabels: Record<Substitutability, string> = {
  EASY: "Easy: alternatives exist and switching is routine",
  DIFFICULT: "Difficult: switching takes months",
  IMPOSSIBLE: "Not substitutable in practice",
};

export const availabilityLabels: Record<Availability, string> = {
  BUSINESS_HOURS: "Business hours only",
  EXTENDED_HOURS: "Extended hours",
  ALWAYS: "24/7, including weekends and holidays",
};

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
