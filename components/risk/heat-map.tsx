import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { BANDS } from "@/lib/risk/dashboard";
import type { RiskLevel } from "@/lib/risk/model";
import { LEVEL_ORDER } from "./levels";

const range = (band: number) => `${band * (100 / BANDS)}–${(band + 1) * (100 / BANDS)}`;

// Each cell is tinted with the severity colour of its level; every cell also shows its number and the legend names
// the levels, so colour is never the only signal. Empty cells keep a paler tint.
const tint: Record<RiskLevel, string> = {
  critical: "bg-severity-critical/20 text-red-950 dark:bg-severity-critical/40 dark:text-red-50",
  high: "bg-severity-high/20 text-orange-950 dark:bg-severity-high/40 dark:text-orange-50",
  medium: "bg-severity-medium/20 text-amber-950 dark:bg-severity-medium/40 dark:text-amber-50",
  low: "bg-severity-low/15 text-emerald-950 dark:bg-severity-low/30 dark:text-emerald-50",
};
const paleTint: Record<RiskLevel, string> = {
  critical: "bg-severity-critical/5 dark:bg-severity-critical/10",
  high: "bg-severity-high/5 dark:bg-severity-high/10",
  medium: "bg-severity-medium/5 dark:bg-severity-medium/10",
  low: "bg-severity-low/5 dark:bg-severity-low/10",
};
const swatch: Record<RiskLevel, string> = {
  critical: "bg-severity-critical",
  high: "bg-severity-high",
  medium: "bg-severity-medium",
  low: "bg-severity-low",
};

/**
 * Impact (rows, highest first) × likelihood (columns): each cell counts vendors, is tinted by the risk level it stands
 * for, and links to its vendors.
 */
export function HeatMap({ cells, levels }: { cells: number[][]; levels: RiskLevel[][] }) {
  const t = useTranslations("dashboard.heatMap");
  const tLevel = useTranslations("dashboard.levels");
  const bands = Array.from({ length: BANDS }, (_, i) => i);
  return (
    <>
      <table className="w-full table-fixed border-separate border-spacing-1 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-24 text-left text-xs font-medium text-slate-600 dark:text-slate-400">
              {t("axes")}
            </th>
            {bands.map((l) => (
              <th key={l} scope="col" className="text-xs font-medium tabular-nums text-slate-600 dark:text-slate-400">
                {range(l)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...bands].reverse().map((i) => (
            <tr key={i}>
              <th scope="row" className="text-left text-xs font-medium tabular-nums text-slate-600 dark:text-slate-400">
                {range(i)}
              </th>
              {bands.map((l) => {
                const count = cells[i]![l]!;
                const level = levels[i]![l]!;
                return (
                  <td key={l} data-level={level} className={cn("h-12 rounded-md text-center tabular-nums", count ? cn(tint[level], "font-semibold") : cn(paleTint[level], "text-slate-500 dark:text-slate-400"))}>
                    {count ? (
                      <Link
                        href={`/risks?impact=${i}&likelihood=${l}`}
                        className="flex h-full w-full items-center justify-center rounded-md hover:underline"
                        aria-label={t("cell", { count, impact: range(i), likelihood: range(l) })}
                      >
                        {count}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span>{t("legend")}</span>
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {LEVEL_ORDER.map((level) => (
            <li key={level} className="flex items-center gap-1.5">
              <span aria-hidden className={cn("size-2.5 rounded-sm", swatch[level])} />
              {tLevel(level)}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
