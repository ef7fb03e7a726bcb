"use client";
import { Languages } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_COOKIE, LOCALES, localeNames } from "@/lib/i18n/locales";
import { rememberPreference } from "@/lib/preferences/display";

/** The language of the signed-out pages (sign-in, invitation, supplier portal sign-in), kept for this browser. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  return (
    <label className="inline-flex items-center gap-1.5 text-sm text-slate-600 dark:text-slate-400">
      <Languages aria-hidden className="size-4" />
      <span className="sr-only">{t("language")}</span>
      <select
        value={locale}
        onChange={(e) => {
          rememberPreference(LOCALE_COOKIE, e.target.value);
          router.refresh();
        }}
        className="rounded-md border-0 bg-transparent py-1 pr-7 pl-1 text-sm hover:bg-slate-100 focus-visible:outline-2 dark:hover:bg-slate-800"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
