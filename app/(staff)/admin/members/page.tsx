import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { FormPanel, PageHeader, Pagination } from "@/components/ui/page";
import { Table, Td, Th, ThActions } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { roleLabels } from "@/lib/auth/roles";
import { listMembers } from "@/lib/members/members";
import { pageParam } from "@/lib/validation";
import { z } from "zod";
import { InviteMemberForm } from "./invite-member-form";
import { MemberActions } from "./member-actions";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Members" };

const querySchema = z.object({ page: pageParam() });

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("ADMIN");
  const { members, total, page, pageCount } = await listMembers(actor, querySchema.parse(await searchParams).page);
  return (
    <>
      <PageHeader
        title="Members"
        description="Who can use Chainward for your organization, and with which role. Changes end the member's sessions at once."
        crumbs={[{ href: "/admin/members", label: "Administration" }]}
        actions={<ButtonLink href="#invite-title">Invite a member</ButtonLink>}
      />
      <div className="grid items-start gap-6 2xl:grid-cols-[1fr_22rem]">
        <div>
          <p className="mb-2 text-sm text-slate-600 tabular-nums dark:text-slate-400">{countOf(total, "member")}</p>
          <Table>
            <thead>
              <tr>
                <Th>Member</Th>
                <Th>Role</Th>
                <Th>Last sign-in</Th>
                <ThActions />
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <Td>
                    <span className="block font-medium">{m.name}</span>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">{m.user.email}</span>
                  </Td>
                  <Td>
                    {roleLabels[m.role]}
                    {m.vendor && <span className="block text-xs text-slate-600 dark:text-slate-400">for {m.vendor.name}</span>}
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums text-slate-600 dark:text-slate-400">
                    {m.lastSignInAt ? m.lastSignInAt.toISOString().slice(0, 16).replace("T", " ") : m.acceptedAt ? "Never" : "Invitation pending"}
                  </Td>
                  <Td>
                    {m.userId === actor.userId ? (
                      <span className="text-xs text-slate-500 dark:text-slate-400">You</span>
                    ) : (
                      <MemberActions membershipId={m.id} name={m.name} role={m.role} vendor={m.vendor} />
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageCount={pageCount} href={(p) => (p === 1 ? "/admin/members" : `/admin/members?page=${p}`)} />
        </div>
        <FormPanel id="invite-title" title="Invite a member" className="max-w-xl">
          <InviteMemberForm />
        </FormPanel>
      </div>
    </>
  );
}
