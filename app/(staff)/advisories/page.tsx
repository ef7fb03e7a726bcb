import type { Metadata } from "next";
import Link from "next/link";
import { RecordDeployment } from "@/components/advisories/record-deployment";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { FilterLinks } from "@/components/ui/filter-links";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { listCampaigns } from "@/lib/advisories/advisories";
import { answersAwaitingConfirmation, answerWithLedger, countAwaitingConfirmation, recordedMessage } from "@/lib/advisories/deployments";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { formatDay } from "@/lib/dates";
import { productName } from "@/lib/kev/product-name";

export const metadata: Metadata = { title: "Advisories" };

const PAGE_SIZE = 50;

export default async function AdvisoriesPage({ searchParams }: { searchParams: Promise<{ page?: string; confirm?: string; recorded?: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const sp = await searchParams;
  const confirm = sp.confirm === "1";
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const [{ rows, total }, toConfirm] = await Promise.all([confirm ? { rows: [], total: 0 } : listCampaigns(actor, page, PAGE_SIZE), countAwaitingConfirmation(actor)]);
  const canRun = EDITOR_ROLES.includes(actor.role);
  return (
    <>
      <PageHeader
        title="Advisory campaigns"
        description="When a known-exploited flaw or an advisory hits a product, every vendor it concerns answers three questions: affected? patched? what protects us meanwhile?"
        actions={canRun ? <ButtonLink href="/advisories/new">New campaign</ButtonLink> : undefined}
      />
      {(toConfirm > 0 || confirm) && (
        <FilterLinks
          label="Filter advisories"
          links={[
            { label: "All campaigns", href: "/advisories", active: !confirm },
            { label: `Answers awaiting confirmation (${toConfirm})`, href: "/advisories?confirm=1", active: confirm },
          ]}
        />
      )}
      {confirm ? (
        <AwaitingConfirmation recorded={sp.recorded} />
      ) : rows.length === 0 ? (
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

/** Vendors' answers "fix deployed on <day>" whose ledger entries are still open: each confirmed with one click. */
async function AwaitingConfirmation({ recorded }: { recorded?: string }) {
  const actor = await requireRole(...STAFF_ROLES);
  const [{ rows, total }, done] = await Promise.all([answersAwaitingConfirmation(actor), recorded ? answerWithLedger(actor, recorded) : null]);
  const doneEntry = done?.deployment.recorded[0];
  const result = done && doneEntry && (
    <div className="mb-3">
      <Alert tone="success">
        {recordedMessage(doneEntry.deployedAt)}: {done.request.vendor.name}, {done.deployment.recorded.map((e) => e.cveId).join(", ")}.
      </Alert>
    </div>
  );
  if (!rows.length) {
    return (
      <>
        {result}
        <EmptyState title="No answer awaits confirmation">
          Every vendor answer that gives the day its fix was deployed is recorded in the vendor&apos;s patch ledger.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {result}
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        These vendors answered that the fix is deployed, and their patch ledger does not say so yet. Recording the deployment updates the ledger, the risk score and the Kaseya-pattern alarm.
      </p>
      <Table>
        <thead>
          <tr>
            <Th>Vendor</Th>
            <Th>Campaign</Th>
            <Th>Fix deployed, says the vendor</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ request, deployment }) => (
            <tr key={request.id}>
              <Td>
                <Link href={`/vendors/${request.vendor.id}/patching`} className="font-medium hover:underline">
                  {request.vendor.name}
                </Link>
              </Td>
              <Td>
                <Link href={`/advisories/${request.campaign.id}#answer-${request.id}`} className="text-accent-800 hover:underline dark:text-accent-300">
                  {request.campaign.title}
                </Link>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  Answered {formatDay(request.answeredAt)} by {request.answeredByEmail}
                </span>
              </Td>
              <Td className="tabular-nums">
                {formatDay(request.patchedAt)}
                <RecordDeployment
                  requestId={request.id}
                  vendorName={request.vendor.name}
                  pending={deployment.pending.map((e) => `${e.cveId} (${e.product})`)}
                  recorded={null}
                  canRecord={EDITOR_ROLES.includes(actor.role)}
                  view="confirm"
                />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {total > rows.length && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">The {rows.length} answers waiting longest are listed; {total} wait in all.</p>}
    </>
  );
}
