import type { Metadata } from "next";
import { DownloadLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { organizationVendorCount } from "@/lib/organization/administration";
import { ImportOrganizationForm } from "./import-form";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Backup" };

export default async function BackupPage() {
  const actor = await requireRole("ADMIN");
  const vendors = await organizationVendorCount(actor);
  return (
    <>
      <PageHeader title="Backup" description="The whole organization as one JSON file, and its import into an empty organization." />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title="Export">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Vendors, contacts, systems, access channels, patching, fourth parties, the KEV catalog, questionnaires, assessments with their answers, findings,
            accepted alarms and score history. Members, the audit log and evidence files are not in it: back those up with the database and the evidence store
            (see README › Backup).
          </p>
          <DownloadLink variant="primary" href="/api/backup">
            Download the organization (JSON)
          </DownloadLink>
        </Card>
        <Card title="Import">
          {vendors > 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              This organization already has {countOf(vendors, "vendor")}. A backup is imported into an empty organization only, so nothing is merged or overwritten.
            </p>
          ) : (
            <ImportOrganizationForm />
          )}
        </Card>
      </div>
    </>
  );
}
