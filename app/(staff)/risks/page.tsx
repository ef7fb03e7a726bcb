import type { Metadata } from "next";
import { z } from "zod";
import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { RiskLevelBadge } from "@/components/risk/risk-card";
import { TierBadge } from "@/components/vendors/tier-badge";
import { ButtonLink, DownloadLink } from "@/components/ui/button";
import { FilterLinks } from "@/components/ui/filter-links";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { BANDS, LEVELS, rankedRisks } from "@/lib/risk/dashboard";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Vendor risks" };

// The list's URL state; anything malformed falls back to "all" or the first page.
const band = z.coerce.number().int().min(0).max(BANDS - 1).optional().catch(undefined);
const risksQuerySchema = z.object({
  level: z.enum(LEVELS).optional().catch(undefined),
  impact: band,
  likelihood: band,
  page: pageParam(),
});
const range = (band: number) => `${band * (100 / BANDS)}–${(band + 1) * (100 / BANDS)}`;

export default async function RisksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const query = risksQuerySchema.parse(await searchParams);
  const { level, impact: impactBand, likelihood: likelihoodBand } = query;
  const { rows, total, page, pageCount } = await rankedRisks(actor, { level, impactBand, likelihoodBand }, query.page);
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries({ level, impact: impactBand, likelihood: likelihoodBand }).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
    if (p > 1) params.set("page", String(p));
    return params.size ? `/risks?${params}` : "/risks";
  };
  const filtered = level || impactBand !== undefined || likelihoodBand !== undefined;
  const description = [
    level ? `${level} risk` : "",
    impactBand !== undefined ? `impact ${range(impactBand)}` : "",
    likelihoodBand !== undefined ? `likelihood ${range(likelihoodBand)}` : "",
  ].filter(Boolean);
  return (
    <>
      <PageHeader
        title="Vendor risks"
        description={`${filtered ? `${countOf(total, "vendor")} with ${description.join(", ")}` : `All ${total} vendors`}, highest residual risk first, with the factor that weighs most.`}
        crumbs={[{ href: "/dashboard", label: "Dashboard" }]}
        actions={
          <>
            <ButtonLink href="/risks/model" variant="secondary">
              How scores work
            </ButtonLink>
            <DownloadLink href="/api/risks/export" variant="secondary">
              Export scores and factors (CSV)
            </DownloadLink>
          </>
        }
      />
      <FilterLinks
        label="Filter by level"
        links={[undefined, ...LEVELS].map((l) => ({
          label: l ? l[0]!.toUpperCase() + l.slice(1) : "All",
          href: l ? `/risks?level=${l}` : "/risks",
          active: l === level && impactBand === undefined && likelihoodBand === undefined,
        }))}
      />
      {rows.length === 0 ? (
        <EmptyState title="No vendor matches">{filtered ? <Link href="/risks" className="underline">Show all vendors</Link> : "Register suppliers to see their risk."}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Vendor</Th>
              <Th>Tier</Th>
              <Th numeric>Residual</Th>
              <Th numeric>Impact</Th>
              <Th numeric>Likelihood</Th>
              <Th>Weighs most</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.vendor.id}>
                <Td>
                  <Link href={`/vendors/${r.vendor.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                    {r.vendor.name}
                  </Link>
                  {r.activeAlarms > 0 && <span className="ml-2 text-xs font-semibold text-red-700 dark:text-red-400">Kaseya-pattern alarm</span>}
                </Td>
                <Td>
                  <TierBadge tier={r.vendor.tier} />
                </Td>
                <Td numeric>
                  <span className="mr-2">{r.score.residual}</span>
                  <RiskLevelBadge level={r.score.level} />
                </Td>
                <Td numeric>{r.score.impact}</Td>
                <Td numeric>{r.score.likelihood}</Td>
                <Td className="text-xs">{r.score.factors[0]?.text ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} href={href} />
    </>
  );
}
