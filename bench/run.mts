// npm run bench: seeds a 20,000-vendor organization into BENCH_DATABASE_URL (a fresh PostgreSQL database), measures
// risk recomputation, then starts the production build and drives it over loopback with autocannon at a fixed
// concurrency. Every page is reported next to a static file served by the same server in the same run, so the
// figures are ratios, not absolute times on a noisy machine. Writes bench/results/latest.json and latest.md.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { closeDb, db } from "../lib/db/index";
import { applyPendingMigrations } from "../lib/db/migrate";
import { refreshRiskScores } from "../lib/risk/stored";
import { BENCH_PASSWORD, BENCH_USERS, SIZES, seedBenchmark } from "./seed";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error("Set BENCH_DATABASE_URL to a fresh, empty PostgreSQL database, e.g. postgresql://postgres@127.0.0.1:5432/chainward_bench");
  process.exit(1);
}
if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
  console.error("Build first: npm run build");
  process.exit(1);
}
process.env.DATABASE_URL = url;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

// ---- seed and recomputation -------------------------------------------------------------------------------------

await applyPendingMigrations();
// BENCH_REUSE=1 measures again on the organization an earlier run seeded (for profiling; the seed is not timed).
const reuse = process.env.BENCH_REUSE === "1";
const seeded = await db().membership.findFirst({ where: { user: { email: BENCH_USERS.manager } }, select: { organizationId: true } });
if ((await db().vendor.count()) > 0 && !(reuse && seeded)) {
  console.error("BENCH_DATABASE_URL already holds vendors: give the benchmark a fresh database (or BENCH_REUSE=1 to reuse the benchmark's own).");
  process.exit(1);
}
const { organizationId, seedSeconds } = reuse && seeded ? { organizationId: seeded.organizationId, seedSeconds: null } : await seedBenchmark();
// Full recomputation: every stored score, as the daily job does it, three times in this process: the first run
// also pays for compiling the code and warming the connection pool, as a server's first daily job would; the
// median is the figure compared with the target. Then one vendor after an edit, as the next page view does it (the
// trigger has marked just that vendor).
let t = 0;
let recomputed = 0;
const fullRecomputeRunsMs: number[] = [];
for (let run = 0; run < 3; run++) {
  t = performance.now();
  recomputed = await refreshRiskScores(organizationId, new Date(), true);
  fullRecomputeRunsMs.push(round(performance.now() - t));
}
const fullRecomputeMs = [...fullRecomputeRunsMs].sort((a, b) => a - b)[1]!;
// The first check for stale scores after the daily job finds nothing to do, but pays for stepping over the index
// entries the rewrite left behind (until vacuum); pages make that check all day, so the edit below meets a warm index.
t = performance.now();
await refreshRiskScores(organizationId);
const firstCheckAfterFullMs = round(performance.now() - t);
const sampleVendor = "bv137";
// One of the large service providers (seed.ts, skewedVendor): the portfolio's heaviest vendor pages.
const largeVendor = "bv1";
await db().vendor.update({ where: { id: sampleVendor }, data: { tier: "CRITICAL", version: { increment: 1 } } });
t = performance.now();
const single = await refreshRiskScores(organizationId);
const singleRecomputeMs = performance.now() - t;
console.log(`Risk of ${recomputed} vendors in ${fullRecomputeRunsMs.join(" / ")} ms (median ${fullRecomputeMs}); ${single} vendor after an edit in ${round(singleRecomputeMs)} ms.`);
const assessment = await db().assessment.findFirstOrThrow({ where: { organizationId, status: "SUBMITTED" }, select: { id: true } });
await closeDb();

// ---- the server --------------------------------------------------------------------------------------------------

// Node runs Next directly (no npm wrapper), so the memory measured is the server's own; with the heap limit that
// `npm run start` applies (CHAINWARD_HEAP_MB, 384 by default: package.json).
// Another server on the port would be measured instead of this build's.
if (await fetch(`${BASE}/api/health`).then(() => true, () => false)) {
  console.error(`Port ${PORT} is in use: stop what listens there, or set BENCH_PORT.`);
  process.exit(1);
}
// BENCH_SERVER_ARGS adds Node options to the server only (for example --cpu-prof --cpu-prof-dir=/tmp/prof).
const heapLimitMb = process.env.CHAINWARD_HEAP_MB || "384";
const heap = [`--max-old-space-size=${heapLimitMb}`];
const serverArgs = (process.env.BENCH_SERVER_ARGS ?? "").split(/\s+/).filter(Boolean);
const server: ChildProcess = spawn(process.execPath, [...heap, ...serverArgs, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT)], {
  cwd: ROOT,
  env: { ...process.env, DATABASE_URL: url, APP_URL: BASE, NEXT_TELEMETRY_DISABLED: "1", JOBS_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn", AUTH_SECRET: "benchmark-secret-0123456789abcdef0123456789" },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
// Whatever happens to the benchmark, the server does not outlive it.
process.on("exit", () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
});
for (let i = 0; i < 120; i++) {
  try {
    if ((await fetch(`${BASE}/api/health`)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 500));
}

/** Resident memory of the server and its children, in MB. */
function serverMemoryMb(): number {
  const pids = [server.pid!];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const child of readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) pids.push(Number(child));
    } catch {
      // gone
    }
  }
  return pids.reduce((sum, pid) => {
    try {
      return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);
}
let peakMemoryMb = 0;
const sampler = setInterval(() => (peakMemoryMb = Math.max(peakMemoryMb, serverMemoryMb())), 250);

// Signed in through the real sign-in form, like a person.
const browser = await chromium.launch({ executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined, args: ["--disable-gpu", "--disable-dev-shm-usage"] });
const cookieFor = async (email: string) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(BENCH_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/dashboard(\/executive)?$/, { timeout: 120_000 });
  const cookies = await context.cookies();
  await context.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
};
const managerCookie = await cookieFor(BENCH_USERS.manager);
const executiveCookie = await cookieFor(BENCH_USERS.executive);
await browser.close();

interface Measured {
  name: string;
  path: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

async function load(name: string, pathAndQuery: string, cookie?: string): Promise<Measured> {
  const times: number[] = [];
  let errors = 0;
  // Without a callback autocannon returns an emitter that is also a promise of the result.
  const instance = autocannon({ url: `${BASE}${pathAndQuery}`, connections: CONNECTIONS, duration: SECONDS, headers: cookie ? { cookie } : {} }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms);
    if (status >= 400) errors += 1;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const measured = { name, path: pathAndQuery, requests: times.length, errors: errors + result.errors + result.timeouts, rps: round(times.length / SECONDS), p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)) };
  console.log(`${name.padEnd(34)} p50 ${String(measured.p50).padStart(7)} ms  p95 ${String(measured.p95).padStart(7)} ms  ${String(measured.rps).padStart(7)} req/s  errors ${measured.errors}`);
  return measured;
}

// Warm every route once (first requests compile nothing in production, but fill caches and connection pools).
for (const p of ["/robots.txt", "/dashboard", "/vendors", `/vendors/${sampleVendor}`]) await fetch(`${BASE}${p}`, { headers: { cookie: managerCookie } });

const baseline = await load("static baseline (/robots.txt)", "/robots.txt");
// For reference, not a target: the cheapest server-rendered page there is (signed out: no session, no query). What
// any signed-in page can reach lies below it.
const dynamicFloor = await load("sign-in page, signed out (reference)", "/sign-in");
// BENCH_ONLY=dashboard,review measures only the pages whose names contain one of the words (for profiling).
const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
const pages: Measured[] = [];
for (const [name, pathAndQuery, cookie] of [
  ["security-manager dashboard", "/dashboard", managerCookie],
  ["executive dashboard", "/dashboard/executive", executiveCookie],
  ["vendor list, first page", "/vendors", managerCookie],
  ["vendor list, filtered and sorted", "/vendors?tier=HIGH&sort=review", managerCookie],
  ["vendor list, deep page", "/vendors?page=700", managerCookie],
  ["vendor list, riskiest first, deep page", "/vendors?sort=risk&page=700", managerCookie],
  ["vendor page", `/vendors/${sampleVendor}`, managerCookie],
  ["vendor page, a large service provider", `/vendors/${largeVendor}`, managerCookie],
  ["assessment review page", `/assessments/${assessment.id}`, managerCookie],
] as const) {
  if (!only.length || only.some((word) => name.includes(word))) pages.push(await load(name, pathAndQuery, cookie));
}

// The CSV export of all 20,000 vendors: one download at a time, timed to the last byte.
t = performance.now();
const csv = await fetch(`${BASE}/api/vendors/export`, { headers: { cookie: managerCookie } });
const csvBytes = (await csv.arrayBuffer()).byteLength;
const csvMs = performance.now() - t;
console.log(`CSV export: ${(csvBytes / 1024 / 1024).toFixed(1)} MB in ${round(csvMs)} ms (HTTP ${csv.status})`);

// First-load JavaScript: the scripts a page's HTML makes the browser fetch, compressed as they travel (gzip).
async function firstLoadKb(pathname: string) {
  const html = await (await fetch(`${BASE}${pathname}`, { headers: { cookie: managerCookie } })).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(`${BASE}${src}`)).arrayBuffer())).byteLength;
  return round(bytes / 1024);
}
const firstLoadJsKb = { dashboard: await firstLoadKb("/dashboard"), vendorList: await firstLoadKb("/vendors") };
console.log(`First-load JavaScript (gzip): dashboard ${firstLoadJsKb.dashboard} kB, vendor list ${firstLoadJsKb.vendorList} kB`);

// Every other page that lists across the portfolio, and the large provider's own lists, one request each: none may
// fail, take the server down or grow with the portfolio (reported, no target).
const portfolioPages: { path: string; status: number; ms: number; kb: number }[] = [];
if (!only.length) {
  for (const p of ["/risks", "/readiness", "/fourth-parties", "/patching", "/kev", "/systems", "/reports", "/findings", "/assessments", "/advisories", `/vendors/${largeVendor}/channels`, `/vendors/${largeVendor}/patching`]) {
    t = performance.now();
    try {
      const res = await fetch(`${BASE}${p}`, { headers: { cookie: managerCookie } });
      const kb = (await res.arrayBuffer()).byteLength / 1024;
      portfolioPages.push({ path: p, status: res.status, ms: round(performance.now() - t), kb: round(kb) });
    } catch {
      portfolioPages.push({ path: p, status: 0, ms: round(performance.now() - t), kb: 0 });
    }
    console.log(`${p}: HTTP ${portfolioPages.at(-1)!.status}, ${portfolioPages.at(-1)!.kb} kB in ${portfolioPages.at(-1)!.ms} ms`);
  }
}

clearInterval(sampler);
process.kill(-server.pid!, "SIGTERM");

// ---- results ----------------------------------------------------------------------------------------------------

const targets = {
  pageP95Ms: 250,
  listAndVendorP95Ms: 150,
  fullRecomputeMs: 5000,
  singleRecomputeMs: 50,
  csvExportMs: 3000,
  dashboardThroughputVsBaseline: 0.25,
  serverMemoryMb: 500,
  firstLoadJsKb: 200,
};
const rows = pages.map((p) => ({ ...p, p95VsBaseline: round(p.p95 / baseline.p95, 1), throughputVsBaseline: round(p.rps / baseline.rps, 3) }));
const results = {
  date: new Date().toISOString(),
  machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
  sizes: SIZES,
  settings: { connections: CONNECTIONS, seconds: SECONDS, heapLimitMb },
  seedSeconds: seedSeconds === null ? null : round(seedSeconds),
  fullRecomputeMs: round(fullRecomputeMs),
  fullRecomputeRunsMs,
  firstCheckAfterFullMs,
  singleRecomputeMs: round(singleRecomputeMs),
  csvExport: { ms: round(csvMs), bytes: csvBytes, status: csv.status },
  peakServerMemoryMb: round(peakMemoryMb),
  firstLoadJsKb,
  baseline,
  reference: { ...dynamicFloor, p95VsBaseline: round(dynamicFloor.p95 / baseline.p95, 1), throughputVsBaseline: round(dynamicFloor.rps / baseline.rps, 3) },
  pages: rows,
  portfolioPages,
  targets,
};
if (only.length) {
  console.log("BENCH_ONLY: some pages only, results not written.");
  process.exit(0);
}
mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench/results/latest.json"), JSON.stringify(results, null, 2) + "\n");
const md = [
  `# Benchmark ${results.date.slice(0, 16)} (${results.machine.cpus} cores, ${CONNECTIONS} connections, ${SECONDS} s per page)`,
  "",
  `Seed: ${results.seedSeconds === null ? "not measured (reused)" : `${results.seedSeconds} s`}. Risk of all ${SIZES.vendors.toLocaleString("en")} vendors: ${results.fullRecomputeMs} ms, the median of ${fullRecomputeRunsMs.join(" / ")} ms (target ${targets.fullRecomputeMs}); one vendor after an edit: ${results.singleRecomputeMs} ms (target ${targets.singleRecomputeMs}; the first check for stale scores after the full recomputation took ${firstCheckAfterFullMs} ms).`,
  `CSV export of all vendors: ${results.csvExport.ms} ms, ${(csvBytes / 1024 / 1024).toFixed(1)} MB (target ${targets.csvExportMs} ms). Peak server memory: ${results.peakServerMemoryMb} MB (target ${targets.serverMemoryMb}).`,
  `First-load JavaScript, gzip: dashboard ${firstLoadJsKb.dashboard} kB, vendor list ${firstLoadJsKb.vendorList} kB (target ${targets.firstLoadJsKb}).`,
  "",
  "| page | p50 ms | p95 ms | p99 ms | req/s | errors | p95 ÷ baseline | req/s ÷ baseline |",
  "|---|---:|---:|---:|---:|---:|---:|---:|",
  `| ${baseline.name} | ${baseline.p50} | ${baseline.p95} | ${baseline.p99} | ${baseline.rps} | ${baseline.errors} | 1 | 1 |`,
  `| ${dynamicFloor.name} | ${dynamicFloor.p50} | ${dynamicFloor.p95} | ${dynamicFloor.p99} | ${dynamicFloor.rps} | ${dynamicFloor.errors} | ${results.reference.p95VsBaseline} | ${results.reference.throughputVsBaseline} |`,
  ...rows.map((r) => `| ${r.name} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} | ${r.errors} | ${r.p95VsBaseline} | ${r.throughputVsBaseline} |`),
  "",
  "Other portfolio pages and the large provider's lists, one request each (no target):",
  "",
  "| page | HTTP | ms | kB |",
  "|---|---:|---:|---:|",
  ...portfolioPages.map((p) => `| ${p.path} | ${p.status} | ${p.ms} | ${p.kb} |`),
  "",
].join("\n");
writeFileSync(path.join(ROOT, "bench/results/latest.md"), md);
console.log(`\n${md}`);
process.exit(0);
