import { AppShell } from "@/components/shell/app-shell";
import { requireRoleDuringEnrollment } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  // Every page checks its own roles (and a required second factor); the frame only needs a staff member.
  const actor = await requireRoleDuringEnrollment(...STAFF_ROLES);
  return <AppShell actor={actor}>{children}</AppShell>;
}
