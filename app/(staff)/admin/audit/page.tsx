import type { Metadata } from "next";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { findBrokenAuditLink } from "@/lib/audit";
import { listAuditEvents } from "@/lib/audit/queries";
import { requireRole } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Audit log" };

const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

const summarize = (value: unknown) => (value == null ? "" : JSON.stringify(value));

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireRole("ADMIN");
  const page = pageSchema.parse((await searchParams).page ?? 1);
  const [{ events, pageCount }, broken] = await Promise.all([listAuditEvents(actor, page), findBrokenAuditLink(actor.organizationId)]);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what, when and from where. Entries are chained by hash: a changed or deleted entry breaks the chain."
        crumbs={[{ href: "/admin/members", label: "Administration" }]}
      />
      <div className="mb-4">
        {broken === null ? (
          <Alert tone="success">The chain verifies: no entry has been changed or removed.</Alert>
        ) : (
          <Alert tone="error">The chain is broken at entry #{broken}: that entry or the one before it was changed or removed.</Alert>
        )}
      </div>
      {events.length === 0 ? (
        <EmptyState title="Nothing recorded yet">Sign-ins, member changes and every change to your records appear here.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th numeric>#</Th>
              <Th>Time (UTC)</Th>
              <Th>Who</Th>
              <Th>Action</Th>
              <Th>Record</Th>
              <Th>Change</Th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <Td numeric>{e.seq}</Td>
                <Td className="whitespace-nowrap tabular-nums">{e.createdAt.toISOString().slice(0, 19).replace("T", " ")}</Td>
                <Td>
                  {e.actorEmail ?? "system"}
                  {e.ip && <span className="block text-xs text-slate-500 dark:text-slate-400">{e.ip}</span>}
                </Td>
                <Td className="font-mono text-xs">{e.action}</Td>
                <Td className="text-xs">
                  {e.entityType}
                  {e.entityId && <span className="block font-mono text-slate-500 dark:text-slate-400">{e.entityId}</span>}
                </Td>
                <Td className="max-w-md break-all font-mono text-xs text-slate-600 dark:text-slate-400">
                  {e.before != null && <span className="block">before: {summarize(e.before)}</span>}
                  {e.after != null && <span className="block">after: {summarize(e.after)}</span>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => `/admin/audit?page=${p}`} />
    </>
  );
}
