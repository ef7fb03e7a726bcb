import { scaleLevel, SeverityBadge } from "@/components/ui/badge";
import type { Tier } from "@/lib/domain-types";
import { tierLabels } from "./labels";

/** A vendor's tier or a system's criticality, on the one severity scale. */
export function TierBadge({ tier }: { tier: Tier | null }) {
  if (!tier) return <span className="text-xs text-slate-500 dark:text-slate-400">Not tiered</span>;
  return <SeverityBadge level={scaleLevel(tier)}>{tierLabels[tier]}</SeverityBadge>;
}
