import type { Metadata } from "next";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { AuditTable } from "@/components/audit/audit-table";
import { requireRole } from "@/lib/auth/guard";
import { auditLogPage } from "@/lib/organization/administration";

export const metadata: Metadata = { title: "Audit log" };

const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireRole("ADMIN");
  const { events, page, pageCount, broken } = await auditLogPage(actor, pageSchema.parse((await searchParams).page ?? 1));
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
        <AuditTable events={events} />
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => `/admin/audit?page=${p}`} />
    </>
  );
}
