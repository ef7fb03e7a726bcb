import Link from "next/link";
import { BANDS } from "@/lib/risk/dashboard";
import { countOf } from "@/lib/format";

const range = (band: number) => `${band * (100 / BANDS)}–${(band + 1) * (100 / BANDS)}`;
// Warmer with impact + likelihood; every cell also shows its number, so colour is never the only signal.
const tone = (sum: number) =>
  sum >= 7
    ? "bg-red-200 text-red-950 dark:bg-red-900 dark:text-red-50"
    : sum >= 5
      ? "bg-orange-200 text-orange-950 dark:bg-orange-900 dark:text-orange-50"
      : sum >= 3
        ? "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50"
        : "bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50";

/** Impact (rows, highest first) × likelihood (columns): each cell counts vendors and links to them. */
export function HeatMap({ cells }: { cells: number[][] }) {
  const bands = Array.from({ length: BANDS }, (_, i) => i);
  return (
    <table className="w-full table-fixed border-separate border-spacing-1 text-sm">
      <caption className="sr-only">Vendors by impact (rows) and likelihood (columns); each cell links to its vendors.</caption>
      <thead>
        <tr>
          <th scope="col" className="w-24 text-left text-xs font-medium text-slate-600 dark:text-slate-400">
            Impact ↓ / Likelihood →
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
              return (
                <td key={l} className={`h-12 rounded text-center font-semibold tabular-nums ${tone(i + l)}`}>
                  {count ? (
                    <Link
                      href={`/risks?impact=${i}&likelihood=${l}`}
                      className="flex h-full w-full items-center justify-center hover:underline"
                      aria-label={`${countOf(count, "vendor")} with impact ${range(i)} and likelihood ${range(l)}`}
                    >
                      {count}
                    </Link>
                  ) : (
                    <span className="opacity-40">0</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
