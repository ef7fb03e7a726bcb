import type { Metadata } from "next";
import Link from "next/link";
import { PortfolioReachGraph } from "@/components/risk/blast-radius-graph";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { concentration, type Concentration } from "@/lib/fourth-parties/fourth-parties";

export const metadata: Metadata = { title: "Concentration" };

/** Critical systems named per row; the rest are counted. */
const SYSTEMS_LISTED = 10;

/** "a, b, c and 12 more": the first names of a longer list. */
function firstOf(names: string[], total: number, limit = names.length) {
  const shown = names.slice(0, limit);
  return `${shown.join(", ")}${total > shown.length ? ` and ${total - shown.length} more` : ""}`;
}

function ConcentrationTable({ rows, label }: { rows: Concentration[]; label: string }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>{label}</Th>
          <Th numeric>Our vendors</Th>
          <Th>Which</Th>
          <Th>Critical systems behind them</Th>
          <Th numeric>Systems in all</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <Td className="font-medium">{r.name}</Td>
            <Td numeric>{r.vendorCount}</Td>
            <Td>
              {r.vendors.map((v, i) => (
                <span key={v.id}>
                  {i > 0 && ", "}
                  <Link href={`/vendors/${v.id}`} className="text-accent-700 hover:underline dark:text-accent-300">
                    {v.name}
                  </Link>
                </span>
              ))}
              {r.vendorCount > r.vendors.length && ` and ${r.vendorCount - r.vendors.length} more`}
            </Td>
            <Td className={r.criticalSystems.length ? "text-red-800 dark:text-red-300" : undefined}>{firstOf(r.criticalSystems, r.criticalSystems.length, SYSTEMS_LISTED) || "—"}</Td>
            <Td numeric>{r.systems}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export default async function ConcentrationPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const { subSuppliers, tools, widest, vendorCriticalSystems } = await concentration(actor);
  return (
    <>
      <PageHeader
        title="Concentration"
        description="Where many of our vendors depend on the same sub-supplier, or reach into us through the same remote tool: one compromise there reaches everything behind them."
      />
      {widest.length > 0 && (
        <section aria-labelledby="reach" className="mb-8">
          <h2 id="reach" className="mb-1 text-base font-semibold">
            If one of them were compromised
          </h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            The sub-suppliers and remote tools whose compromise would reach the most critical systems, with the vendors they reach us through.
          </p>
          <ol className="mb-3 list-decimal space-y-1 pl-5 text-sm">
            {widest.map((s) => (
              <li key={`${s.kind}-${s.name}`}>
                <strong>{s.name}</strong> ({s.kind}): {s.vendorCount} {s.vendorCount === 1 ? "vendor" : "vendors"} ({firstOf(s.vendors.map((v) => v.name), s.vendorCount)}) reach{" "}
                {s.criticalSystems.length
                  ? `${s.criticalSystems.length} critical ${s.criticalSystems.length === 1 ? "system" : "systems"}: ${firstOf(s.criticalSystems, s.criticalSystems.length, SYSTEMS_LISTED)}`
                  : "no critical system"}
                {`, ${s.systems} ${s.systems === 1 ? "system" : "systems"} in all.`}
              </li>
            ))}
          </ol>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2 dark:border-slate-800 dark:bg-slate-900">
            <PortfolioReachGraph sources={widest} vendorCriticalSystems={vendorCriticalSystems} />
          </div>
        </section>
      )}
      <section aria-labelledby="tools" className="mb-8">
        <h2 id="tools" className="mb-2 text-base font-semibold">
          Remote tools in our vendors&apos; access channels
        </h2>
        {tools.length ? <ConcentrationTable rows={tools} label="Tool" /> : <EmptyState title="No tools recorded">Record the tool or product of each access channel.</EmptyState>}
      </section>
      <section aria-labelledby="subs">
        <h2 id="subs" className="mb-2 text-base font-semibold">
          Fourth parties
        </h2>
        {subSuppliers.length ? (
          <ConcentrationTable rows={subSuppliers} label="Sub-supplier" />
        ) : (
          <EmptyState title="No fourth parties recorded">Record each vendor&apos;s own suppliers on its Fourth parties tab.</EmptyState>
        )}
      </section>
    </>
  );
}
