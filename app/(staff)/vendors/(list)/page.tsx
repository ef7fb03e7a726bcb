import type { Metadata } from "next";
import Link from "next/link";
import { channelKindLabels, privilegeLabels } from "@/components/channels/labels";
import { sensitivityLabels, statusLabels, tierLabels } from "@/components/vendors/labels";
import { TierBadge } from "@/components/vendors/tier-badge";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink, DownloadLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { exportButtonLabel, vendorListParams, vendorListQuerySchema } from "@/lib/vendors/list-query";
import { countVendorsForActor, listVendorsForActor } from "@/lib/vendors/queries";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Vendors" };

const control = "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";
const labelClass = "block text-xs font-medium text-slate-700 dark:text-slate-300";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: Record<string, string> }) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">All</option>
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

function Flag({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-1.5 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="h-4 w-4 accent-accent-700" />
      {label}
    </label>
  );
}

export default async function VendorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const params = await searchParams;
  // Only the search can be refused (a control character): the list is then shown without it, under the message.
  const parsed = vendorListQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : vendorListQuerySchema.parse({ ...params, q: undefined });
  const searchProblem = parsed.success ? null : parsed.error.issues[0]!.message;
  const { vendors, total, page, pageCount } = await listVendorsForActor(actor, query);
  const filtered = vendorListParams({ ...query, page: 1, sort: "name" }).toString() !== "";
  // The export holds what the filters let through; the button says how many of the whole register that is.
  const all = filtered ? await countVendorsForActor(actor) : total;
  const today = new Date();
  const href = (p: number) => {
    const s = vendorListParams(query, { page: p }).toString();
    return s ? `/vendors?${s}` : "/vendors";
  };
  const exportQuery = vendorListParams(query, { page: 1 }).toString();
  return (
    <>
      <PageHeader
        title="Vendors"
        description="Your IT suppliers: who they are, what they handle, and how critical they are."
        actions={
          <>
            <DownloadLink href={`/api/vendors/export${exportQuery ? `?${exportQuery}` : ""}`} variant="secondary">
              {exportButtonLabel(total, all, filtered)}
            </DownloadLink>
            <DownloadLink href="/api/channels/export" variant="secondary">
              Export channels
            </DownloadLink>
            {EDITOR_ROLES.includes(actor.role) && (
              <>
                <ButtonLink href="/vendors/import" variant="secondary">
                  Import CSV
                </ButtonLink>
                <ButtonLink href="/vendors/new">Add vendor</ButtonLink>
              </>
            )}
          </>
        }
      />
      {searchProblem && <Alert tone="error">{searchProblem}</Alert>}
      {/* Keyed by the query: after client-side navigation (e.g. "Clear filters") the controls show the new URL's state. */}
      <form key={vendorListParams(query).toString()} role="search" aria-label="Filter vendors" className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900" action="/vendors">
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="q" className={labelClass}>
              Search by name
            </label>
            <input id="q" name="q" defaultValue={query.q} placeholder="Search vendors" className={control} />
          </div>
          <Select name="status" label="Status" value={query.status} options={statusLabels} />
          <Select name="tier" label="Tier" value={query.tier} options={tierLabels} />
          <Select name="channelKind" label="Channel kind" value={query.channelKind} options={channelKindLabels} />
          <Select name="privilege" label="Channel privilege" value={query.privilege} options={privilegeLabels} />
          <div>
            <label htmlFor="sort" className={labelClass}>
              Sort by
            </label>
            <select id="sort" name="sort" defaultValue={query.sort} className={control}>
              <option value="name">Name</option>
              <option value="tier">Tier, most critical first</option>
              <option value="review">Next review, soonest first</option>
              <option value="updated">Recently changed</option>
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Flag name="slaBreach" label="Patch SLA breached" checked={query.slaBreach} />
          <Flag name="kevAlert" label="Known-exploited flaw open" checked={query.kevAlert} />
          <Flag name="reviewOverdue" label="Review overdue" checked={query.reviewOverdue} />
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered && (
            <Link href="/vendors" className="text-sm text-accent-700 hover:underline dark:text-accent-300">
              Clear filters
            </Link>
          )}
          <span className="ml-auto text-sm text-slate-600 tabular-nums dark:text-slate-400">{countOf(total, "vendor")}</span>
        </div>
      </form>
      {vendors.length === 0 ? (
        <EmptyState title={filtered ? "No vendor matches these filters" : "No vendors yet"}>
          {filtered ? <Link href="/vendors">Clear the filters</Link> : "Registered suppliers appear here."}
        </EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Tier</Th>
              <Th>Status</Th>
              <Th>Data handled</Th>
              <Th>Next review</Th>
              <Th>Services</Th>
            </tr>
          </thead>
          <tbody>
            {vendors.map((v) => {
              const overdue = v.nextReviewDate && v.nextReviewDate < today;
              return (
                <tr key={v.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/50">
                  <Td>
                    <Link href={`/vendors/${v.id}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                      {v.name}
                    </Link>
                    {v.criticalFunction && (
                      <span className="ml-2">
                        <Badge tone="accent">Critical function</Badge>
                      </span>
                    )}
                  </Td>
                  <Td>
                    <TierBadge tier={v.tier} />
                  </Td>
                  <Td>{statusLabels[v.status]}</Td>
                  <Td>{sensitivityLabels[v.dataSensitivity]}</Td>
                  <Td className={`whitespace-nowrap tabular-nums ${overdue ? "font-semibold text-red-800 dark:text-red-300" : ""}`}>
                    {v.nextReviewDate ? v.nextReviewDate.toISOString().slice(0, 10) : "—"}
                    {overdue && " · overdue"}
                  </Td>
                  <Td className="max-w-md text-slate-600 dark:text-slate-400">{v.servicesProvided}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} href={href} />
    </>
  );
}
