import type { Metadata } from "next";
import Link from "next/link";
import { TierBadge } from "@/components/vendors/tier-badge";
import { EmptyState, FormPanel, PageHeader, Pagination } from "@/components/ui/page";
import { Table, Td, Th, ThActions } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { systemsPage } from "@/lib/systems/systems";
import { pageParam } from "@/lib/validation";
import { z } from "zod";
import { DeleteSystemButton, SystemForm } from "./system-forms";

export const metadata: Metadata = { title: "Systems" };

const querySchema = z.object({ page: pageParam() });

export default async function SystemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const { systems, total, page, pageCount } = await systemsPage(actor, querySchema.parse(await searchParams).page);
  const canEdit = EDITOR_ROLES.includes(actor.role);
  return (
    <>
      <PageHeader title="Systems" description="Our own systems and assets, with their criticality: what a supplier's access channel can reach." />
      <div className="grid items-start gap-6 xl:grid-cols-[1fr_22rem]">
        {total === 0 ? (
          <EmptyState title="No systems registered yet">Register the servers, applications and networks that suppliers can reach, so each channel can say what it exposes.</EmptyState>
        ) : (
          <div>
            <Table>
              <thead>
                <tr>
                  <Th>System</Th>
                  <Th>Criticality</Th>
                  <Th>Owner</Th>
                  <Th numeric>Channels reaching it</Th>
                  {canEdit && <ThActions />}
                </tr>
              </thead>
              <tbody>
                {systems.map((s) => (
                  <tr key={s.id}>
                    <Td>
                      {canEdit ? (
                        <Link href={`/systems/${s.id}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                          {s.name}
                        </Link>
                      ) : (
                        <span className="font-medium">{s.name}</span>
                      )}
                      {s.description && <span className="block text-xs text-slate-600 dark:text-slate-400">{s.description}</span>}
                    </Td>
                    <Td>
                      <TierBadge tier={s.criticality} />
                    </Td>
                    <Td>{s.owner ?? "—"}</Td>
                    <Td numeric>{s._count.channels}</Td>
                    {canEdit && (
                      <Td className="text-right">
                        <DeleteSystemButton id={s.id} name={s.name} channels={s._count.channels} />
                      </Td>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={page} pageCount={pageCount} href={(p) => (p === 1 ? "/systems" : `/systems?page=${p}`)} />
          </div>
        )}
        {canEdit && (
          <FormPanel id="add-system" title="Add a system">
            <SystemForm />
          </FormPanel>
        )}
      </div>
    </>
  );
}
