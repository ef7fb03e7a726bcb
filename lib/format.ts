// Counts in words: "1 vendor", "2 vendors", "1,400 vendors". One place for the plural rule, so no page says "1 vendors".
const numbers = new Intl.NumberFormat("en");
const rules = new Intl.PluralRules("en");

/** The count and the noun in the right number; irregular plurals are passed in ("1 entry", "2 entries"). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${numbers.format(n)} ${rules.select(n) === "one" ? singular : plural}`;
}
