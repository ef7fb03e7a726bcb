import { useTranslations } from "next-intl";

/** The placeholder shown while a page's data loads. */
export function PageLoading({ label }: { label?: string }) {
  const t = useTranslations("common");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{label ?? t("loading")}</span>
      <div className="h-6 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-80 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-40 rounded-lg bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
