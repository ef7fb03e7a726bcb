// What a browser and an attacker see at the HTTP level: headers, the session cookie, and known Next.js pitfalls.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { demoUsers } from "../lib/demo/seed";
import { SENTINEL, SENTINEL_FINDING } from "./fixtures";
import { signedInPage } from "./helpers";
import { expect, test, vendorSignIn } from "./mail";
import { startProxy } from "./proxy";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;

test("every page carries a fresh nonce-based CSP and the other security headers; signed-in pages are not cached", async ({ browser, request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
  expect(csp).not.toContain("unsafe-eval");
  const nonce = (h: string) => /'nonce-([^']+)'/.exec(h)![1];
  expect(nonce(second.headers()["content-security-policy"]!)).not.toBe(nonce(csp));
  // Next.js puts the nonce on its own scripts: the page's scripts carry it, so they run.
  expect(await first.text()).toContain(`nonce="${nonce(csp)}"`);
  expect(first.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "strict-transport-security": "max-age=63072000; includeSubDomains",
  });

  // The signed-in dashboard: no cache may keep it, and the browser ran its scripts under the policy (no violation).
  const page = await signedInPage(browser, manager.email, manager.password!);
  const violations: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
  const response = await page.goto("/vendors");
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await page.getByRole("link", { name: "BrightPath IT Services" }).click();
  await expect(page.getByRole("heading", { name: "BrightPath IT Services" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax, and behind HTTPS Secure with the __Host- prefix", async ({ browser }) => {
  // HTTPS: a trusted reverse proxy (TRUSTED_PROXIES) says so with X-Forwarded-Proto.
  const proxy = await startProxy("127.0.0.2", () => ({ "x-forwarded-proto": "https" }));
  for (const https of [false, true]) {
    const context = await browser.newContext(https ? { baseURL: proxy.url } : {});
    const page = await context.newPage();
    await page.goto("/sign-in");
    // Playwright leaves cookie headers out of headers(); allHeaders() has them.
    const cookieHeader = page.waitForResponse(async (r) => r.request().method() === "POST" && ((await r.allHeaders())["set-cookie"] ?? "").includes("chainward.session"));
    await page.getByLabel("Email").fill(manager.email);
    await page.getByLabel("Password").fill(manager.password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    const setCookie = (await (await cookieHeader).allHeaders())["set-cookie"]!.split("\n").find((c) => c.includes("chainward.session"))!;
    expect(setCookie).toMatch(https ? /^__Host-chainward\.session=/ : /^chainward\.session=/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/; Domain=/i);
    if (https) expect(setCookie).toMatch(/; Secure/i);
    else expect(setCookie).not.toMatch(/; Secure/i);
    await context.close();
  }
  await proxy.close();
});

test("x-middleware-subrequest bypasses nothing: still signed out, still under the CSP", async ({ request }) => {
  for (const value of ["proxy", "proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware", "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy"]) {
    const response = await request.get("/vendors", { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
    expect(response.status(), value).toBe(307);
    expect(response.headers().location, value).toContain("/sign-in");
    expect(response.headers()["content-security-policy"], value).toContain("'strict-dynamic'");
    const api = await request.get("/api/risks/export", { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
    expect([307, 401, 404], value).toContain(api.status());
  }
});

test("no secret reaches the browser bundles", async () => {
  const secret = readFileSync(path.join(process.env.E2E_DATA_DIR!, "auth-secret"), "utf8").trim();
  expect(secret.length).toBeGreaterThan(30);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(import.meta.dirname, "../.next/static"));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const needle of [secret, "DATABASE_URL", "AUTH_SECRET", "SMTP_URL", "EVIDENCE_S3_SECRET_ACCESS_KEY", "passwordHash"]) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
  }
});

test("a vendor's own pages never carry what staff keep about it, in the HTML or in the RSC payload", async ({ browser, mailbox }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await vendorSignIn(page, mailbox, "ops@brightpath-it.example");
  await page.getByRole("link", { name: SENTINEL_FINDING }).click();
  await expect(page.getByText("One administrator password is shared")).toBeVisible();
  for (const url of ["/portal", new URL(page.url()).pathname]) {
    const html = await page.request.get(url);
    const rsc = await page.request.get(url, { headers: { RSC: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    expect(await html.text()).toContain("BrightPath");
    expect(await html.text(), url).not.toContain(SENTINEL);
    expect(await rsc.text(), url).not.toContain(SENTINEL);
  }
  // Staff do see it: the sentinel is really there.
  const staff = await signedInPage(browser, manager.email, manager.password!);
  await staff.goto("/findings");
  await staff.getByRole("link", { name: SENTINEL_FINDING }).click();
  await expect(staff.getByText(`${SENTINEL} finding owner`).or(staff.locator(`input[value="${SENTINEL} finding owner"]`)).first()).toBeVisible();
  await context.close();
});

test("the app has its own icon for the browser tab", async ({ page, request }) => {
  await page.goto("/sign-in");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
