"use client";
// The vendor list's filters. They apply as they change (the search once typing pauses): the URL is replaced, so a
// view can be shared or bookmarked, and the server pages the result. Without JavaScript the same form is sent with
// its "Apply" button.
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DEFAULT_DIRECTION, VENDOR_SORTS, type VendorSort } from "@/lib/vendors/list-view";

export interface FilterValues {
  q: string;
  status: string;
  tier: string;
  channelKind: string;
  privilege: string;
  slaBreach: boolean;
  kevAlert: boolean;
  reviewOverdue: boolean;
  sort: VendorSort;
  dir: string;
}

type Choice = "status" | "tier" | "channelKind" | "privilege";
type Flag = "slaBreach" | "kevAlert" | "reviewOverdue";
const CHOICES: Choice[] = ["status", "tier", "channelKind", "privilege"];
const FLAGS: Flag[] = ["slaBreach", "kevAlert", "reviewOverdue"];

/** How long typing in the search pauses before the list follows. */
export const SEARCH_DELAY_MS = 300;

/** The values as URL parameters, in the order and with the defaults left out as the server writes them. */
function paramsOf(v: FilterValues): string {
  const params = new URLSearchParams();
  const q = v.q.trim();
  if (q) params.set("q", q);
  for (const key of CHOICES) if (v[key]) params.set(key, v[key]);
  for (const key of FLAGS) if (v[key]) params.set(key, "1");
  if (v.sort !== "name") params.set("sort", v.sort);
  if (v.dir && v.dir !== DEFAULT_DIRECTION[v.sort]) params.set("dir", v.dir);
  return params.toString();
}

const noSubscription = () => () => {};

const control = "max-w-56 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";
const labelClass = "mb-1 block text-xs font-medium text-slate-700 dark:text-slate-300";

export function VendorFilters({
  values: fromServer,
  serverKey,
  options,
  children,
}: {
  values: FilterValues;
  /** The URL parameters the page was rendered for (without the page number). */
  serverKey: string;
  options: Record<Choice, { value: string; label: string }[]>;
  /** Shown at the end of the last row (the count, the view menu). */
  children?: ReactNode;
}) {
  const t = useTranslations("vendorList");
  const router = useRouter();
  const pathname = usePathname();
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [values, setValues] = useState(fromServer);
  // The URLs this form asked for and the page may still answer with; a page for any other URL (a sort header, "Clear
  // filters", the browser's back button) resets the controls to what it shows.
  const [sent, setSent] = useState<string[]>([serverKey]);
  const [seen, setSeen] = useState(serverKey);
  if (seen !== serverKey) {
    setSeen(serverKey);
    if (serverKey === paramsOf(values)) setSent([serverKey]);
    else if (!sent.includes(serverKey)) setValues(fromServer);
  }
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const apply = (next: FilterValues, delay: number) => {
    setValues(next);
    const key = paramsOf(next);
    setSent((s) => [...s.slice(-19), key]);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => startTransition(() => router.replace(key ? `${pathname}?${key}` : pathname, { scroll: false })), delay);
  };
  const filtered = paramsOf({ ...values, sort: "name", dir: "" }) !== "";

  return (
    <form
      role="search"
      aria-label={t("filters.label")}
      action={pathname}
      onSubmit={(e) => {
        e.preventDefault();
        apply(values, 0);
      }}
      className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className={labelClass}>
            {t("filters.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            maxLength={100}
            value={values.q}
            onChange={(e) => apply({ ...values, q: e.target.value }, SEARCH_DELAY_MS)}
            placeholder={t("filters.searchPlaceholder")}
            className={`${control} w-56`}
          />
        </div>
        {CHOICES.map((key) => (
          <div key={key}>
            <label htmlFor={key} className={labelClass}>
              {t(`filters.${key}`)}
            </label>
            <select id={key} name={key} value={values[key]} onChange={(e) => apply({ ...values, [key]: e.target.value }, 0)} className={control}>
              <option value="">{t("filters.all")}</option>
              {options[key].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor="sort" className={labelClass}>
            {t("filters.sort")}
          </label>
          {/* A sort chosen here starts in its own direction. */}
          <select id="sort" name="sort" value={values.sort} onChange={(e) => apply({ ...values, sort: e.target.value as VendorSort, dir: "" }, 0)} className={control}>
            {VENDOR_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
          {values.dir && <input type="hidden" name="dir" value={values.dir} />}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {FLAGS.map((key) => (
          <label key={key} className="flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              name={key}
              value="1"
              checked={values[key]}
              onChange={(e) => apply({ ...values, [key]: e.target.checked }, 0)}
              className="h-4 w-4 accent-accent-700"
            />
            {t(`filters.${key}`)}
          </label>
        ))}
        {!hydrated && (
          <Button type="submit" variant="secondary" size="sm">
            {t("filters.apply")}
          </Button>
        )}
        {filtered && (
          <Link href={pathname} className="text-sm text-accent-700 hover:underline dark:text-accent-300">
            {t("filters.clear")}
          </Link>
        )}
        <span role="status" className="text-xs text-slate-500 dark:text-slate-400">
          {pending && (
            <span className="inline-flex items-center gap-1">
              <Loader2 aria-hidden className="size-3.5 animate-spin" />
              {t("filters.updating")}
            </span>
          )}
        </span>
        <div className="ml-auto flex items-center gap-3">{children}</div>
      </div>
    </form>
  );
}
