import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { doraRegister, RECORDABLE_FIELDS } from "@/lib/dora/register";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Reports and exports" };

/** Vendors listed with missing register fields; the CSV exports show every gap. */
const GAPS_LISTED = 100;

export default async function ReportsPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const dora = await doraRegister(actor);
  const incomplete = dora.gaps.filter((g) => g.missing.some((m) => RECORDABLE_FIELDS.includes(m)));
  return (
    <>
      <PageHeader title="Reports and exports" description="For the board, for auditors and for the supervisor." />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title="Board report">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">The executive view as a dated PDF to attach to board minutes.</p>
          <DownloadLink href="/api/reports/board" variant="primary">
            Download the board report (PDF)
          </DownloadLink>
        </Card>
        <Card title="Risk scores and factors">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">Every vendor&apos;s residual risk, impact, likelihood, factors and alarms.</p>
          <DownloadLink href="/api/risks/export" variant="secondary">
            Download scores (CSV)
          </DownloadLink>
        </Card>
        <Card title="DORA register of information" className="lg:col-span-2">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Templates B_05.01 (ICT third-party service providers) and B_02.02 (contractual arrangements) with the fields Chainward holds, for the {dora.providers.length}{" "}
            active or offboarding vendors. Columns Chainward does not hold are left empty; docs/dora.md lists which field maps where.
            {dora.entityLei ? "" : " Your organization's LEI is not set: "}
            {!dora.entityLei && actor.role === "ADMIN" && (
              <Link href="/admin/settings" className="underline">
                set it in Settings
              </Link>
            )}
          </p>
          <div className="my-3 flex flex-wrap gap-2">
            <DownloadLink href="/api/dora/b_05_01" variant="secondary">
              B_05.01 providers (CSV)
            </DownloadLink>
            <DownloadLink href="/api/dora/b_02_02" variant="secondary">
              B_02.02 arrangements (CSV)
            </DownloadLink>
          </div>
          {incomplete.length > 0 && (
            <>
              <h3 className="mt-4 text-sm font-semibold">{countOf(incomplete.length, "vendor")} {incomplete.length === 1 ? "misses" : "miss"} register fields Chainward can hold</h3>
              {incomplete.length > GAPS_LISTED && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">The first {GAPS_LISTED} are listed.</p>}
              <Table className="mt-2">
                <thead>
                  <tr>
                    <Th>Vendor</Th>
                    <Th>Missing</Th>
                  </tr>
                </thead>
                <tbody>
                  {incomplete.slice(0, GAPS_LISTED).map((g) => (
                    <tr key={g.vendorId}>
                      <Td>
                        <Link href={`/vendors/${g.vendorId}/edit`} className="text-accent-800 hover:underline dark:text-accent-300">
                          {g.vendor}
                        </Link>
                      </Td>
                      <Td>{g.missing.filter((m) => RECORDABLE_FIELDS.includes(m)).join(", ")}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
