// Words for people who are not making the current request: emails go out in the recipient's language, also from
// background jobs where there is no request to take a language from.
import { createFormatter, createTranslator } from "next-intl";
import de from "@/messages/de.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import fr from "@/messages/fr.json" with { type: "json" };
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

const catalogs = { en, fr, de } satisfies Record<Locale, unknown>;

/** The language to write to a person in: the first known of the choices given, else English. */
export const recipientLocale = (...choices: (string | null | undefined)[]): Locale => choices.find(isLocale) ?? DEFAULT_LOCALE;

/** Translator and formatter of a language, for text composed outside a page (emails). */
export function wordsFor(locale: Locale) {
  return {
    t: createTranslator({ locale, messages: catalogs[locale] as typeof en }),
    format: createFormatter({ locale, timeZone: "UTC" }),
    /** A calendar day as the language writes it ("6 December 2026", "6 décembre 2026", "6. Dezember 2026"). */
    day: (d: Date) => createFormatter({ locale, timeZone: "UTC" }).dateTime(d, { dateStyle: "long" }),
  };
}
