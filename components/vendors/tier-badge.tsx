import type { Tier } from "@/lib/domain-types";
import { tierLabels } from "./labels";

// One colour per level everywhere, always with its word, so colour is never the only signal.
const tierStyles: Record<Tier, string> = {
  CRITICAL: "bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800",
  HIGH: "bg-orange-100 text-orange-900 ring-orange-300 dark:bg-orange-950 dark:text-orange-200 dark:ring-orange-800",
  MEDIUM: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  LOW: "bg-emerald-50 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
};

export function TierBadge({ tier }: { tier: Tier | null }) {
  if (!tier) return <span className="text-xs text-slate-500 dark:text-slate-400">Not tiered</span>;
  return <span className={`inline-flex rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tierStyles[tier]}`}>{tierLabels[tier]}</span>;
}
