import { AppShell } from "@/components/shell/app-shell";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireRole(...STAFF_ROLES);
  return <AppShell actor={actor}>{children}</AppShell>;
}
