import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { sensitivityLabels, statusLabels } from "@/components/vendors/labels";
import { TierBadge } from "@/components/vendors/tier-badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { listVendorsForActor } from "@/lib/vendors/queries";

export const metadata: Metadata = { title: "Vendors" };

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(["PROSPECT", "ACTIVE", "OFFBOARDING", "TERMINATED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export default async function VendorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const query = querySchema.parse(await searchParams);
  const { vendors, total, page, pageCount } = await listVendorsForActor(actor, query);
  const href = (p: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.status) params.set("status", query.status);
    if (p > 1) params.set("page", String(p));
    const s = params.toString();
    return s ? `/vendors?${s}` : "/vendors";
  };
  return (
    <>
      <PageHeader
        title="Vendors"
        description="Your IT suppliers: who they are, what they handle, and how critical they are."
        actions={EDITOR_ROLES.includes(actor.role) ? <ButtonLink href="/vendors/new">Add vendor</ButtonLink> : undefined}
      />
      <form role="search" className="mb-4 flex flex-wrap items-end gap-2" action="/vendors">
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700 dark:text-slate-300">
            Search by name
          </label>
          <input id="q" name="q" defaultValue={query.q} placeholder="Search vendors" className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900" />
        </div>
        <div>
          <label htmlFor="status" className="block text-xs font-medium text-slate-700 dark:text-slate-300">
            Status
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900">
            <option value="">All</option>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        <span className="ml-auto text-sm text-slate-600 tabular-nums dark:text-slate-400">{total} vendors</span>
      </form>
      {vendors.length === 0 ? (
        <EmptyState title={query.q || query.status ? "No vendor matches these filters" : "No vendors yet"}>
          {query.q || query.status ? <Link href="/vendors">Clear the filters</Link> : "Registered suppliers appear here."}
        </EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Tier</Th>
              <Th>Status</Th>
              <Th>Data handled</Th>
              <Th>Services</Th>
            </tr>
          </thead>
          <tbody>
            {vendors.map((v) => (
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
                <Td className="max-w-md text-slate-600 dark:text-slate-400">{v.servicesProvided}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} href={href} />
    </>
  );
}
