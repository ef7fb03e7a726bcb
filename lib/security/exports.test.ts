// Export downloads (CSV, DORA extracts, board PDF, backup, template JSON, import template, database dump) through their route handlers:
// a request another site started is refused, and each user gets a limited number of downloads an hour. A refused
// request reads nothing, counts nothing (cross-site) and writes no audit row.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);

import { GET as backup } from "@/app/api/backup/route";
import { GET as channels } from "@/app/api/channels/export/route";
import { GET as doraB0202 } from "@/app/api/dora/b_02_02/route";
import { GET as doraB0501 } from "@/app/api/dora/b_05_01/route";
import { POST as dump } from "@/app/api/maintenance/dump/route";
import { GET as templateVersion } from "@/app/api/questionnaires/versions/[versionId]/route";
import { GET as boardReport } from "@/app/api/reports/board/route";
import { GET as risks } from "@/app/api/risks/export/route";
import { GET as vendors } from "@/app/api/vendors/export/route";
import { GET as importTemplate } from "@/app/api/vendors/import-template/route";
import { maintenanceToken } from "@/lib/db/dump";
import { db } from "@/lib/db";
import { createTemplate } from "@/lib/questionnaires/templates";
import { limits } from "@/lib/security/rate-limit";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { signInAs } from "@/tests/request-context";

async function signIn(organizationId: string) {
  const { actor } = await createMember(organizationId, "ADMIN");
  await signInAs(actor);
  return actor;
}

async function organizationWithData() {
  const org = await createOrganization();
  await createVendor(org.id, "Export Hosting");
  const actor = await signIn(org.id);
  const { draft } = await createTemplate(actor, { name: "Export questionnaire", description: null });
  return { org, actor, versionId: draft.id };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
function exportsOf(versionId: string): [string, Handler][] {
  return [
    ["api/vendors/export", vendors as Handler],
    ["api/channels/export", channels as Handler],
    ["api/risks/export", risks as Handler],
    ["api/dora/b_02_02", doraB0202 as Handler],
    ["api/dora/b_05_01", doraB0501 as Handler],
    ["api/reports/board", boardReport as Handler],
    ["api/backup", backup as Handler],
    [`api/questionnaires/versions/${versionId}`, templateVersion as Handler],
    ["api/vendors/import-template", importTemplate as Handler],
  ];
}

async function download(route: [string, Handler], site?: string) {
  const [url, handler] = route;
  const response = await handler(new Request(`http://chainward.test/${url}`, { headers: site ? { "sec-fetch-site": site } : {} }), { params: Promise.resolve({ versionId: url.split("/").at(-1)! }) });
  // Streamed exports write as they are read: read the whole body, as a browser would.
  const body = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text: new TextDecoder().decode(body) };
}

const auditRows = (organizationId: string) => db().auditEvent.count({ where: { organizationId } });

describe("export downloads", () => {
  it("all go through authorizeExport: every route handler except the few that are not downloads", () => {
    const api = path.resolve(import.meta.dirname, "../../app/api");
    const routes = (readdirSync(api, { recursive: true }) as string[]).filter((f) => f.endsWith("route.ts")).map((f) => f.split(path.sep).join("/"));
    const notDownloads = ["health/route.ts", "search/route.ts", "vendors/search/route.ts", "evidence/route.ts", "evidence/[evidenceId]/route.ts"];
    const gated = routes.filter((f) => readFileSync(path.join(api, f), "utf8").includes("await authorizeExport(request"));
    expect(gated.sort()).toEqual(routes.filter((f) => !notDownloads.includes(f)).sort());
    expect(gated).toHaveLength(10);
  });

  it("refuse a request another site started (cross-site or same-site) before reading, counting or auditing anything", async () => {
    const { org, actor, versionId } = await organizationWithData();
    const before = await auditRows(org.id);
    for (const route of exportsOf(versionId)) {
      for (const site of ["cross-site", "same-site", "CROSS-SITE"]) {
        const refused = await download(route, site);
        expect([route[0], site, refused.status, refused.headers.get("content-type")]).toEqual([route[0], site, 403, "text/plain; charset=utf-8"]);
        expect(refused.text).toBe("This download was requested by another website. Open it from Chainward itself.\n");
      }
    }
    expect(await auditRows(org.id)).toBe(before);
    expect(await db().rateLimit.count({ where: { key: { contains: actor.userId } } })).toBe(0);

    // The app's own links (same-origin), a typed URL or bookmark (none) and clients without the header are served.
    for (const route of exportsOf(versionId)) {
      for (const site of ["same-origin", "none", undefined]) expect([route[0], site, (await download(route, site)).status]).toEqual([route[0], site, 200]);
    }
    expect(await auditRows(org.id)).toBeGreaterThan(before);
  });

  it(`allow each user ${limits.exportsPerUser.max} downloads an hour across all exports; the next gets 429 with Retry-After and writes no audit row`, async () => {
    const { org, versionId } = await organizationWithData();
    const routes = exportsOf(versionId);
    const statuses: number[] = [];
    for (let i = 0; i < limits.exportsPerUser.max; i++) statuses.push((await download(routes[i % routes.length]!, "same-origin")).status);
    expect(statuses).toEqual(Array(limits.exportsPerUser.max).fill(200));

    const before = await auditRows(org.id);
    for (const route of routes) {
      const refused = await download(route, "same-origin");
      expect([route[0], refused.status]).toEqual([route[0], 429]);
      expect(refused.text).toMatch(/^Too many downloads: at most 60 an hour\. Try again in (60|59) minutes\.\n$/);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(3000);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    }
    expect(await auditRows(org.id)).toBe(before);

    // The limit is per user: a colleague in the same organization is still served.
    await signIn(org.id);
    expect((await download(routes[3]!, "same-origin")).status).toBe(200);
    expect(await auditRows(org.id)).toBe(before + 1);
  }, 180_000);

  it("refuses a cross-site request to the database dump even with the maintenance token", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "chainward-export-"));
    const previous = process.env.DATA_DIR;
    process.env.DATA_DIR = dataDir;
    try {
      const call = (site: string) =>
        dump(new Request("http://chainward.test/api/maintenance/dump", { method: "POST", headers: { authorization: `Bearer ${maintenanceToken(dataDir)}`, "sec-fetch-site": site } }), {});
      // On PostgreSQL the endpoint does not exist (404) whatever is sent.
      expect((await call("cross-site")).status).toBe(process.env.DATABASE_URL ? 404 : 403);
    } finally {
      process.env.DATA_DIR = previous;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
