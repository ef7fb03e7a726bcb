import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, ThActions } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { kevMatches } from "@/lib/kev/kev";
import { formatDay } from "@/lib/dates";
import { productName } from "@/lib/kev/product-name";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Known exploited vulnerabilities" };

/** Matches listed on the page, those not yet deployed first. */
const LISTED = 200;

export default async function KevPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const matches = await kevMatches(actor);
  const open = matches.filter((m) => !m.deployed);
  const canAsk = EDITOR_ROLES.includes(actor.role);
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
            {matches.length > LISTED && ` The first ${LISTED} are listed, those not yet deployed first; each vendor's Patching tab lists all of its own.`}
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
                {canAsk && <ThActions />}
              </tr>
            </thead>
            <tbody>
              {[...open, ...matches.filter((m) => m.deployed)].slice(0, LISTED).map(({ entry, product, vendor, ledger, deployed, slaCriticalDays }) => (
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
                      {productName(product.kevVendor, product.kevProduct, product.version)}
                    </span>
                  </Td>
                  <Td className="tabular-nums">{formatDay(entry.dateAdded)}</Td>
                  <Td className="tabular-nums">{formatDay(entry.dueDate)}</Td>
                  <Td className="tabular-nums">{slaCriticalDays != null ? countOf(slaCriticalDays, "day") : "none agreed"}</Td>
                  <Td>
                    {deployed ? (
                      <Badge tone="green">Fix deployed {formatDay(ledger!.deployedAt!)}</Badge>
                    ) : ledger ? (
                      <Badge tone="amber">In ledger, not deployed</Badge>
                    ) : (
                      <Badge tone="red">Not in ledger</Badge>
                    )}
                  </Td>
                  {canAsk && (
                    <Td>
                      <Link
                        href={`/advisories/new?${new URLSearchParams({ cveId: entry.cveId, kevVendor: entry.vendorProject, kevProduct: entry.product })}`}
                        className="whitespace-nowrap text-accent-800 hover:underline dark:text-accent-300"
                      >
                        Ask affected vendors<span className="sr-only"> about {entry.cveId}</span>
                      </Link>
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
