"use client";
// The member's saved views of the vendor list as quick links, the current filters saved under a name, and a view
// deleted after a second click that says which.
import { Bookmark, X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { FormState } from "@/lib/forms";
import { deleteVendorViewAction, saveVendorViewAction } from "@/lib/vendors/actions";

interface View {
  id: string;
  name: string;
  query: string;
}

const chip = "inline-flex items-center rounded-md border text-sm";

function ViewChip({ view, current }: { view: View; current: boolean }) {
  const t = useTranslations("vendorList.views");
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(deleteVendorViewAction, {} as FormState);
  useEffect(() => {
    if (state.message && !state.ok) toast.error(state.message);
  }, [state]);
  if (confirming) {
    return (
      <form action={action} className={cn(chip, "gap-2 border-red-200 bg-red-50 py-0.5 pr-0.5 pl-2 dark:border-red-900 dark:bg-red-950/50")}>
        <input type="hidden" name="id" value={view.id} />
        <span>{t("confirmDelete", { name: view.name })}</span>
        <Button type="submit" variant="danger" size="sm" disabled={pending}>
          {t("confirm")}
        </Button>
        <Button type="button" variant="ghost" size="sm" autoFocus onClick={() => setConfirming(false)}>
          {t("keep")}
        </Button>
      </form>
    );
  }
  return (
    <span className={cn(chip, current ? "border-accent-300 bg-accent-50 dark:border-accent-800 dark:bg-accent-800/30" : "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900")}>
      <Link
        href={view.query ? `/vendors?${view.query}` : "/vendors"}
        aria-current={current ? "page" : undefined}
        className="rounded-l-md py-0.5 pr-1 pl-2 text-slate-800 hover:underline dark:text-slate-100"
      >
        {view.name}
      </Link>
      <button
        type="button"
        aria-label={t("deleteLabel", { name: view.name })}
        onClick={() => setConfirming(true)}
        className="rounded-r-md px-1 py-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:hover:bg-slate-800 dark:hover:text-slate-100"
      >
        <X aria-hidden className="size-3.5" />
      </button>
    </span>
  );
}

export function SavedViews({ views, currentQuery }: { views: View[]; currentQuery: string }) {
  const t = useTranslations("vendorList.views");
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(async (prev: FormState, formData: FormData) => {
    const result = await saveVendorViewAction(prev, formData);
    if (result.ok) {
      setOpen(false);
      toast.success(result.message);
    }
    return result;
  }, {} as FormState);
  const nameId = useId();
  const errorId = useId();
  const error = state.ok ? undefined : state.fieldErrors?.name?.[0];
  return (
    <nav aria-label={t("label")} className="mb-3 flex flex-wrap items-center gap-2">
      {views.length > 0 && <span className="text-xs font-medium text-slate-600 dark:text-slate-400">{t("label")}</span>}
      {views.map((v) => (
        <ViewChip key={v.id} view={v} current={v.query === currentQuery} />
      ))}
      {open ? (
        <form action={action} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="query" value={currentQuery} />
          <label htmlFor={nameId} className="sr-only">
            {t("nameLabel")}
          </label>
          <input
            id={nameId}
            name="name"
            autoFocus
            required
            maxLength={60}
            defaultValue={typeof state.values?.name === "string" ? state.values.name : ""}
            placeholder={t("namePlaceholder")}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
            className="w-72 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          />
          <Button type="submit" size="sm" disabled={pending}>
            {t("submit")}
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
          {error && (
            <p id={errorId} role="alert" className="w-full text-xs text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
        </form>
      ) : (
        <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(true)}>
          <Bookmark aria-hidden />
          {t("save")}
        </Button>
      )}
    </nav>
  );
}
