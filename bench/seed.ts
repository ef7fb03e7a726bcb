// The benchmark's organization, generated inside PostgreSQL (INSERT … SELECT over generate_series: no row crosses the
// network one at a time). Distributions are skewed the way real portfolios are: few critical vendors, most channels
// read-only, most vulnerabilities patched, most assessments completed, and a few large service providers holding many
// channels and products while many small suppliers have one or none. Deterministic: hashint8 of the row number.
import { hashPassword } from "../lib/auth/password";
import { db } from "../lib/db/index";
import { importKevEntries, parseKevCatalog } from "../lib/kev/kev";
import { readFileSync } from "node:fs";
import path from "node:path";
import { installBuiltInTemplates, parseContent } from "../lib/questionnaires/templates";
import type { Question } from "../lib/questionnaires/template-schema";

/** BENCH_SCALE shrinks everything for a quick trial run (0.05: 1,000 vendors); the figures that count use 1. */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const scaled = (n: number) => Math.max(10, Math.round(n * SCALE));
export const SIZES = {
  vendors: scaled(20_000),
  /** On average: see skewedVendor. */
  channelsPerVendor: 5,
  systems: scaled(5_000),
  assessments: scaled(50_000),
  answersPerAssessment: 20,
  vulnerabilities: scaled(200_000),
  findings: scaled(50_000),
};
export const BENCH_PASSWORD = "benchmark-password-2026";
export const BENCH_USERS = { manager: "manager@bench.example", executive: "executive@bench.example" };

/** A value in [0, n) from a row number and a salt, the same on every run. */
const pick = (expr: string, salt: number, n: number) => `(abs(hashint8((${expr})::bigint * 7919 + ${salt})) % ${n})`;
/**
 * A vendor for row `expr`: three rows in ten go to the 1 % of vendors that are large service providers (bv1, bv101,
 * bv201…: about 150 channels each at full size), the others to any vendor.
 */
const skewedVendor = (expr: string, salt: number, vendors: number) =>
  `'bv' || CASE WHEN ${pick(expr, salt, 100)} < 30 THEN 1 + ${pick(expr, salt + 1, Math.max(1, Math.floor(vendors / 100)))} * 100 ELSE 1 + ${pick(expr, salt + 2, vendors)} END`;
/** One of the labels, by cumulative percentages: weights [5, 15, 40, 40] → 5 % the first, 15 % the second… */
function weighted(expr: string, salt: number, labels: string[], weights: number[], type: string) {
  let acc = 0;
  const cases = labels.map((l, i) => `WHEN ${pick(expr, salt, 100)} < ${(acc += weights[i]!)} THEN '${l}'`).join(" ");
  return `(CASE ${cases} ELSE '${labels.at(-1)}' END)::"${type}"`;
}

function sampleAnswer(q: Question, good: boolean): unknown {
  switch (q.type) {
    case "YES_NO":
      return good ? "yes" : "no";
    case "SINGLE_CHOICE":
      return (good ? q.options[0] : q.options.at(-1))?.key ?? null;
    case "MULTIPLE_CHOICE":
      return good ? q.options.slice(0, 2).map((o) => o.key) : [];
    case "TEXT":
      return good ? "Documented in our ISMS; reviewed yearly by the CISO." : "Not yet documented.";
    case "NUMBER":
      return good ? 4 : 30;
    case "DATE":
      return good ? "2026-06-30" : "2024-01-15";
    default:
      return null;
  }
}

export async function seedBenchmark(log: (line: string) => void = console.log) {
  const started = Date.now();
  const step = async (label: string, sql: string, ...params: unknown[]) => {
    const t = Date.now();
    const n = await db().$executeRawUnsafe(sql, ...params);
    log(`  ${label}: ${n.toLocaleString("en")} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  const org = await db().organization.create({ data: { name: "Benchmark Holdings", slug: `bench-${Date.now()}` } });
  const hash = await hashPassword(BENCH_PASSWORD);
  for (const [role, email] of [["SECURITY_MANAGER", BENCH_USERS.manager], ["EXECUTIVE", BENCH_USERS.executive]] as const) {
    const user = await db().user.upsert({ where: { email }, create: { email, name: role, passwordHash: hash }, update: { passwordHash: hash } });
    await db().membership.create({ data: { userId: user.id, organizationId: org.id, name: role, role, acceptedAt: new Date() } });
  }
  await db().$transaction(async (tx) => {
    await installBuiltInTemplates(tx, org.id);
    await importKevEntries(tx, org.id, parseKevCatalog(readFileSync(path.join(import.meta.dirname, "../lib/kev/kev-sample.json"), "utf8")), null);
  });
  const o = org.id;
  const { vendors, systems, assessments, answersPerAssessment, vulnerabilities, findings } = SIZES;
  const channels = vendors * SIZES.channelsPerVendor;
  log(`Seeding organization ${o}:`);

  await step("systems", `INSERT INTO "System" (id, "organizationId", name, criticality)
    SELECT 'bs' || g, $1, 'System ' || g, ${weighted("g", 1, ["CRITICAL", "HIGH", "MEDIUM", "LOW"], [5, 15, 40, 40], "Tier")}
    FROM generate_series(1, ${systems}) g`, o);

  await step("vendors", `INSERT INTO "Vendor" (id, "organizationId", name, country, status, tier, "dataSensitivity", "criticalFunction",
      "contractStart", "contractEnd", "renewalDate", "nextReviewDate", "servicesProvided", "updatedAt")
    SELECT 'bv' || g, $1, 'Vendor ' || lpad(g::text, 5, '0'), (ARRAY['DE','FR','NL','US','GB','PL','IE','SE'])[1 + ${pick("g", 2, 8)}],
      ${weighted("g", 3, ["ACTIVE", "PROSPECT", "OFFBOARDING", "TERMINATED"], [88, 5, 3, 4], "VendorStatus")},
      ${weighted("g", 4, ["CRITICAL", "HIGH", "MEDIUM", "LOW"], [4, 12, 34, 50], "Tier")},
      ${weighted("g", 5, ["NONE", "INTERNAL", "CONFIDENTIAL", "PERSONAL", "SPECIAL_CATEGORY"], [20, 40, 25, 13, 2], "DataSensitivity")},
      ${pick("g", 6, 100)} < 10,
      DATE '2024-01-01' + ${pick("g", 7, 700)}, DATE '2026-06-01' + ${pick("g", 8, 900)}, DATE '2026-06-01' + ${pick("g", 8, 900)} - 60,
      DATE '2026-01-01' + ${pick("g", 9, 730)},
      'IT services', now()
    FROM generate_series(1, ${vendors}) g`, o);

  await step("security contacts", `INSERT INTO "VendorContact" (id, "organizationId", "vendorId", name, email, "isSecurityContact", availability)
    SELECT 'bsc' || g, $1, 'bv' || g, 'Security desk ' || g, 'security-' || g || '@vendor.bench', true,
      ${weighted("g", 10, ["BUSINESS_HOURS", "EXTENDED_HOURS", "ALWAYS"], [50, 30, 20], "Availability")}
    FROM generate_series(1, ${vendors}) g`, o);

  await step("access channels", `INSERT INTO "AccessChannel" (id, "organizationId", "vendorId", name, kind, tool, direction, privilege,
      "mfaEnforced", "ipAllowListed", "alwaysOn", "consoleInternetExposed", monitored, "killSwitchTestedAt", "updatedAt")
    SELECT 'bc' || g, $1, ${skewedVendor("g", 43, vendors)}, 'Channel ' || g,
      ${weighted("g", 11, ["API", "SSO_FEDERATION", "FILE_TRANSFER", "VPN", "REMOTE_SUPPORT", "RMM", "UPDATE_PUSH", "MANAGED_AGENT", "EDI", "OTHER"], [25, 15, 15, 10, 10, 6, 6, 5, 4, 4], "ChannelKind")},
      'Tool ' || ${pick("g", 12, 60)},
      ${weighted("g", 13, ["WE_PULL", "VENDOR_PUSHES"], [55, 45], "ChannelDirection")},
      ${weighted("g", 14, ["READ", "WRITE", "ADMIN", "CODE_EXECUTION"], [50, 30, 12, 8], "Privilege")},
      ${pick("g", 15, 100)} < 70, ${pick("g", 16, 100)} < 40, ${pick("g", 17, 100)} < 60, ${pick("g", 18, 100)} < 8, ${pick("g", 19, 100)} < 55,
      CASE WHEN ${pick("g", 20, 100)} < 40 THEN DATE '2025-06-01' + ${pick("g", 21, 500)} END, now()
    FROM generate_series(1, ${channels}) g`, o);

  await step("channel → system links", `INSERT INTO "ChannelSystem" ("channelId", "systemId")
    SELECT DISTINCT 'bc' || g, 'bs' || (1 + ${pick("g * 4 + k", 22, systems)})
    FROM generate_series(1, ${channels}) g, generate_series(1, 4) k
    WHERE k <= 1 + ${pick("g", 23, 4)}`);

  await step("patch SLAs", `INSERT INTO "PatchSla" (id, "organizationId", "vendorId", "criticalDays", "highDays", "mediumDays", "lowDays")
    SELECT 'bsla' || g, $1, 'bv' || g, (ARRAY[7, 14, 30])[1 + ${pick("g", 24, 3)}], 30, 60, 90 FROM generate_series(1, ${vendors}) g`, o);

  // Two products per vendor on average; one in fifty is a product the KEV sample lists, so known-exploited matches
  // exist (each at a vendor of its own: a vendor records a product once).
  await step("products", `INSERT INTO "Product" (id, "organizationId", "vendorId", "kevVendor", "kevProduct")
    SELECT 'bp' || g, $1, CASE WHEN g % 50 = 0 THEN 'bv' || (1 + (g - 1) / 2) ELSE ${skewedVendor("g", 46, vendors)} END,
      CASE WHEN g % 50 = 0 THEN 'Kaseya' ELSE 'Maker ' || ${pick("g", 25, 300)} END,
      CASE WHEN g % 50 = 0 THEN 'Virtual System/Server Administrator (VSA)' ELSE 'Product ' || g END
    FROM generate_series(1, ${vendors * 2}) g`, o);

  await step("vulnerability ledger", `INSERT INTO "VulnerabilityRecord" (id, "organizationId", "productId", "cveId", severity, "disclosedAt", "fixReleasedAt", "deployedAt")
    SELECT 'bvr' || g, $1, 'bp' || (1 + (g - 1) / 5),
      CASE WHEN (1 + (g - 1) / 5) % 50 = 0 AND g % 5 = 0 THEN 'CVE-2021-30116' ELSE 'CVE-2025-' || lpad(g::text, 6, '0') END,
      ${weighted("g", 26, ["CRITICAL", "HIGH", "MEDIUM", "LOW"], [10, 30, 40, 20], "Severity")},
      DATE '2024-11-01' + ${pick("g", 27, 700)},
      DATE '2024-11-01' + ${pick("g", 27, 700)} + ${pick("g", 28, 30)},
      CASE WHEN ${pick("g", 29, 100)} < 82 THEN DATE '2024-11-01' + ${pick("g", 27, 700)} + ${pick("g", 28, 30)} + ${pick("g", 30, 45)} END
    FROM generate_series(1, ${vulnerabilities}) g`, o);

  const version = await db().templateVersion.findFirstOrThrow({ where: { organizationId: o, status: "PUBLISHED", template: { builtInKey: "nis2-baseline" } } });
  await step("assessments", `INSERT INTO "Assessment" (id, "organizationId", "vendorId", "templateVersionId", status, "dueDate", "sentAt", "submittedAt", "completedAt", score, "updatedAt")
    SELECT 'ba' || g, $1, 'bv' || (1 + (g - 1) % ${vendors}), $2, s.status,
      DATE '2026-01-01' + ${pick("g", 31, 400)},
      TIMESTAMP '2025-10-01' + (${pick("g", 32, 400)} || ' days')::interval,
      CASE WHEN s.status IN ('SUBMITTED', 'IN_REVIEW', 'COMPLETED') THEN TIMESTAMP '2025-11-01' + (${pick("g", 33, 380)} || ' days')::interval END,
      CASE WHEN s.status = 'COMPLETED' THEN TIMESTAMP '2025-11-15' + (${pick("g", 33, 380)} || ' days')::interval END,
      CASE WHEN s.status = 'COMPLETED' THEN 30 + ${pick("g", 34, 66)} END, now()
    FROM generate_series(1, ${assessments}) g,
      LATERAL (SELECT ${weighted("g", 35, ["COMPLETED", "SUBMITTED", "IN_PROGRESS", "SENT", "CANCELLED"], [60, 10, 10, 15, 5], "AssessmentStatus")} AS status) s`, o, version.id);

  const questions = parseContent(version.content).sections.flatMap((s) => s.questions).filter((q) => q.type !== "FILE").slice(0, answersPerAssessment);
  const keys = questions.map((q) => q.key);
  const good = questions.map((q) => JSON.stringify(sampleAnswer(q, true)));
  const bad = questions.map((q) => JSON.stringify(sampleAnswer(q, false)));
  await step("answers", `INSERT INTO "Answer" (id, "organizationId", "assessmentId", "questionKey", value, "updatedByEmail", "updatedAt", verdict)
    SELECT 'ban' || a.g || '-' || q.i, $1, 'ba' || a.g, q.key,
      CASE WHEN ${pick("a.g * 31 + q.i", 36, 100)} < 75 THEN q.good ELSE q.bad END,
      'contact@vendor.example', now(),
      CASE WHEN a.completed THEN 'ACCEPTED'::"Verdict" END
    FROM (SELECT g, ${pick("g", 35, 100)} < 60 AS completed FROM generate_series(1, ${assessments}) g) a,
      unnest($2::text[], $3::jsonb[], $4::jsonb[]) WITH ORDINALITY AS q(key, good, bad, i)`, o, keys, good, bad);

  await step("findings", `INSERT INTO "Finding" (id, "organizationId", "vendorId", title, severity, owner, "dueDate", status, "createdAt", "updatedAt")
    SELECT 'bf' || g, $1, 'bv' || (1 + ${pick("g", 37, vendors)}), 'Finding ' || g,
      ${weighted("g", 38, ["CRITICAL", "HIGH", "MEDIUM", "LOW"], [5, 25, 45, 25], "Severity")}, 'Owner ' || ${pick("g", 39, 40)},
      DATE '2025-09-01' + ${pick("g", 40, 500)},
      ${weighted("g", 41, ["OPEN", "IN_REMEDIATION", "RESOLVED", "RISK_ACCEPTED"], [40, 20, 35, 5], "FindingStatus")},
      TIMESTAMP '2025-06-01' + (${pick("g", 42, 500)} || ' days')::interval, now()
    FROM generate_series(1, ${findings}) g`, o);

  // What autovacuum does within minutes of a bulk load on a live server: statistics for the planner, and the
  // visibility map that lets counts and list pages read indexes alone. Timed as part of the seed.
  await db().$executeRawUnsafe("VACUUM ANALYZE");
  const seconds = (Date.now() - started) / 1000;
  log(`Seeded in ${seconds.toFixed(1)} s.`);
  return { organizationId: o, seedSeconds: seconds };
}
