import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  roles: Role[];
}

export interface NavSection {
  label?: string;
  items: NavItem[];
}

/** The staff navigation; each item lists the roles that see it (the pages check the same roles on the server). */
export const staffNavigation: NavSection[] = [
  {
    items: [
      { href: "/dashboard", label: "Dashboard", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/vendors", label: "Vendors", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/systems", label: "Systems", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/assessments", label: "Assessments", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/findings", label: "Findings", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/questionnaires", label: "Questionnaires", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/patching", label: "Patching", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/kev", label: "Known exploited", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/advisories", label: "Advisories", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/fourth-parties", label: "Concentration", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/readiness", label: "Holiday readiness", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
      { href: "/reports", label: "Reports", roles: ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"] },
    ],
  },
  {
    label: "Administration",
    items: [
      { href: "/admin/members", label: "Members", roles: ["ADMIN"] },
      { href: "/admin/kev", label: "KEV catalog", roles: ["ADMIN"] },
      { href: "/admin/settings", label: "Settings", roles: ["ADMIN"] },
      { href: "/admin/backup", label: "Backup", roles: ["ADMIN"] },
      { href: "/admin/audit", label: "Audit log", roles: ["ADMIN"] },
      { href: "/admin/outbox", label: "Email outbox", roles: ["ADMIN"] },
    ],
  },
];

export function navigationFor(role: Role): NavSection[] {
  return staffNavigation
    .map((section) => ({ ...section, items: section.items.filter((item) => item.roles.includes(role)) }))
    .filter((section) => section.items.length > 0);
}
