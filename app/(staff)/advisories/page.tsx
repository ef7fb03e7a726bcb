import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { listCampaigns } from "@/lib/advisories/advisories";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { formatDay } from "@/lib/dates";
import { productName } from "@/lib/kev/product-name";

export const metadata: Metadata = { title: "Advisories" };

const PAGE_SIZE = 50;

export default async function AdvisoriesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const { rows, total } = await listCampaigns(actor, page, PAGE_SIZE);
  const canRun = EDITOR_ROLES.includes(actor.role);
  return (
    <>
      <PageHeader
        title="Advisory campaigns"
        description="When a known-exploited flaw or an advisory hits a product, every vendor it concerns answers three questions: affected? patched? what protects us meanwhile?"
        actions={canRun ? <ButtonLink href="/advisories/new">New campaign</ButtonLink> : undefined}
      />
      {rows.length === 0 ? (
        <EmptyState title="No advisory campaign yet">
          Start one from a row of the Known exploited page, or with New campaign{canRun ? "" : " (security managers and administrators)"}.
        </EmptyState>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th>Campaign</Th>
                <Th>Answer by</Th>
                <Th numeric>Vendors</Th>
                <Th numeric>Answered</Th>
                <Th numeric>Affected, not patched</Th>
                <Th numeric>Overdue</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link href={`/advisories/${c.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                      {c.title}
                    </Link>{" "}
                    {c.status === "CLOSED" && <Badge>Closed</Badge>}
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {productName(c.kevVendor, c.kevProduct)}
                    </span>
                  </Td>
                  <Td className="tabular-nums">{formatDay(c.dueDate)}</Td>
                  <Td numeric>{c.summary.total}</Td>
                  <Td numeric>{c.summary.answered}</Td>
                  <Td numeric className={c.summary.EXPOSED ? "font-semibold text-red-800 dark:text-red-300" : undefined}>
                    {c.summary.EXPOSED}
                  </Td>
                  <Td numeric className={c.summary.OVERDUE ? "font-semibold text-red-800 dark:text-red-300" : undefined}>
                    {c.summary.OVERDUE}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} href={(p) => `/advisories?page=${p}`} />
        </>
      )}
    </>
  );
}
