"use client";
import { ChevronsUpDown, KeyRound, Languages, LogOut, Monitor, Moon, Sun, UserRound } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useTransition } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { signOutAction } from "@/lib/auth/actions";
import { saveLanguageAction } from "@/lib/i18n/actions";
import { LOCALE_COOKIE, LOCALES, localeNames } from "@/lib/i18n/locales";
import { rememberPreference, THEME_COOKIE, THEMES, type Theme } from "@/lib/preferences/display";

const themeIcons = { system: Monitor, light: Sun, dark: Moon } satisfies Record<Theme, unknown>;
const linkIcons = { account: UserRound, "two-step": KeyRound };

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("") || "?";

/** The person's menu at the top right: who is signed in where, their account pages, theme, language, and signing out. */
export function UserMenu({ name, detail, theme, links }: { name: string; detail: string; theme: Theme; links: { href: string; label: string; icon: keyof typeof linkIcons }[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const signOutForm = useRef<HTMLFormElement>(null);
  const [, startTransition] = useTransition();
  const chooseLocale = (value: string) => {
    rememberPreference(LOCALE_COOKIE, value);
    // Kept for the person too: emails follow it.
    startTransition(async () => {
      await saveLanguageAction({ locale: value });
      router.refresh();
    });
  };
  const chooseTheme = (value: string) => {
    const next = value as Theme;
    // Shown at once; the cookie keeps it for the next pages, which the server renders with it.
    document.documentElement.classList.remove(...THEMES);
    document.documentElement.classList.add(next);
    rememberPreference(THEME_COOKIE, next);
    router.refresh();
  };
  return (
    <>
      <form ref={signOutForm} action={signOutAction} hidden />
      <DropdownMenu>
        <DropdownMenuTrigger className="flex items-center gap-2 rounded-md px-1.5 py-1 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800" aria-label={t("shell.accountMenu", { name })}>
          <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-accent-100 text-xs font-semibold text-accent-800 dark:bg-accent-800 dark:text-accent-50">
            {initials(name)}
          </span>
          <span className="hidden min-w-0 sm:block">
            <span className="block max-w-48 truncate font-medium leading-tight">{name}</span>
            <span className="block max-w-48 truncate text-xs leading-tight text-slate-600 dark:text-slate-400">{detail}</span>
          </span>
          <ChevronsUpDown aria-hidden className="size-4 text-slate-500" />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuLabel>
            <span className="block font-medium text-slate-900 dark:text-slate-100">{name}</span>
            <span className="block font-normal">{detail}</span>
          </DropdownMenuLabel>
          {links.length > 0 && <DropdownMenuSeparator />}
          {links.map((l) => {
            const Icon = linkIcons[l.icon];
            return (
              <DropdownMenuItem key={l.href} asChild>
                <Link href={l.href}>
                  <Icon aria-hidden />
                  {l.label}
                </Link>
              </DropdownMenuItem>
            );
          })}
          <DropdownMenuSeparator />
          <DropdownMenuLabel>{t("shell.theme")}</DropdownMenuLabel>
          <DropdownMenuRadioGroup value={theme} onValueChange={chooseTheme}>
            {THEMES.map((theme_) => {
              const Icon = themeIcons[theme_];
              return (
                <DropdownMenuRadioItem key={theme_} value={theme_}>
                  <Icon aria-hidden />
                  {t(`theme.${theme_}`)}
                </DropdownMenuRadioItem>
              );
            })}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          <DropdownMenuLabel className="flex items-center gap-1.5">
            <Languages aria-hidden className="size-3.5" />
            {t("shell.language")}
          </DropdownMenuLabel>
          <DropdownMenuRadioGroup value={locale} onValueChange={chooseLocale}>
            {LOCALES.map((l) => (
              <DropdownMenuRadioItem key={l} value={l} lang={l}>
                {localeNames[l]}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          {/* The form stays outside the menu, which closes (and leaves the page) as the item is chosen. */}
          <DropdownMenuItem onSelect={() => signOutForm.current?.requestSubmit()}>
            <LogOut aria-hidden />
            {t("shell.signOut")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
