import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentCells, severityLabel } from "@/components/patching/step-cell";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { PATCHING_LISTED, portfolioPatching } from "@/lib/patching/patching";
import { formatDay } from "@/lib/dates";
import { productName } from "@/lib/kev/product-name";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Patching" };


export default async function PatchingPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const { rows, total, breaches } = await portfolioPatching(actor);
  return (
    <>
      <PageHeader
        title="Patching across vendors"
        description="Vulnerabilities not yet deployed, and every SLA breach of the last year: how fast vendors fix, and how fast we deploy."
      />
      {rows.length === 0 ? (
        <EmptyState title="Nothing open">No recorded vulnerability is waiting for a vendor fix or for our deployment, and no SLA was breached in the last year.</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm">
            <strong className="tabular-nums">{breaches}</strong> {breaches === 1 ? "SLA breach" : "SLA breaches"} among {countOf(total, "entry", "entries")}.
            {total > rows.length && ` The first ${PATCHING_LISTED} are listed, breaches and known-exploited flaws first; each vendor's Patching tab lists all of its own.`}
          </p>
          <Table>
            <thead>
              <tr>
                <Th>Vendor and product</Th>
                <Th>CVE</Th>
                <Th>Severity</Th>
                <Th>Disclosed</Th>
                <Th>Vendor: disclosure → fix</Th>
                <Th>Us: fix → deployed</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ record, vendor, product, kev, assessment }) => (
                <tr key={record.id}>
                  <Td>
                    <Link href={`/vendors/${vendor.id}/patching`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                      {vendor.name}
                    </Link>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {productName(product.kevVendor, product.kevProduct)}
                    </span>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <span className="font-mono">{record.cveId}</span> {kev && <Badge tone="red">KEV</Badge>}
                  </Td>
                  <Td>{severityLabel(record.severity)}</Td>
                  <Td className="tabular-nums">{formatDay(record.disclosedAt)}</Td>
                  <AssessmentCells assessment={assessment} />
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
