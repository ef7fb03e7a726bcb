import type { Metadata } from "next";
import { FindingsTable } from "@/components/questionnaires/findings-table";
import { FilterLinks } from "@/components/ui/filter-links";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { findingStatusLabels } from "@/components/vendors/labels";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import type { FindingStatus } from "@/lib/domain-types";
import { listFindings } from "@/lib/findings/findings";

export const metadata: Metadata = { title: "Findings" };

const STATUSES = Object.keys(findingStatusLabels) as FindingStatus[];

export default async function FindingsPage({ searchParams }: { searchParams: Promise<{ status?: string; overdue?: string; page?: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const sp = await searchParams;
  const status = STATUSES.find((s) => s === sp.status);
  const overdue = sp.overdue === "1";
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const { rows, total } = await listFindings(actor, { status, overdue }, page);
  const href = (params: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    return `/findings${q.size ? `?${q}` : ""}`;
  };
  return (
    <>
      <PageHeader title="Findings" description="Weaknesses raised in reviews across all vendors, with their owners, due dates and accepted risks." />
      <FilterLinks
        label="Filter findings"
        links={[
          { label: "All", href: href({}), active: !status && !overdue },
          { label: "Overdue", href: href({ overdue: "1" }), active: overdue },
          ...STATUSES.map((s) => ({ label: findingStatusLabels[s], href: href({ status: s }), active: status === s })),
        ]}
      />
      {rows.length === 0 ? (
        <EmptyState title={status || overdue ? "No finding matches this filter" : "No findings yet"}>Findings are raised while reviewing a vendor&apos;s answers, or by hand on a vendor.</EmptyState>
      ) : (
        <>
          <FindingsTable rows={rows} href={(id) => `/findings/${id}`} showVendor showOwner />
          <Pagination page={page} pageCount={Math.ceil(total / 50)} href={(p) => href({ status, overdue: overdue ? "1" : undefined, page: String(p) })} />
        </>
      )}
    </>
  );
}
