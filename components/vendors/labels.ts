import type { DataSensitivity, Tier, VendorStatus } from "@/lib/generated/prisma/enums";

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
