import type { Metadata } from "next";
import type { LucideIcon } from "lucide-react";
import { ArrowDown, ArrowUp, Bug, CalendarClock, ChevronRight, ClipboardCheck, ClockAlert, FileClock, MessageSquareReply, ShieldAlert, Siren, Timer, TriangleAlert } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { HeatMap } from "@/components/risk/heat-map";
import { SeverityBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { countAwaitingConfirmation } from "@/lib/advisories/deployments";
import { awaitingReview } from "@/lib/assessments/assessments";
import { securityDashboard } from "@/lib/risk/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

interface QueueItem {
  key: "alarms" | "critical" | "high" | "review" | "confirm" | "slaBreach" | "kev" | "overdueAssessments" | "overdueFindings" | "reviewsOverdue";
  count: number;
  href: string;
  icon: LucideIcon;
  /** The count on the comparison day, when the risk snapshots recorded it. */
  before?: number | null;
  /** Shown in the severity colour when there is anything to do. */
  alarm?: boolean;
}

export default async function DashboardPage() {
  const actor = await requireRole(...STAFF_ROLES);
  // Executives have their own view (with charts, which this page does not load).
  if (actor.role === "EXECUTIVE") redirect("/dashboard/executive");
  const [d, toReview, toConfirm, t, tLevel, format] = await Promise.all([
    securityDashboard(actor),
    awaitingReview(actor),
    countAwaitingConfirmation(actor),
    getTranslations("dashboard"),
    getTranslations("dashboard.levels"),
    getFormatter(),
  ]);
  const day = (date: Date) => format.dateTime(date, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

  const queue: QueueItem[] = [
    { key: "alarms", count: d.alarmCount, href: d.alarms.length ? "#alarms" : "/risks", icon: Siren, before: d.before?.alarms, alarm: true },
    { key: "critical", count: d.criticalVendors, href: "/risks?level=critical", icon: ShieldAlert, before: d.before?.critical },
    { key: "high", count: d.highVendors, href: "/risks?level=high", icon: TriangleAlert, before: d.before?.high },
    { key: "slaBreach", count: d.slaBreachVendors, href: "/vendors?slaBreach=1", icon: Timer },
    { key: "kev", count: d.kevAlertVendors, href: "/vendors?kevAlert=1", icon: Bug },
    { key: "review", count: toReview, href: "/assessments?review=1", icon: ClipboardCheck },
    { key: "confirm", count: toConfirm, href: "/advisories?confirm=1", icon: MessageSquareReply },
    { key: "overdueAssessments", count: d.overdueAssessments, href: "/assessments?overdue=1", icon: CalendarClock },
    { key: "overdueFindings", count: d.overdueFindings, href: "/findings?overdue=1", icon: ClockAlert },
    { key: "reviewsOverdue", count: d.reviewsOverdue, href: "/vendors?reviewOverdue=1", icon: FileClock },
  ];

  /** The change against the comparison day, where the snapshots recorded the count; nothing otherwise. */
  function change(now: number, before: number | null | undefined) {
    if (before === null || before === undefined || !d.before) return null;
    const date = day(d.before.day);
    const delta = now - before;
    return (
      <span className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
        {delta > 0 ? (
          <ArrowUp aria-hidden className="size-3 text-severity-critical" />
        ) : delta < 0 ? (
          <ArrowDown aria-hidden className="size-3 text-severity-low" />
        ) : null}
        {delta > 0 ? t("change.up", { count: delta, date }) : delta < 0 ? t("change.down", { count: -delta, date }) : t("change.same", { date })}
      </span>
    );
  }

  const moreAlarms = t.rich("alarms.more", {
    count: d.alarmCount,
    link: (chunks) => (
      <Link href="/risks" className="font-medium underline">
        {chunks}
      </Link>
    ),
  });

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { organization: actor.organizationName })}
        actions={
          <>
            <ButtonLink href="/dashboard/executive" variant="secondary">
              {t("executiveView")}
            </ButtonLink>
            <ButtonLink href="/vendors">{t("viewVendors")}</ButtonLink>
          </>
        }
      />
      {d.vendors === 0 ? (
        <EmptyState title={t("empty.title")} action={<ButtonLink href="/vendors/new">{t("empty.action")}</ButtonLink>}>
          {t("empty.body")}
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="work-queue">
            <h2 id="work-queue" className="mb-2 text-section">
              {t("queue.title")}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-5">
              {queue.map((item) => {
                const urgent = item.alarm && item.count > 0;
                const Icon = item.icon;
                return (
                  <li key={item.key}>
                    <Link
                      href={item.href}
                      className={cn(
                        "group flex h-full items-center gap-3 rounded-lg border bg-white px-3 py-2.5 hover:border-accent-300 dark:bg-slate-900 dark:hover:border-accent-700",
                        urgent ? "border-severity-critical/60 border-l-4 border-l-severity-critical" : "border-slate-200 dark:border-slate-800",
                      )}
                    >
                      <Icon
                        aria-hidden
                        className={cn("size-4 shrink-0", urgent ? "text-severity-critical" : item.count ? "text-slate-600 dark:text-slate-300" : "text-slate-400 dark:text-slate-500")}
                      />
                      <span className="min-w-0 flex-1">
                        <span className="block text-sm text-slate-700 dark:text-slate-300">{t(`queue.${item.key}`)}</span>
                        {change(item.count, item.before)}
                      </span>
                      <span
                        className={cn(
                          "text-xl font-semibold tabular-nums",
                          urgent ? "text-red-700 dark:text-red-300" : item.count ? "text-slate-900 dark:text-slate-100" : "font-normal text-slate-400 dark:text-slate-500",
                        )}
                      >
                        {format.number(item.count)}
                      </span>
                      <ChevronRight aria-hidden className="size-4 shrink-0 text-slate-400 group-hover:text-slate-600 dark:group-hover:text-slate-300" />
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>

          {d.alarms.length > 0 && (
            <section
              aria-labelledby="alarms"
              className="scroll-mt-4 rounded-xl border border-slate-200 border-l-4 border-l-severity-critical bg-white px-5 py-4 text-sm dark:border-slate-800 dark:border-l-severity-critical dark:bg-slate-900"
            >
              <h2 id="alarms" className="text-section text-red-800 dark:text-red-300">
                {d.acceptedAlarms ? t("alarms.headingAccepted", { count: d.alarmCount, accepted: d.acceptedAlarms }) : t("alarms.heading", { count: d.alarmCount })}
              </h2>
              <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{t("alarms.explanation")}</p>
              <ul className="mt-2 divide-y divide-slate-100 dark:divide-slate-800">
                {d.alarms.map(({ vendor, alarm }) => (
                  <li key={`${vendor.id}-${alarm.channel}`} className="flex flex-wrap gap-x-2 py-1.5">
                    <Link href={`/vendors/${vendor.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                      {vendor.name}
                    </Link>
                    <span className="text-slate-500 dark:text-slate-400">{alarm.channel}</span>
                    <span lang="en" className="basis-full text-slate-700 dark:text-slate-300">
                      {alarm.reasons.join("; ")}
                    </span>
                  </li>
                ))}
              </ul>
              {d.alarmCount > d.alarms.length && (
                <p className="mt-2 text-slate-600 dark:text-slate-400">
                  {moreAlarms}
                </p>
              )}
            </section>
          )}

          <Card title={t("top.title")} className="min-w-0">
            <Table aria-label={t("top.title")}>
              <thead>
                <tr>
                  <Th>{t("top.vendor")}</Th>
                  <Th>{t("top.level")}</Th>
                  <Th numeric>{t("top.score")}</Th>
                  <Th numeric>{t("top.impact")}</Th>
                  <Th numeric>{t("top.likelihood")}</Th>
                  <Th>{t("top.factor")}</Th>
                </tr>
              </thead>
              <tbody>
                {d.top.map((r) => {
                  const factor = r.score.factors[0]?.text;
                  return (
                    <tr key={r.vendor.id}>
                      <Td className="max-w-[14rem] truncate font-medium">
                        <Link href={`/vendors/${r.vendor.id}`} title={r.vendor.name} className="text-accent-800 hover:underline dark:text-accent-300">
                          {r.vendor.name}
                        </Link>
                      </Td>
                      <Td>
                        <SeverityBadge level={r.score.level}>{tLevel(r.score.level)}</SeverityBadge>
                      </Td>
                      <Td numeric className="font-semibold">
                        {format.number(r.score.residual)}
                      </Td>
                      <Td numeric>{format.number(r.score.impact)}</Td>
                      <Td numeric>{format.number(r.score.likelihood)}</Td>
                      <Td className="max-w-[26rem] truncate text-slate-600 dark:text-slate-400">
                        {factor && (
                          <span lang="en" title={factor}>
                            {factor}
                          </span>
                        )}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
            <Link href="/risks" className="mt-3 inline-block text-sm text-accent-800 hover:underline dark:text-accent-300">
              {t("top.all")}
            </Link>
          </Card>

          <div className="grid items-start gap-6 xl:grid-cols-2">
            <Card title={t("heatMap.title")} className="min-w-0">
              <HeatMap cells={d.heatMap} levels={d.heatMapLevels} />
            </Card>
            <Card title={t("renewals.title")} className="min-w-0">
              {d.renewals.length === 0 ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">{t("renewals.none")}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
                  {d.renewals.map((v) => (
                    <li key={v.id} className="flex justify-between gap-4 py-1.5">
                      <Link href={`/vendors/${v.id}`} className="hover:underline">
                        {v.name}
                      </Link>
                      <span className="text-right tabular-nums">
                        {v.noticePeriodDays ? t("renewals.withNotice", { date: day(v.date), days: v.noticePeriodDays }) : day(v.date)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        </div>
      )}
    </>
  );
}
