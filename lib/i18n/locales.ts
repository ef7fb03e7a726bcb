// The languages Chainward speaks. Adding one: a catalog in messages/<code>.json with every key of en.json (a test
// checks), its name below, and translations of the built-in questionnaires (see README › Languages).
export const LOCALES = ["en", "fr", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The language chosen in this browser (the account menu, the sign-in pages). */
export const LOCALE_COOKIE = "chainward-locale";

/** Each language in its own words, as a switch shows it. */
export const localeNames: Record<Locale, string> = { en: "English", fr: "Français", de: "Deutsch" };

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/**
 * The best of our languages for an Accept-Language header ("de-AT,de;q=0.9,en;q=0.6" → de): ranges by quality, a
 * regional range matching its language; the default when none matches.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: range.trim().toLowerCase().split("-")[0]!, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.language && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranges.map((r) => r.language).find(isLocale) ?? DEFAULT_LOCALE;
}
