// Display preferences of this browser, kept in cookies so the server renders them from the first byte (no flash, no
// inline script): the colour theme (system follows the operating system), whether the sidebar is folded, and (through
// lib/i18n) the language.
import { z } from "zod";
import type { LOCALE_COOKIE } from "@/lib/i18n/locales";
import type { VENDOR_COLUMNS_COOKIE, VENDOR_DENSITY_COOKIE } from "@/lib/vendors/list-view";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "chainward-theme";

/** A cookie value as a theme; anything else (absent, edited, stale) means "system". */
export const themeSchema = z.enum(THEMES).catch("system");

/** "collapsed" folds the staff sidebar down to icons. */
export const SIDEBAR_COOKIE = "chainward-sidebar";

/** Keeps a display preference for a year (in the browser: it is no secret and the server only reads it). */
export function rememberPreference(cookie: typeof THEME_COOKIE | typeof SIDEBAR_COOKIE | typeof LOCALE_COOKIE | typeof VENDOR_COLUMNS_COOKIE | typeof VENDOR_DENSITY_COOKIE, value: string) {
  document.cookie = `${cookie}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}
