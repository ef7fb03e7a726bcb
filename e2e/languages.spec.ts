// Pages in French and German: the page says its language, shows none of the English catalog's words of its own
// namespaces, and stays accessible.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { demoUsers } from "../lib/demo/seed";
import { seriousA11yViolations } from "./helpers";
import { expect, test } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
type Catalog = { [key: string]: string | Catalog };
const catalog = (lang: string): Catalog => JSON.parse(readFileSync(path.join(import.meta.dirname, `../messages/${lang}.json`), "utf8"));
const english = catalog("en");

/**
 * The English messages under the given namespaces that would give English away on a page in `lang`: whole words (no ICU
 * arguments, longer than 3 characters) that the language does not write the same ("Contacts" is French too).
 */
function englishMessages(lang: string, namespaces: string[]): string[] {
  const translated = catalog(lang);
  const out: string[] = [];
  const walk = (node: string | Catalog, other: string | Catalog | undefined) => {
    if (typeof node === "string") {
      if (!node.includes("{") && node.length > 3 && node !== other) out.push(node);
    } else for (const [k, v] of Object.entries(node)) walk(v, typeof other === "object" ? other[k] : undefined);
  };
  const at = (c: Catalog, ns: string) => ns.split(".").reduce<string | Catalog>((n, k) => (n as Catalog)[k]!, c);
  for (const ns of namespaces) walk(at(english, ns), at(translated, ns));
  return out;
}

/** A signed-in manager whose browser asks for the language; the session cookie keeps the language of the browser. */
async function managerIn(browser: Browser, locale: "fr-FR" | "de-DE"): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(manager.email);
  await page.locator('input[name="password"]').fill(manager.password!);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

for (const [locale, lang] of [["fr-FR", "fr"], ["de-DE", "de"]] as const) {
  test(`the vendor page in ${lang}: no English word of its own, the right lang, no accessibility violation`, async ({ browser }) => {
    const page = await managerIn(browser, locale);
    await page.goto("/vendors");
    await page.getByRole("link", { name: "BrightPath IT Services", exact: true }).first().click();
    await expect(page).toHaveURL(/\/vendors\/[^/]+$/);
    await expect(page.getByRole("heading", { name: "BrightPath IT Services", level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    // The texts of the page's smallest elements (a label, a heading, a badge), compared whole: words of the vendor's own
    // data or of the risk model's sentences may contain an English message without being one.
    const texts = new Set(
      await page.locator("main").evaluate((main) =>
        [...main.querySelectorAll("*")].filter((e) => e.children.length === 0 && e.textContent?.trim()).map((e) => e.textContent!.trim()),
      ),
    );
    const left = englishMessages(lang, ["vendor.tabs", "vendor.overview", "labels.tier", "labels.sensitivity", "labels.availability", "labels.riskLevel"]).filter((m) => texts.has(m));
    expect(left).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Longer words in the header's buttons still fit a phone: nothing sticks out sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}
