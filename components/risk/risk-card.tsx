import { SeverityBadge } from "@/components/ui/badge";
import { LazyDetails } from "@/components/ui/lazy-details";
import { Card } from "@/components/ui/page";
import { AcceptAlarmForm } from "./accept-alarm-form";
import type { KaseyaAlarm } from "@/lib/risk/kaseya";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { weightsLabel, type RiskLevel, type RiskScore } from "@/lib/risk/model";


export function RiskLevelBadge({ level }: { level: RiskLevel }) {
  const t = useTranslations("labels.riskLevel");
  return <SeverityBadge level={level}>{t(level)}</SeverityBadge>;
}

/** The score, what it is made of, and the factors behind it in words. */
export function RiskCard({ score }: { score: RiskScore }) {
  const t = useTranslations("vendor.risk");
  return (
    <Card title={t("title")}>
      <div className="flex flex-wrap items-baseline gap-3">
        <span className="text-3xl font-semibold tabular-nums">{score.residual}</span>
        <span className="text-sm text-slate-600 dark:text-slate-400">{t("of100")}</span>
        <RiskLevelBadge level={score.level} />
        <span className="text-sm text-slate-600 tabular-nums dark:text-slate-400">{t("formula", { impact: score.impact, likelihood: score.likelihood })}</span>
      </div>
      <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t("why")}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {score.factors.slice(0, 6).map((f) => (
          <li key={f.text} className="flex gap-2">
            <span className="w-20 shrink-0 text-right tabular-nums text-slate-600 dark:text-slate-400">
              +{f.points} {f.part === "impact" ? t("impactShort") : t("likelihoodShort")}
            </span>
            <span>{f.text}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
        {t("legend")} {weightsLabel(score.weightsVersion)};{" "}
        <Link href="/risks/model" className="underline">
          {t("howScoresWork")}
        </Link>
        .
      </p>
    </Card>
  );
}

/** Active alarms in red; accepted ones below them, with who accepted them until when. */
export function KaseyaAlarms({ alarms, vendorId, canAccept }: { alarms: KaseyaAlarm[]; vendorId: string; canAccept: boolean }) {
  const active = alarms.filter((a) => !a.accepted);
  const accepted = alarms.filter((a) => a.accepted);
  return (
    <>
      {active.length > 0 && (
        <div role="alert" className="rounded-md border border-red-400 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">Kaseya pattern: a channel that can push code into our systems, with a weakness an attacker can use</p>
          <ul className="mt-1 list-disc pl-5">
            {active.map((a) => (
              <li key={a.channel}>
                <strong>{a.channel}</strong>: {a.reasons.join("; ")}
                {canAccept && a.channelId && (
                  <LazyDetails className="mt-1" summaryClassName="cursor-pointer underline" summary="Accept this risk until a date">
                    <AcceptAlarmForm vendorId={vendorId} channelId={a.channelId} channel={a.channel} />
                  </LazyDetails>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {accepted.length > 0 && (
        <div className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900">
          <p className="font-semibold">Accepted Kaseya-pattern alarms</p>
          <ul className="mt-1 list-disc pl-5">
            {accepted.map((a) => (
              <li key={a.channel}>
                <strong>{a.channel}</strong>: accepted by {a.accepted!.byEmail} until {a.accepted!.until.toISOString().slice(0, 10)} — {a.accepted!.justification}. Still
                true: {a.reasons.join("; ")}.
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
