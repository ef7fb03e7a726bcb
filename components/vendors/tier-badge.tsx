import { scaleLevel, SeverityBadge } from "@/components/ui/badge";
import type { Tier } from "@/lib/domain-types";
import { useTranslations } from "next-intl";

/** A vendor's tier or a system's criticality, on the one severity scale. */
export function TierBadge({ tier }: { tier: Tier | null }) {
  const t = useTranslations("labels.tier");
  if (!tier) return <span className="text-xs text-slate-500 dark:text-slate-400">{t("none")}</span>;
  return <SeverityBadge level={scaleLevel(tier)}>{t(tier)}</SeverityBadge>;
}
