import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createOrganization as createOrg } from "@/tests/factories";
import { findBrokenAuditLink, recordAudit } from "./index";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "./queries";

async function record(organizationId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await db().$transaction((tx) =>
      recordAudit(tx, { organizationId, action: "test.event", entityType: "Test", entityId: String(i), after: { i, nested: { b: 1, a: [1, 2] } } }),
    );
  }
}

describe("audit chain", () => {
  it("numbers events per organization and links each to the previous hash", async () => {
    const org = await createOrg();
    await record(org.id, 3);
    const events = await db().auditEvent.findMany({ where: { organizationId: org.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]!.prevHash).toBeNull();
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events[2]!.prevHash).toBe(events[1]!.hash);
    expect(await findBrokenAuditLink(org.id)).toBeNull();
  });

  it("keeps concurrent writers in one unbroken chain", async () => {
    const org = await createOrg();
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        db().$transaction((tx) => recordAudit(tx, { organizationId: org.id, action: "test.concurrent", entityType: "Test", entityId: String(i) })),
      ),
    );
    expect(await db().auditEvent.count({ where: { organizationId: org.id } })).toBe(5);
    expect(await findBrokenAuditLink(org.id)).toBeNull();
  });

  it("points at the first entry that was changed behind the application's back", async () => {
    const org = await createOrg();
    await record(org.id, 4);
    await db().$executeRaw`UPDATE "AuditEvent" SET "actorEmail" = 'someone-else@example.test' WHERE "organizationId" = ${org.id} AND seq = 2`;
    expect(await findBrokenAuditLink(org.id)).toBe(2);
  });

  it("notices a deleted entry", async () => {
    const org = await createOrg();
    await record(org.id, 4);
    await db().$executeRaw`DELETE FROM "AuditEvent" WHERE "organizationId" = ${org.id} AND seq = 3`;
    expect(await findBrokenAuditLink(org.id)).toBe(4);
  });

  it("walks a long chain batch by batch, across the batches' edges", async () => {
    const org = await createOrg();
    await record(org.id, 7);
    expect(await findBrokenAuditLink(org.id, 3)).toBeNull();
    await db().$executeRaw`DELETE FROM "AuditEvent" WHERE "organizationId" = ${org.id} AND seq = 4`;
    expect(await findBrokenAuditLink(org.id, 3)).toBe(5);
    await db().$executeRaw`UPDATE "AuditEvent" SET "entityId" = 'x' WHERE "organizationId" = ${org.id} AND seq = 3`;
    expect(await findBrokenAuditLink(org.id, 3)).toBe(3);
  });

  it("is listed newest first, a page at a time; a page past the end shows the last one", async () => {
    const org = await createOrg();
    await record(org.id, AUDIT_PAGE_SIZE + 3);
    const { actor } = await createMember(org.id, "ADMIN");
    const last = await listAuditEvents(actor, 2);
    expect(last.page).toBe(2);
    // createMember recorded nothing: the oldest events are the page's last.
    expect(last.events.at(-1)!.seq).toBe(1);
    const past = await listAuditEvents(actor, 50);
    expect([past.page, past.pageCount, past.events.map((e) => e.seq)]).toEqual([last.page, last.pageCount, last.events.map((e) => e.seq)]);
  });

  it("keeps organizations' chains apart", async () => {
    const a = await createOrg();
    const b = await createOrg();
    await record(a.id, 2);
    await record(b.id, 1);
    const seqB = await db().auditEvent.findMany({ where: { organizationId: b.id }, select: { seq: true, prevHash: true } });
    expect(seqB).toEqual([{ seq: 1, prevHash: null }]);
  });
});

describe("npm run audit:verify", () => {
  it("reports intact chains, and names the first event of a chain edited behind the application's back", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { runScript, runScriptToEnd } = await import("@/tests/processes");
    const dir = mkdtempSync(path.join(tmpdir(), "chainward-audit-"));
    const env = { DATABASE_URL: "", DATA_DIR: dir };
    try {
      await runScriptToEnd("tests/db-child.mts", ["audit", "intact"], env);
      await runScriptToEnd("tests/db-child.mts", ["audit", "tampered", "tamper"], env);
      expect(await runScriptToEnd("scripts/audit-verify.mts", ["intact"], env)).toContain("intact: 3 events, chain intact");
      const all = runScript("scripts/audit-verify.mts", [], env);
      expect((await all.exited).code).toBe(1);
      expect(all.output()).toContain("tampered: BROKEN at event 2 (of 3)");
      expect(all.output()).toContain("intact: 3 events, chain intact");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
