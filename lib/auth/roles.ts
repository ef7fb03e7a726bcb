import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

export const STAFF_ROLES: Role[] = ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"];
/** Roles that may change the supplier register. Executives read everything and change nothing. */
export const EDITOR_ROLES: Role[] = ["ADMIN", "SECURITY_MANAGER"];

export const roleLabels: Record<Role, string> = {
  ADMIN: "Administrator",
  SECURITY_MANAGER: "Security manager",
  EXECUTIVE: "Executive",
  VENDOR: "Vendor contact",
};

export const roleDescriptions: Record<Role, string> = {
  ADMIN: "Manages members and settings, and everything a security manager does.",
  SECURITY_MANAGER: "Registers suppliers, their access channels and patch SLAs; sends and reviews assessments.",
  EXECUTIVE: "Reads dashboards, reports and supplier details; changes nothing.",
  VENDOR: "An external contact of one supplier: answers that supplier's assessments and findings.",
};

export const homePathFor = (role: Role) => (role === "VENDOR" ? "/portal" : role === "EXECUTIVE" ? "/dashboard/executive" : "/dashboard");
