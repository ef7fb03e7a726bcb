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
  /** Its name in the message catalogs: shell.nav.<id>. */
  id: string;
  icon: LucideIcon;
  roles: Role[];
}

export interface NavSection {
  /** Its heading in the message catalogs: shell.groups.<group>. */
  group?: string;
  items: NavItem[];
}

const STAFF: Role[] = ["ADMIN", "SECURITY_MANAGER", "EXECUTIVE"];

/**
 * The staff navigation, in the order of the work: register suppliers and their ways in, assess them, watch for flaws,
 * report. Each item lists the roles that see it (the pages check the same roles on the server).
 */
export const staffNavigation: NavSection[] = [
  { items: [{ href: "/dashboard", id: "dashboard", icon: LayoutDashboard, roles: STAFF }] },
  {
    group: "register",
    items: [
      { href: "/vendors", id: "vendors", icon: Building2, roles: STAFF },
      { href: "/systems", id: "systems", icon: Server, roles: STAFF },
      { href: "/fourth-parties", id: "concentration", icon: Network, roles: STAFF },
    ],
  },
  {
    group: "assess",
    items: [
      { href: "/questionnaires", id: "questionnaires", icon: ListChecks, roles: STAFF },
      { href: "/assessments", id: "assessments", icon: ClipboardCheck, roles: STAFF },
      { href: "/findings", id: "findings", icon: Flag, roles: STAFF },
    ],
  },
  {
    group: "watch",
    items: [
      { href: "/patching", id: "patching", icon: Wrench, roles: STAFF },
      { href: "/kev", id: "kev", icon: Bug, roles: STAFF },
      { href: "/advisories", id: "advisories", icon: Megaphone, roles: STAFF },
      { href: "/readiness", id: "readiness", icon: CalendarClock, roles: STAFF },
    ],
  },
  {
    group: "report",
    items: [
      { href: "/risks", id: "risks", icon: Gauge, roles: STAFF },
      { href: "/reports", id: "reports", icon: FileText, roles: STAFF },
    ],
  },
  {
    group: "administration",
    items: [
      { href: "/admin/members", id: "members", icon: Users, roles: ["ADMIN"] },
      { href: "/admin/kev", id: "kevCatalog", icon: ShieldAlert, roles: ["ADMIN"] },
      { href: "/admin/settings", id: "settings", icon: Settings, roles: ["ADMIN"] },
      { href: "/admin/backup", id: "backup", icon: HardDriveDownload, roles: ["ADMIN"] },
      { href: "/admin/audit", id: "audit", icon: ScrollText, roles: ["ADMIN"] },
      { href: "/admin/outbox", id: "outbox", icon: Mail, roles: ["ADMIN"] },
    ],
  },
];

export function navigationFor(role: Role): NavSection[] {
  return staffNavigation
    .map((section) => ({ ...section, items: section.items.filter((item) => item.roles.includes(role)) }))
    .filter((section) => section.items.length > 0);
}
