import type { Metadata } from "next";
import Link from "next/link";
import { FindingStatusBadge, SeverityBadge } from "@/components/questionnaires/status";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { findingStatusLabels } from "@/components/vendors/labels";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import type { FindingStatus } from "@/lib/domain-types";
import { isOverdue, listFindings } from "@/lib/findings/findings";

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
  const link = (label: string, params: Record<string, string | undefined>, active: boolean) => (
    <Link key={label} href={href(params)} aria-current={active ? "page" : undefined} className={`rounded-md border px-2 py-0.5 ${active ? "border-accent-700 font-semibold" : "border-slate-300 dark:border-slate-700"}`}>
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader title="Findings" description="Weaknesses raised in reviews across all vendors, with their owners, due dates and accepted risks." />
      <nav aria-label="Filter findings" className="mb-3 flex flex-wrap gap-2 text-sm">
        {link("All", {}, !status && !overdue)}
        {link("Overdue", { overdue: "1" }, overdue)}
        {STATUSES.map((s) => link(findingStatusLabels[s], { status: s }, status === s))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={status || overdue ? "No finding matches this filter" : "No findings yet"}>Findings are raised while reviewing a vendor&apos;s answers, or by hand on a vendor.</EmptyState>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th>Finding</Th>
                <Th>Vendor</Th>
                <Th>Severity</Th>
                <Th>Status</Th>
                <Th>Owner</Th>
                <Th>Due</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id}>
                  <Td>
                    <Link href={`/findings/${f.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                      {f.title}
                    </Link>
                  </Td>
                  <Td>{f.vendor.name}</Td>
                  <Td>
                    <SeverityBadge severity={f.severity} />
                  </Td>
                  <Td>
                    <FindingStatusBadge status={f.status} overdue={isOverdue(f)} />
                  </Td>
                  <Td>{f.owner ?? "—"}</Td>
                  <Td className="tabular-nums">{f.dueDate?.toISOString().slice(0, 10) ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageCount={Math.ceil(total / 50)} href={(p) => href({ status, overdue: overdue ? "1" : undefined, page: String(p) })} />
        </>
      )}
    </>
  );
}
