import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EmptyState, PageHeader } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { kevMatches } from "@/lib/kev/kev";

export const metadata: Metadata = { title: "Known exploited vulnerabilities" };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function KevPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const matches = await kevMatches(actor);
  const open = matches.filter((m) => !m.deployed);
  return (
    <>
      <PageHeader
        title="Known exploited vulnerabilities in products we run"
        description="Entries of CISA's KEV catalog that match a product we run from one of our vendors, with CISA's due date."
      />
      {matches.length === 0 ? (
        <EmptyState title="No known-exploited vulnerability matches our products">
          Matches appear when an imported KEV catalog names a vendor and product recorded on a vendor&apos;s Patching tab.
        </EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm">
            <strong className="tabular-nums">{open.length}</strong> of {matches.length} not yet deployed.
          </p>
          <Table>
            <thead>
              <tr>
                <Th>Vulnerability</Th>
                <Th>Vendor and product</Th>
                <Th>Added to KEV</Th>
                <Th>CISA due date</Th>
                <Th>Vendor SLA, critical</Th>
                <Th>Our status</Th>
              </tr>
            </thead>
            <tbody>
              {matches.map(({ entry, product, vendor, ledger, deployed, slaCriticalDays }) => (
                <tr key={`${entry.cveId}-${product.id}`}>
                  <Td>
                    <span className="font-mono">{entry.cveId}</span>{" "}
                    {entry.knownRansomwareCampaignUse === "Known" && <Badge tone="red">Used by ransomware</Badge>}
                    <span className="block text-xs text-slate-600 dark:text-slate-400">{entry.vulnerabilityName}</span>
                  </Td>
                  <Td>
                    <Link href={`/vendors/${vendor.id}/patching`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                      {vendor.name}
                    </Link>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {product.kevVendor} {product.kevProduct} {product.version}
                    </span>
                  </Td>
                  <Td className="tabular-nums">{day(entry.dateAdded)}</Td>
                  <Td className="tabular-nums">{day(entry.dueDate)}</Td>
                  <Td className="tabular-nums">{slaCriticalDays != null ? `${slaCriticalDays} days` : "none agreed"}</Td>
                  <Td>
                    {deployed ? (
                      <Badge tone="green">Fix deployed {day(ledger!.deployedAt!)}</Badge>
                    ) : ledger ? (
                      <Badge tone="amber">In ledger, not deployed</Badge>
                    ) : (
                      <Badge tone="red">Not in ledger</Badge>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
