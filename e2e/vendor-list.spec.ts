import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { demoUsers } from "../lib/demo/seed";
import { seriousA11yViolations, signedInPage } from "./helpers";
import { expect, test } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;

/** The numbers in the list's risk column, top to bottom. */
async function riskScores(page: Page) {
  const cells = await page.getByRole("table").locator("tbody tr td:nth-child(3)").allInnerTexts();
  return cells.map((text) => Number(text.match(/\d+/)![0]));
}

test("the vendor list sorts by risk from its column header, both ways, and says so", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors");
  const header = page.getByRole("columnheader", { name: "Risk" });
  await expect(header).not.toHaveAttribute("aria-sort");
  await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");

  await header.getByRole("link").click();
  await expect(page).toHaveURL(/\/vendors\?sort=risk$/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const highestFirst = await riskScores(page);
  expect(highestFirst.length).toBeGreaterThan(5);
  expect(highestFirst).toEqual([...highestFirst].sort((a, b) => b - a));
  expect(highestFirst[0]).toBeGreaterThan(highestFirst.at(-1)!);
  // The riskiest vendor of the demo company is the managed service provider with the Kaseya agent.
  await expect(page.getByRole("table").locator("tbody tr").first()).toContainText("BrightPath IT Services");

  await header.getByRole("link").click();
  await expect(page).toHaveURL(/sort=risk&dir=asc$/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const lowestFirst = await riskScores(page);
  expect(lowestFirst).toEqual([...lowestFirst].sort((a, b) => a - b));
  // The sort select follows the header.
  await expect(page.getByLabel("Sort by")).toHaveValue("risk");
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("filters apply while typing and picking, the URL follows, and the search keeps its focus", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors");
  await expect(page.getByRole("button", { name: "Apply" })).toHaveCount(0);
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "NetWatch" })).toBeVisible();
  const search = page.getByLabel("Search by name");
  await search.pressSequentially("brightp", { delay: 60 });
  await expect(page).toHaveURL(/\/vendors\?q=brightp$/);
  await expect(table.getByRole("link", { name: "BrightPath IT Services" })).toBeVisible();
  await expect(table.getByRole("link", { name: "NetWatch" })).toHaveCount(0);
  await expect(page.getByText("1 vendor", { exact: true })).toBeVisible();
  // Typing goes on in the same field while the list follows.
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("brightp");

  await search.fill("");
  await page.getByLabel("Tier", { exact: true }).selectOption("CRITICAL");
  await expect(page).toHaveURL(/\/vendors\?tier=CRITICAL$/);
  await expect(table.getByRole("link", { name: "BrightPath IT Services" })).toBeVisible();
  await expect(table.getByText("High", { exact: true })).toHaveCount(0);

  // A header sort keeps the filters, and the filters keep the sort.
  await page.getByRole("columnheader", { name: "Risk" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/vendors\?tier=CRITICAL&sort=risk$/);
  await page.getByLabel("Patch SLA breached").check();
  await expect(page).toHaveURL(/\/vendors\?tier=CRITICAL&slaBreach=1&sort=risk$/);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/vendors$/);
  await expect(page.getByLabel("Tier", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Patch SLA breached")).not.toBeChecked();
});

test("before the page's scripts run, the filters are a plain form that the server answers", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  // The page as served, before hydration: a GET form to the list, with a button to send it.
  const html = await (await page.request.get("/vendors")).text();
  expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/vendors"/);
  expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Apply<\/button>/);
  await page.goto("/vendors?q=NetWatch&tier=");
  await expect(page.getByLabel("Search by name")).toHaveValue("NetWatch");
  await expect(page.getByRole("table").getByRole("link", { name: "NetWatch" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: "BrightPath IT Services" })).toHaveCount(0);
});

test("columns can be hidden and rows made compact, and the list remembers both", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors");
  await expect(page.getByRole("columnheader", { name: "Services" })).toBeVisible();
  const rowHeight = async () => (await page.getByRole("table").locator("tbody tr").first().boundingBox())!.height;
  const comfortable = await rowHeight();

  await page.getByRole("button", { name: "Columns" }).click();
  const services = page.getByRole("menuitemcheckbox", { name: "Services" });
  await expect(services).toBeChecked();
  await services.click();
  // The menu stays open for the next choice.
  await page.getByRole("menuitemcheckbox", { name: "Data handled" }).click();
  await page.getByRole("menuitemradio", { name: "Compact" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "Services" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Data handled" })).toHaveCount(0);
  await expect.poll(rowHeight).toBeLessThan(comfortable);

  await page.reload();
  await expect(page.getByRole("columnheader", { name: "Services" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Risk" })).toBeVisible();
  await page.getByRole("button", { name: "Columns" }).click();
  await expect(page.getByRole("menuitemcheckbox", { name: "Services" })).not.toBeChecked();
  await expect(page.getByRole("menuitemradio", { name: "Compact" })).toBeChecked();
  await page.getByRole("menuitemcheckbox", { name: "Services" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "Services" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Data handled" })).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a member saves the current filters as a view, opens it from the list, and deletes it after confirming", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors?tier=CRITICAL&slaBreach=1");
  const views = page.getByRole("navigation", { name: "Saved views" });
  await views.getByRole("button", { name: "Save view" }).click();
  await views.getByRole("button", { name: "Save", exact: true }).click();
  // An empty name is refused by the browser before anything is sent; a name is all it takes.
  await views.getByLabel("Name of the view").fill("Critical vendors past their patch SLA");
  await views.getByRole("button", { name: "Save", exact: true }).click();
  const link = views.getByRole("link", { name: "Critical vendors past their patch SLA" });
  await expect(link).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("View “Critical vendors past their patch SLA” saved.")).toBeVisible();

  await page.goto("/vendors");
  await expect(link).not.toHaveAttribute("aria-current");
  await link.click();
  await expect(page).toHaveURL(/\/vendors\?tier=CRITICAL&slaBreach=1$/);
  await expect(page.getByLabel("Patch SLA breached")).toBeChecked();
  await expect(page.getByRole("table").getByRole("link", { name: "BrightPath IT Services" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await views.getByRole("button", { name: "Delete the view Critical vendors past their patch SLA" }).click();
  await views.getByRole("button", { name: "Keep" }).click();
  await expect(link).toBeVisible();
  await views.getByRole("button", { name: "Delete the view Critical vendors past their patch SLA" }).click();
  await expect(views.getByText("Delete “Critical vendors past their patch SLA”?")).toBeVisible();
  await views.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(link).toHaveCount(0);
  await page.reload();
  await expect(views.getByRole("link")).toHaveCount(0);
});

test("chosen rows are exported alone, or given one tier with one reason", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors?q=a");
  const bar = page.getByRole("form", { name: "Chosen vendors" });
  await expect(bar).toBeHidden();
  await page.getByRole("checkbox", { name: "Select CleanCode Dev" }).check();
  await page.getByRole("checkbox", { name: "Select Signet Analytics" }).check();
  await expect(bar.getByText("2 vendors selected")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Select all vendors on this page" })).not.toBeChecked();
  expect(await seriousA11yViolations(page)).toEqual([]);

  const download = page.waitForEvent("download");
  await bar.getByRole("link", { name: "Export the selection" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    let text = "";
    for await (const chunk of stream) text += chunk.toString();
    return text;
  });
  const rows = csv.split("\r\n").filter(Boolean);
  expect(rows.slice(1).map((r) => r.split(",")[0])).toEqual(["CleanCode Dev", "Signet Analytics"]);

  await bar.getByRole("button", { name: "Set tier…" }).click();
  await bar.getByLabel("New tier").selectOption("LOW");
  await bar.getByLabel(/^Reason for the tier/).fill("Low-impact suppliers, reviewed together");
  await bar.getByRole("button", { name: "Set the tier of 2 vendors" }).click();
  await expect(page.getByText("Tier set on 2 vendors.")).toBeVisible();
  await expect(bar).toBeHidden();
  // CleanCode Dev was Medium, Signet Analytics not tiered.
  for (const name of ["CleanCode Dev", "Signet Analytics"]) {
    await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name }) }).getByText("Low", { exact: true }).last()).toBeVisible();
  }

  // Select all, then clear.
  await page.getByRole("checkbox", { name: "Select all vendors on this page" }).check();
  const count = await page.getByRole("table").locator("tbody tr").count();
  await expect(bar.getByText(`${count} vendors selected`)).toBeVisible();
  await bar.getByRole("button", { name: "Clear the selection" }).click();
  await expect(bar).toBeHidden();

  // The tier history of the vendor keeps the reason.
  await page.getByRole("link", { name: "Signet Analytics" }).click();
  await expect(page.getByText("Low-impact suppliers, reviewed together").first()).toBeVisible();
});

type Catalog = { [key: string]: string | Catalog };
const catalog = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")).vendorList as Catalog;
function flatten(c: Catalog, prefix = ""): [string, string][] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

async function signedInAs(browser: Browser, locale: string, labels: { email: string; password: string; submit: string }) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel(labels.email).fill(manager.email);
  await page.getByLabel(labels.password).fill(manager.password!);
  await page.getByRole("button", { name: labels.submit }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

for (const [locale, lang, labels, title] of [
  ["fr-FR", "fr", { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" }, "Fournisseurs"],
  ["de-DE", "de", { email: "E-Mail-Adresse", password: "Passwort", submit: "Anmelden" }, "Lieferanten"],
] as const) {
  test(`the vendor list speaks ${lang}: headers, filters, badges, dates and counts`, async ({ browser }) => {
    const page = await signedInAs(browser, locale, labels);
    await page.goto("/vendors?sort=risk");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const translated = new Map(flatten(catalog(lang)));
    // English messages of the page that read differently in this language (some words are the same: "Status", "VPN").
    const english = flatten(catalog("en")).filter(([key, text]) => text.length > 3 && !text.includes("{") && translated.get(key) !== text);
    // The page's own words, not the vendors' names and service descriptions (entered in English in the demo data) nor
    // the names of saved views.
    const main = await page.locator("main").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("tbody td:nth-child(2) a, tbody td:last-child, nav a").forEach((n) => n.remove());
      document.body.append(copy);
      const text = copy.innerText;
      copy.remove();
      return text;
    });
    // As whole words: "Admin" is part of "Administration".
    const shows = (text: string) => new RegExp(`(^|[^\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(main);
    expect(english.filter(([, text]) => shows(text))).toEqual([]);
    await expect(page.getByRole("columnheader", { name: translated.get("columns.risk") })).toHaveAttribute("aria-sort", "descending");
    await page.getByRole("button", { name: translated.get("view.button") }).click();
    await expect(page.getByRole("menuitemcheckbox", { name: translated.get("columns.services") })).toBeChecked();
    await page.keyboard.press("Escape");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
}
