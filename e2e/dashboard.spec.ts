// The security manager's dashboard: a work queue with the change over 30 days, the heat map, the top risks; in English,
// French and German.
import { readFileSync } from "node:fs";
import path from "node:path";
import { demoUsers } from "../lib/demo/seed";
import { seriousA11yViolations, signedInPage } from "./helpers";
import { expect, test } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
type Catalog = { [key: string]: string | Catalog };
const catalog = (locale: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "../messages", `${locale}.json`), "utf8")) as Catalog;
const flatten = (c: Catalog, prefix = ""): [string, string][] =>
  Object.entries(c).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

/** The demo's history has a snapshot at the end of each month: the last one at least 30 days before today. */
function comparisonDay(now = new Date()) {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 30));
  const monthEnd = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0));
  const day = monthEnd.getTime() === cutoff.getTime() ? cutoff : new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth(), 0));
  return new Intl.DateTimeFormat("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(day);
}

test("the manager's work queue counts each kind of work, with the change over 30 days where the history has it", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  const queue = page.getByRole("region", { name: "Work queue" });
  const rows = queue.getByRole("listitem");
  await expect(rows).toHaveCount(10);
  // Kaseya-pattern alarms first, marked in the severity colour while there are any.
  await expect(rows.first()).toContainText("Kaseya-pattern alarms");
  await expect(rows.first().getByRole("link")).toHaveClass(/border-l-severity-critical/);
  // Alarms and risk levels are compared with the risk snapshots (the demo's history); the other counts have none.
  const change = new RegExp(`(\\d+ more than|\\d+ fewer than|Same as) on ${comparisonDay()}`);
  for (const kind of ["Kaseya-pattern alarms", "Vendors at critical risk", "Vendors at high risk"]) await expect(rows.filter({ hasText: kind })).toContainText(change);
  for (const kind of ["Vendors with patch SLA breaches", "Overdue findings", "Questionnaires waiting for your review"]) {
    await expect(rows.filter({ hasText: kind })).not.toContainText(/than on|Same as on/);
  }
  // A calm zero: no bold, no colour.
  await expect(rows.filter({ hasText: "Advisory answers awaiting confirmation" })).toContainText("0");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await rows.filter({ hasText: "Vendors at critical risk" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/risks\?level=critical$/);
});

test("heat-map cells carry the colour of their level and link to their vendors; top risks are a table", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  const map = page.getByRole("table", { name: /^Vendors by impact \(rows\) and likelihood \(columns\)/ });
  const cells = map.locator("td");
  await expect(cells).toHaveCount(25);
  // Rows run from the highest impact down, columns from the lowest likelihood up.
  await expect(cells.nth(4)).toHaveAttribute("data-level", "critical");
  await expect(cells.nth(20)).toHaveAttribute("data-level", "low");
  const background = (i: number) => cells.nth(i).evaluate((td) => getComputedStyle(td).backgroundColor);
  expect(await background(4)).not.toBe(await background(20));
  expect(await background(4)).not.toBe("rgba(0, 0, 0, 0)");
  // Every cell with vendors is a link named after its count and bands; empty cells show 0.
  for (let i = 0; i < 25; i++) {
    const text = (await cells.nth(i).innerText()).trim();
    if (text === "0") await expect(cells.nth(i).getByRole("link")).toHaveCount(0);
    else await expect(cells.nth(i).getByRole("link")).toHaveAccessibleName(new RegExp(`^${text} vendors? with impact \\d+–\\d+ and likelihood \\d+–\\d+$`));
  }
  await expect(page.getByText("Cell colour: the risk level at its centre").locator("xpath=..").getByRole("listitem")).toHaveText(["Critical", "High", "Medium", "Low"]);

  const top = page.getByRole("table", { name: "Top 10 risks" });
  await expect(top.getByRole("columnheader")).toHaveText(["Vendor", "Level", "Score", "Impact", "Likelihood", "Main factor"]);
  await expect(top.locator("tbody tr")).toHaveCount(10);
  const first = top.locator("tbody tr").first();
  await expect(first.getByRole("link", { name: "BrightPath IT Services" })).toHaveAttribute("href", /^\/vendors\/[\w-]+$/);
  await expect(first.getByRole("cell").nth(1)).toHaveText("Critical");
  const score = first.getByRole("cell").nth(2);
  await expect(score).toHaveText(/^\d+$/);
  await expect(score).toHaveCSS("text-align", "right");
  await expect(score).toHaveCSS("font-variant-numeric", "tabular-nums");
  // The main factor in one line, whole in its title.
  const factor = first.getByRole("cell").nth(5).locator("span");
  await expect(factor).toHaveAttribute("title", (await factor.textContent())!);
  await expect(factor).toHaveText(/^can execute code on/);
});

for (const { locale, email, password, submit, title } of [
  { locale: "fr", email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter", title: "Tableau de bord" },
  { locale: "de", email: "E-Mail-Adresse", password: "Passwort", submit: "Anmelden", title: "Übersicht" },
]) {
  test(`the dashboard in ${locale}: no English message left, <html lang>, axe clean`, async ({ browser }) => {
    const context = await browser.newContext({ locale: locale === "fr" ? "fr-FR" : "de-DE" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel(email).fill(manager.email);
    await page.getByLabel(password).fill(manager.password!);
    await page.getByRole("button", { name: submit }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("table", { name: /^Vendors by impact/ })).toHaveCount(0);

    // The English messages of the dashboard (those without arguments, except words French writes the same way) must not
    // appear. The risk factor sentences and alarm reasons come from the risk model in English and are marked lang="en":
    // they are left out on purpose.
    const sameWord = locale === "fr" ? ["dashboard.top.score", "dashboard.top.impact"] : [];
    const english = flatten({ dashboard: catalog("en").dashboard! })
      .filter(([key, text]) => text.length > 3 && !text.includes("{") && !text.includes("<") && !sameWord.includes(key))
      .map(([, text]) => text);
    expect(english.length).toBeGreaterThan(30);
    const text = await page.locator("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="en"]').forEach((e) => e.remove());
      return copy.textContent ?? "";
    });
    expect(english.filter((message) => text.includes(message))).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
}
