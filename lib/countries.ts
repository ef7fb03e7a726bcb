// Countries as ISO 3166-1 alpha-2 codes, shown by name. A person picks or types a name ("Germany"), a file may carry a
// name or a code in any letter case ("germany", "DE"); what is stored is always the code. Anything else is refused,
// never guessed: "GE" is Georgia, and "Germny" is no country at all.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/** Every country, by its English name. */
export const COUNTRIES: { code: string; name: string }[] = Object.entries(countries.getNames("en", { select: "official" }))
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name, "en"));

/** The code for a code or an English name (official or a common alias such as "USA"), in any letter case; else null. */
export function countryCode(input: string): string | null {
  const value = input.trim();
  if (/^[a-z]{2}$/i.test(value)) return countries.isValid(value.toUpperCase()) ? value.toUpperCase() : null;
  return countries.getAlpha2Code(value, "en") ?? null;
}

export const countryName = (code: string | null | undefined) => (code ? (countries.getName(code, "en", { select: "official" }) ?? code) : "");
