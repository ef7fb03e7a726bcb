import type { Metadata } from "next";
import Link from "next/link";
import { tierLabels } from "@/components/vendors/labels";
import { TierBadge } from "@/components/vendors/tier-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { portfolioSummary } from "@/lib/vendors/queries";

export const metadata: Metadata = { title: "Dashboard" };

function Stat({ label, value, href }: { label: string; value: number; href?: string }) {
  const body = (
    <>
      <span className="block text-2xl font-semibold tabular-nums">{value}</span>
      <span className="block text-sm text-slate-600 dark:text-slate-400">{label}</span>
    </>
  );
  return href ? (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-accent-300 dark:border-slate-800 dark:bg-slate-900">
      {body}
    </Link>
  ) : (
    <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">{body}</div>
  );
}

export default async function DashboardPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const summary = await portfolioSummary(actor);
  const active = summary.byStatus.ACTIVE ?? 0;
  const total = Object.values(summary.byStatus).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`Your supplier portfolio at ${actor.organizationName}.`}
        actions={<ButtonLink href="/vendors">View vendors</ButtonLink>}
      />
      {total === 0 ? (
        <EmptyState title="No suppliers registered yet">
          Chainward shows who can reach into your systems once your suppliers are registered.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <Stat label="Active suppliers" value={active} href="/vendors?status=ACTIVE" />
            <Stat label="Support a critical or important function" value={summary.criticalFunction} />
            <Stat label="Prospects" value={summary.byStatus.PROSPECT ?? 0} href="/vendors?status=PROSPECT" />
            <Stat label="Offboarding" value={summary.byStatus.OFFBOARDING ?? 0} href="/vendors?status=OFFBOARDING" />
          </div>
          <Card title="Active suppliers by tier">
            <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
              {summary.byTier
                .sort((a, b) => Object.keys(tierLabels).indexOf(a.tier ?? "") - Object.keys(tierLabels).indexOf(b.tier ?? ""))
                .map((row) => (
                  <li key={row.tier ?? "none"} className="flex items-center justify-between py-1.5">
                    <TierBadge tier={row.tier} />
                    <span className="tabular-nums">{row.count}</span>
                  </li>
                ))}
            </ul>
          </Card>
        </div>
      )}
    </>
  );
}
