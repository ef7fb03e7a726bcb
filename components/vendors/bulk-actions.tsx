"use client";
// Actions on the rows chosen in the vendor list: export them, or set one tier with one reason on all of them. The rows'
// checkboxes (rendered by the server with the table) belong to this form through their `form` attribute.
import { Download, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Button, DownloadLink } from "@/components/ui/button";
import type { FormState } from "@/lib/forms";
import { bulkSetTierAction } from "@/lib/vendors/actions";

export const BULK_FORM = "vendor-bulk";

const rowBoxes = () => Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="ids"][form="${BULK_FORM}"]`));

/** The ids checked in the list, kept current as boxes are ticked (by hand or by "select all"). */
function useSelection() {
  const [selection, setSelection] = useState<{ ids: string[]; total: number }>({ ids: [], total: 0 });
  useEffect(() => {
    const read = () => {
      const boxes = rowBoxes();
      setSelection({ ids: boxes.filter((b) => b.checked).map((b) => b.value), total: boxes.length });
    };
    const onChange = (e: Event) => {
      if (e.target instanceof HTMLInputElement && e.target.name === "ids" && e.target.getAttribute("form") === BULK_FORM) read();
    };
    read();
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);
  return selection;
}

function setAll(checked: boolean) {
  for (const box of rowBoxes()) {
    if (box.checked === checked) continue;
    box.checked = checked;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

/** The header checkbox: ticks or clears every row of the page; half-ticked when some are. */
export function SelectAllRows({ label }: { label: string }) {
  const { ids, total } = useSelection();
  const ref = useRef<HTMLInputElement>(null);
  const all = total > 0 && ids.length === total;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ids.length > 0 && !all;
  }, [ids, all]);
  return <input ref={ref} type="checkbox" aria-label={label} checked={all} onChange={(e) => setAll(e.target.checked)} className="size-4 accent-accent-700" />;
}

export function BulkActions({ canEdit, exportQuery, tiers }: { canEdit: boolean; exportQuery: string; tiers: { value: string; label: string }[] }) {
  const t = useTranslations("vendorList.bulk");
  const { ids } = useSelection();
  const [settingTier, setSettingTier] = useState(false);
  const [state, action, pending] = useActionState(async (prev: FormState, formData: FormData) => {
    const result = await bulkSetTierAction(prev, formData);
    if (result.ok) {
      toast.success(result.message);
      setSettingTier(false);
      setAll(false);
    }
    return result;
  }, {} as FormState);
  const tierId = useId();
  const reasonId = useId();
  const errors = state.ok ? undefined : state.fieldErrors;
  const exportHref = `/api/vendors/export?${exportQuery ? `${exportQuery}&` : ""}ids=${ids.join(",")}`;
  return (
    <form id={BULK_FORM} action={action} aria-label={t("label")} hidden={ids.length === 0} className="mb-2 rounded-lg border border-accent-200 bg-accent-50 px-3 py-2 text-sm dark:border-accent-800 dark:bg-accent-800/20">
      <div className="flex flex-wrap items-center gap-3">
        <span role="status" className="font-medium tabular-nums">
          {t("selected", { count: ids.length })}
        </span>
        <DownloadLink href={exportHref} variant="secondary" size="sm">
          <Download aria-hidden />
          {t("export")}
        </DownloadLink>
        {canEdit && !settingTier && (
          <Button type="button" variant="secondary" size="sm" onClick={() => setSettingTier(true)}>
            {t("setTier")}
          </Button>
        )}
        <Button type="button" variant="ghost" size="sm" className="ml-auto" onClick={() => setAll(false)}>
          <X aria-hidden />
          {t("clear")}
        </Button>
      </div>
      {canEdit && settingTier && (
        <div className="mt-2 flex flex-wrap items-start gap-3 border-t border-accent-200 pt-2 dark:border-accent-800">
          <div>
            <label htmlFor={tierId} className="mb-1 block text-xs font-medium">
              {t("tierLabel")}
            </label>
            {/* No tier is preselected: a sweeping change is chosen, never defaulted. */}
            <select id={tierId} name="tier" required defaultValue="" className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
              <option value="" disabled>
                {t("chooseTier")}
              </option>
              {tiers.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-64 flex-1">
            <label htmlFor={reasonId} className="mb-1 block text-xs font-medium">
              {t("reasonLabel")}
            </label>
            <input
              id={reasonId}
              name="reason"
              required
              maxLength={500}
              aria-invalid={errors?.reason ? true : undefined}
              className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
            />
            {errors?.reason && (
              <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
                {errors.reason[0]}
              </p>
            )}
          </div>
          <div className="flex gap-2 self-end">
            <Button type="submit" size="sm" disabled={pending}>
              {t("apply", { count: ids.length })}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setSettingTier(false)}>
              {t("cancel")}
            </Button>
          </div>
          {state.message && !state.ok && (
            <p role="alert" className="w-full text-xs text-red-700 dark:text-red-400">
              {state.message}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
