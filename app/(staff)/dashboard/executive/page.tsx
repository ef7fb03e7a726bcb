import type { Metadata } from "next";
import { ExecutiveView } from "@/components/risk/executive-view";
import { DownloadLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { executiveDashboard } from "@/lib/risk/dashboard";

export const metadata: Metadata = { title: "Executive view" };

export default async function ExecutiveDashboardPage() {
  const actor = await requireRole(...STAFF_ROLES);
  return (
    <>
      <PageHeader
        title={actor.role === "EXECUTIVE" ? "Dashboard" : "Executive view"}
        description={`Third-party ICT risk at ${actor.organizationName} in one screen.`}
        crumbs={actor.role === "EXECUTIVE" ? undefined : [{ href: "/dashboard", label: "Dashboard" }]}
        actions={
          <DownloadLink variant="primary" href="/api/reports/board">
            Board report (PDF)
          </DownloadLink>
        }
      />
      <ExecutiveView data={await executiveDashboard(actor)} />
    </>
  );
}
