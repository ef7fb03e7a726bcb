import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { HeatMap } from "@/components/risk/heat-map";
import { RiskLevelBadge } from "@/components/risk/risk-card";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { countAwaitingConfirmation } from "@/lib/advisories/deployments";
import { awaitingReview } from "@/lib/assessments/assessments";
import { securityDashboard } from "@/lib/risk/dashboard";
import { formatDay } from "@/lib/dates";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Dashboard" };

function Stat({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-accent-300 dark:border-slate-800 dark:bg-slate-900">
      <span className={`block text-2xl font-semibold tabular-nums ${value ? "text-red-800 dark:text-red-300" : ""}`}>{value}</span>
      <span className="block text-sm text-slate-600 dark:text-slate-400">{label}</span>
    </Link>
  );
}


export default async function DashboardPage() {
  const actor = await requireRole(...STAFF_ROLES);
  // Executives have their own view (with charts, which this page does not load).
  if (actor.role === "EXECUTIVE") redirect("/dashboard/executive");
  const [d, toReview, toConfirm] = await Promise.all([securityDashboard(actor), awaitingReview(actor), countAwaitingConfirmation(actor)]);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`Who could hurt ${actor.organizationName} most, and what needs attention now.`}
        actions={
          <>
            <ButtonLink href="/dashboard/executive" variant="secondary">
              Executive view
            </ButtonLink>
            <ButtonLink href="/vendors">View vendors</ButtonLink>
          </>
        }
      />
      {d.vendors === 0 ? (
        <EmptyState title="No suppliers registered yet" action={<ButtonLink href="/vendors/new">Register a vendor</ButtonLink>}>
          Chainward shows who can reach into your systems once your suppliers are registered.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          {d.alarms.length > 0 && (
            <section aria-labelledby="alarms" className="rounded-md border border-red-400 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
              <h2 id="alarms" className="font-semibold">
                {countOf(d.alarmCount, "Kaseya-pattern alarm")}
                {d.acceptedAlarms ? ` (${d.acceptedAlarms} more accepted until a date)` : ""}
              </h2>
              <ul className="mt-1 list-disc pl-5">
                {d.alarms.map(({ vendor, alarm }) => (
                  <li key={`${vendor.id}-${alarm.channel}`}>
                    <Link href={`/vendors/${vendor.id}`} className="font-semibold underline">
                      {vendor.name}
                    </Link>{" "}
                    — {alarm.channel}: {alarm.reasons.join("; ")}
                  </li>
                ))}
              </ul>
              {d.alarmCount > d.alarms.length && (
                <p className="mt-1">
                  The riskiest vendors&apos; first alarms are listed;{" "}
                  <Link href="/risks" className="font-semibold underline">
                    all {d.alarmCount} are on their vendors&apos; pages, ranked on Vendor risks
                  </Link>
                  .
                </p>
              )}
            </section>
          )}
          <div className="grid grid-cols-2 gap-4 sm:grid-cols-4 2xl:grid-cols-7">
            <Stat label="Questionnaires waiting for your review" value={toReview} href="/assessments?review=1" />
            <Stat label="Advisory answers awaiting confirmation" value={toConfirm} href="/advisories?confirm=1" />
            <Stat label="Vendors with patch SLA breaches" value={d.slaBreachVendors} href="/vendors?slaBreach=1" />
            <Stat label="Vendors with known-exploited flaws open" value={d.kevAlertVendors} href="/vendors?kevAlert=1" />
            <Stat label="Overdue assessments" value={d.overdueAssessments} href="/assessments?overdue=1" />
            <Stat label="Overdue findings" value={d.overdueFindings} href="/findings?overdue=1" />
            <Stat label="Reviews overdue" value={d.reviewsOverdue} href="/vendors?reviewOverdue=1" />
          </div>
          <div className="grid items-start gap-6 xl:grid-cols-2">
            <Card title="Portfolio heat map: impact × likelihood">
              <HeatMap cells={d.heatMap} />
            </Card>
            <Card title="Top 10 risks">
              <ol className="space-y-2 text-sm">
                {d.top.map((r, i) => (
                  <li key={r.vendor.id} className="flex gap-2">
                    <span className="w-5 shrink-0 text-right tabular-nums text-slate-500">{i + 1}.</span>
                    <div>
                      <Link href={`/vendors/${r.vendor.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                        {r.vendor.name}
                      </Link>{" "}
                      <RiskLevelBadge level={r.score.level} /> <span className="tabular-nums text-slate-600 dark:text-slate-400">{r.score.residual}</span>
                      <ul className="text-xs text-slate-600 dark:text-slate-400">
                        {r.score.factors.slice(0, 3).map((f) => (
                          <li key={f.text}>{f.text}</li>
                        ))}
                      </ul>
                    </div>
                  </li>
                ))}
              </ol>
              <Link href="/risks" className="mt-3 inline-block text-sm underline">
                All vendor risks
              </Link>
            </Card>
          </div>
          <Card title="Contract renewals in the next 90 days">
            {d.renewals.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">None.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
                {d.renewals.map((v) => (
                  <li key={v.id} className="flex justify-between py-1.5">
                    <Link href={`/vendors/${v.id}`} className="hover:underline">
                      {v.name}
                    </Link>
                    <span className="tabular-nums">
                      {formatDay(v.date)}
                      {v.noticePeriodDays ? ` (notice ${countOf(v.noticePeriodDays, "day")})` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
