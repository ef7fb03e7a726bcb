import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentStatusBadge } from "@/components/questionnaires/status";
import { TierBadge } from "@/components/vendors/tier-badge";
import { FilterLinks } from "@/components/ui/filter-links";
import { Card, EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { assessmentStatusLabels } from "@/components/vendors/labels";
import { EDITABLE_STATUSES, listAssessments, reviewsDue } from "@/lib/assessments/assessments";
import { daysUntil, formatDay } from "@/lib/dates";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import type { AssessmentStatus } from "@/lib/domain-types";

export const metadata: Metadata = { title: "Assessments" };

const STATUSES = Object.keys(assessmentStatusLabels) as AssessmentStatus[];

export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<{ status?: string; overdue?: string; review?: string; page?: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const sp = await searchParams;
  const status = STATUSES.find((s) => s === sp.status);
  const overdue = sp.overdue === "1";
  const toReview = sp.review === "1";
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const [{ rows, total }, due] = await Promise.all([listAssessments(actor, { status, overdue, toReview }, page), reviewsDue(actor)]);
  const filterHref = (params: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    return `/assessments${q.size ? `?${q}` : ""}`;
  };
  return (
    <>
      <PageHeader title="Assessments" description="Every questionnaire sent to a vendor: who is late, what waits for review, and which reviews are due." />
      <div className="grid items-start gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-3">
          <FilterLinks
            label="Filter assessments"
            links={[
              { label: "All", href: filterHref({}), active: !status && !overdue && !toReview },
              { label: "Overdue", href: filterHref({ overdue: "1" }), active: overdue },
              { label: "To review", href: filterHref({ review: "1" }), active: toReview },
              ...STATUSES.map((s) => ({ label: assessmentStatusLabels[s], href: filterHref({ status: s }), active: status === s })),
            ]}
          />
          {rows.length === 0 ? (
            <EmptyState title={status || overdue || toReview ? "No assessment matches this filter" : "No assessment sent yet"}>
              Send a questionnaire from a vendor&apos;s Assessments tab.
            </EmptyState>
          ) : (
            <>
              <Table>
                <thead>
                  <tr>
                    <Th>Vendor</Th>
                    <Th>Questionnaire</Th>
                    <Th>Status</Th>
                    <Th>Due</Th>
                    <Th numeric>Score</Th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => (
                    <tr key={a.id}>
                      <Td>
                        <Link href={`/vendors/${a.vendor.id}/assessments`} className="font-medium hover:underline">
                          {a.vendor.name}
                        </Link>
                      </Td>
                      <Td>
                        <Link href={`/assessments/${a.id}`} className="text-accent-800 hover:underline dark:text-accent-300">
                          {a.templateVersion.template.name} v{a.templateVersion.number}
                        </Link>
                      </Td>
                      <Td>
                        <AssessmentStatusBadge status={a.status} overdue={EDITABLE_STATUSES.includes(a.status) && daysUntil(a.dueDate) < 0} />
                      </Td>
                      <Td className="tabular-nums">{formatDay(a.dueDate)}</Td>
                      <Td numeric>{a.score ?? "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pagination page={page} pageCount={Math.ceil(total / 50)} href={(p) => filterHref({ status, overdue: overdue ? "1" : undefined, review: toReview ? "1" : undefined, page: String(p) })} />
            </>
          )}
        </div>
        <Card title="Reviews due (past or within 30 days)">
          {due.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No vendor review is due. Review dates follow each completed assessment and the vendor&apos;s tier.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {due.map((v) => (
                <li key={v.id} className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/vendors/${v.id}/assessments`} className="font-medium hover:underline">
                    {v.name}
                  </Link>
                  <span className="flex items-center gap-2">
                    <TierBadge tier={v.tier} />
                    <span className={`tabular-nums ${v.nextReviewDate && daysUntil(v.nextReviewDate) < 0 ? "font-semibold text-red-700 dark:text-red-400" : ""}`}>
                      {formatDay(v.nextReviewDate)}
                      {v.nextReviewDate && daysUntil(v.nextReviewDate) < 0 ? " (overdue)" : ""}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
