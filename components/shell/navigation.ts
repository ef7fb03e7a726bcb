import {
  Bug,
  Building2,
  CalendarClock,
  ClipboardCheck,
  FileText,
  Flag,
  Gauge,
  HardDriveDownload,
  LayoutDashboard,
  ListChecks,
  Mail,
  Megaphone,
  Network,
  ScrollText,
  Server,
  Settings,
  ShieldAlert,
  Users,
  Wrench,
  type LucideIcon,
} from "lucide-react";
import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  roles: Role[];
}

export interface NavSection {
  label?: string;
  items: NavItem[];
}

const STAFF: Role[] = ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"];

/**
 * The staff navigation, in the order of the work: register suppliers and their ways in, assess them, watch for flaws,
 * report. Each item lists the roles that see it (the pages check the same roles on the server).
 */
export const staffNavigation: NavSection[] = [
  { items: [{ href: "/dashboard", label: "Dashboard", icon: LayoutDashboard, roles: STAFF }] },
  {
    label: "Register",
    items: [
      { href: "/vendors", label: "Vendors", icon: Building2, roles: STAFF },
      { href: "/systems", label: "Systems", icon: Server, roles: STAFF },
      { href: "/fourth-parties", label: "Concentration", icon: Network, roles: STAFF },
    ],
  },
  {
    label: "Assess",
    items: [
      { href: "/questionnaires", label: "Questionnaires", icon: ListChecks, roles: STAFF },
      { href: "/assessments", label: "Assessments", icon: ClipboardCheck, roles: STAFF },
      { href: "/findings", label: "Findings", icon: Flag, roles: STAFF },
    ],
  },
  {
    label: "Watch",
    items: [
      { href: "/patching", label: "Patching", icon: Wrench, roles: STAFF },
      { href: "/kev", label: "Known exploited", icon: Bug, roles: STAFF },
      { href: "/advisories", label: "Advisories", icon: Megaphone, roles: STAFF },
      { href: "/readiness", label: "Holiday readiness", icon: CalendarClock, roles: STAFF },
    ],
  },
  {
    label: "Report",
    items: [
      { href: "/risks", label: "Vendor risks", icon: Gauge, roles: STAFF },
      { href: "/reports", label: "Reports", icon: FileText, roles: STAFF },
    ],
  },
  {
    label: "Administration",
    items: [
      { href: "/admin/members", label: "Members", icon: Users, roles: ["ADMIN"] },
      { href: "/admin/kev", label: "KEV catalog", icon: ShieldAlert, roles: ["ADMIN"] },
      { href: "/admin/settings", label: "Settings", icon: Settings, roles: ["ADMIN"] },
      { href: "/admin/backup", label: "Backup", icon: HardDriveDownload, roles: ["ADMIN"] },
      { href: "/admin/audit", label: "Audit log", icon: ScrollText, roles: ["ADMIN"] },
      { href: "/admin/outbox", label: "Email outbox", icon: Mail, roles: ["ADMIN"] },
    ],
  },
];

export function navigationFor(role: Role): NavSection[] {
  return staffNavigation
    .map((section) => ({ ...section, items: section.items.filter((item) => item.roles.includes(role)) }))
    .filter((section) => section.items.length > 0);
}
