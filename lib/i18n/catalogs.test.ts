import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

type Catalog = { [key: string]: string | Catalog };
const catalog = (locale: string): Catalog => JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));

/** Every message of a catalog by its dotted key. */
function flatten(c: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(c)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** The ICU arguments a message uses, with their kind ("name", "count:plural"), however deeply nested. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument) found.add(e.value);
    else if (e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) found.add(`${e.value}:${TYPE[e.type]}`);
    else if (e.type === TYPE.plural || e.type === TYPE.select) {
      found.add(`${e.value}:${TYPE[e.type]}`);
      for (const option of Object.values(e.options)) argumentsOf(option.value, found);
    } else if (e.type === TYPE.tag) {
      found.add(`<${e.value}>`);
      argumentsOf(e.children, found);
    }
  }
  return found;
}

const reference = flatten(catalog(DEFAULT_LOCALE));

describe("message catalogs", () => {
  it.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))("%s has exactly the keys of the English catalog", (locale) => {
    const messages = flatten(catalog(locale));
    expect([...messages.keys()].filter((k) => !reference.has(k)), "keys English does not have").toEqual([]);
    expect([...reference.keys()].filter((k) => !messages.has(k)), "keys missing").toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))("%s uses the same ICU arguments in every message, and every message parses", (locale) => {
    const messages = flatten(catalog(locale));
    const differences: string[] = [];
    for (const [key, english] of reference) {
      const translated = messages.get(key);
      if (translated === undefined) continue;
      const want = [...argumentsOf(parse(english))].sort();
      const got = [...argumentsOf(parse(translated))].sort();
      if (want.join() !== got.join()) differences.push(`${key}: ${got.join(", ")} instead of ${want.join(", ")}`);
    }
    expect(differences).toEqual([]);
  });

  it("catches a translation that drops or renames an argument", () => {
    expect([...argumentsOf(parse("Page {page} of {count}"))].sort()).toEqual(["count", "page"]);
    expect([...argumentsOf(parse("{n, plural, one {# vendor} other {# vendors}}"))]).toEqual(["n:plural"]);
  });
});
