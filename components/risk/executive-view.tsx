import Link from "next/link";
import { LevelsByTierChart, TrendChart } from "@/components/risk/charts";
import { RiskLevelBadge } from "@/components/risk/risk-card";
import { tierLabels } from "@/components/vendors/labels";
import { Card } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import type { executiveDashboard } from "@/lib/risk/dashboard";
import { countOf } from "@/lib/format";

type Data = Awaited<ReturnType<typeof executiveDashboard>>;

function Coverage({ label, value }: { label: string; value: { part: number; whole: number; pct: number | null } }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <span className="block text-2xl font-semibold tabular-nums">{value.pct === null ? "—" : `${value.pct}%`}</span>
      <span className="block text-sm text-slate-600 dark:text-slate-400">{label}</span>
      <span className="block text-xs tabular-nums text-slate-500 dark:text-slate-400">
        {value.part} of {value.whole}
      </span>
    </div>
  );
}

/** The risk posture in one screen: levels, trend, NIS-2 coverage and the top exposures in plain language. */
export function ExecutiveView({ data }: { data: Data }) {
  const tiers = data.byTier.filter((t) => t.critical + t.high + t.medium + t.low > 0).map((t) => ({ ...t, label: t.tier ? tierLabels[t.tier] : "Not tiered" }));
  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {data.byLevel.map((l) => (
          <Link key={l.level} href={`/risks?level=${l.level}`} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-accent-300 dark:border-slate-800 dark:bg-slate-900">
            <span className="block text-2xl font-semibold tabular-nums">{l.count}</span>
            <RiskLevelBadge level={l.level} />
          </Link>
        ))}
      </div>
      <Card title="Top exposures">
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {data.topExposures.map((t) => (
            <li key={t.vendor.id}>
              <Link href={`/vendors/${t.vendor.id}`} className="font-medium hover:underline">
                {t.sentence}
              </Link>{" "}
              <RiskLevelBadge level={t.score.level} /> <span className="tabular-nums text-slate-600 dark:text-slate-400">{t.score.residual}/100</span>
            </li>
          ))}
        </ol>
        {data.activeAlarms > 0 && (
          <p className="mt-3 text-sm font-medium text-red-800 dark:text-red-300">
            {countOf(data.activeAlarms, "Kaseya-pattern alarm")}: channels that can push code into our systems, with a weakness an attacker can use.
          </p>
        )}
      </Card>
      <div className="grid gap-4 md:grid-cols-3">
        <Coverage label="Critical and high suppliers assessed within their review interval (NIS-2 Art. 21(2)(d))" value={data.coverage.assessed} />
        <Coverage label="Privileged access channels with MFA enforced (Art. 21(2)(j))" value={data.coverage.mfa} />
        <Coverage label="Push-capable channels with a tested emergency disconnect" value={data.coverage.killSwitch} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Vendors by tier and risk level">
          <LevelsByTierChart data={tiers} />
          <Table className="mt-2">
            <caption className="sr-only">Vendors by tier and risk level</caption>
            <thead>
              <tr>
                <Th>Tier</Th>
                <Th numeric>Critical</Th>
                <Th numeric>High</Th>
                <Th numeric>Medium</Th>
                <Th numeric>Low</Th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((t) => (
                <tr key={t.label}>
                  <Td>{t.label}</Td>
                  <Td numeric>{t.critical}</Td>
                  <Td numeric>{t.high}</Td>
                  <Td numeric>{t.medium}</Td>
                  <Td numeric>{t.low}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title="Trend over the last 12 months">
          {data.trend.length < 2 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Scores are recorded once a day; the trend appears once there are two months of records
              {data.trend[0] ? ` (first: ${data.trend[0].month})` : ""}.
            </p>
          ) : (
            <TrendChart data={data.trend} />
          )}
          {data.trend.length > 0 && (
            <Table className="mt-2">
              <caption className="sr-only">Risk trend by month</caption>
              <thead>
                <tr>
                  <Th>Month</Th>
                  <Th numeric>Average residual</Th>
                  <Th numeric>Critical</Th>
                  <Th numeric>High</Th>
                </tr>
              </thead>
              <tbody>
                {data.trend.map((t) => (
                  <tr key={t.month}>
                    <Td>{t.month}</Td>
                    <Td numeric>{t.averageResidual}</Td>
                    <Td numeric>{t.critical}</Td>
                    <Td numeric>{t.high}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </div>
  );
}
