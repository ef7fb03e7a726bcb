// Per-address limits and the audit log against a client that writes its own X-Forwarded-For: the server takes such a
// client for its connection's address; only a reverse proxy listed in TRUSTED_PROXIES (here 127.0.0.2, e2e/proxy.ts)
// may name the client. The direct client of these tests connects from 127.0.0.3, so the address it uses up is not
// the one the browsers of the other tests come from.
import { demoUsers } from "../lib/demo/seed";
import { startProxy } from "./proxy";
import { expect, test } from "./mail";

const admin = demoUsers.find((u) => u.role === "ADMIN")!;
/** limits.magicLinkPerIp in lib/security/rate-limit.ts: sign-in codes one address may request in 15 minutes. */
const LINKS_PER_ADDRESS = 30;

test("a client that forges a new X-Forwarded-For for every request is still limited by its own address", async ({ browser }) => {
  const direct = await startProxy("127.0.0.3", (_, n) => ({ "x-forwarded-for": `203.0.113.${n % 250}`, "x-real-ip": `198.51.100.${n % 250}`, forwarded: `for=192.0.2.${n % 250}` }));
  const context = await browser.newContext({ baseURL: direct.url });
  const page = await context.newPage();
  const ask = async (email: string) => {
    await page.goto("/portal/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in code" }).click();
  };
  for (let i = 1; i <= LINKS_PER_ADDRESS; i++) {
    await ask(`forged-${i}@nobody.invalid`);
    await expect(page.getByText(`If forged-${i}@nobody.invalid belongs to an invited supplier contact`)).toBeVisible();
  }
  const before = direct.count;
  await ask("forged-last@nobody.invalid");
  await expect(page.getByText("Too many sign-in codes were requested from your network. Wait 15 minutes, then try again.")).toBeVisible();
  // Every request came with a different forged address.
  expect(direct.count).toBeGreaterThan(before);
  await context.close();
  await direct.close();
});

test("the audit log records the connection's address, or the client a trusted proxy names, never a forged one", async ({ browser }) => {
  // A trusted proxy appends the address it was reached from to whatever the client sent, as nginx does.
  const trusted = await startProxy("127.0.0.2", (h) => ({ "x-forwarded-for": `${h["x-forwarded-for"] ? `${h["x-forwarded-for"]}, ` : ""}203.0.113.77` }));
  const direct = await startProxy("127.0.0.3");
  for (const [proxy, forged] of [
    [trusted, "192.0.2.66"],
    [direct, "192.0.2.55"],
  ] as const) {
    const context = await browser.newContext({ baseURL: proxy.url, extraHTTPHeaders: { "x-forwarded-for": forged, "x-real-ip": forged } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    if (proxy === direct) {
      await page.goto("/admin/audit");
      const signIns = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "auth.sign_in", exact: true }) });
      await expect(signIns.first()).toContainText("127.0.0.3");
      await expect(signIns.nth(1)).toContainText("203.0.113.77");
      for (const address of ["192.0.2.66", "192.0.2.55"]) await expect(page.getByRole("table")).not.toContainText(address);
    }
    await context.close();
  }
  await trusted.close();
  await direct.close();
});

test("only a trusted proxy's X-Forwarded-Proto makes the session cookie __Host- and Secure", async ({ browser }) => {
  const direct = await startProxy("127.0.0.3");
  const trusted = await startProxy("127.0.0.2");
  for (const [proxy, expected] of [
    [direct, /^chainward\.session=/],
    [trusted, /^__Host-chainward\.session=.*; Secure/i],
  ] as const) {
    const context = await browser.newContext({ baseURL: proxy.url, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    const cookieHeader = page.waitForResponse(async (r) => r.request().method() === "POST" && ((await r.allHeaders())["set-cookie"] ?? "").includes("chainward.session"));
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    const setCookie = (await (await cookieHeader).allHeaders())["set-cookie"]!.split("\n").find((c) => c.includes("chainward.session"))!;
    expect(setCookie).toMatch(expected);
    if (proxy === direct) expect(setCookie).not.toMatch(/; Secure/i);
    await context.close();
  }
  await direct.close();
  await trusted.close();
});
