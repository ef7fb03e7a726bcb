import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { cvePrefix, HITS_PER_KIND, searchEverything, type SearchHit } from "./search";

/** One supplier with something of every kind search finds. Every organization gets the same names. */
async function register(organizationId: string) {
  const vendor = await db().vendor.create({
    data: { organizationId, name: "BrightPath IT Services", legalName: "Helios Informationstechnik GmbH", lei: "5299009N3TQ1OJKA2A66" },
  });
  const system = await db().system.create({ data: { organizationId, name: "Payroll server", criticality: "CRITICAL" } });
  const channel = await db().accessChannel.create({
    data: { organizationId, vendorId: vendor.id, name: "Remote management", kind: "RMM", tool: "Kaseya VSA", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION" },
  });
  const product = await db().product.create({ data: { organizationId, vendorId: vendor.id, kevVendor: "Kaseya", kevProduct: "Virtual System/Server Administrator (VSA)", version: "9.5.6" } });
  const vulnerability = await db().vulnerabilityRecord.create({
    data: { organizationId, productId: product.id, cveId: "CVE-2021-30116", severity: "CRITICAL", disclosedAt: new Date("2021-04-02") },
  });
  await db().vulnerabilityRecord.create({ data: { organizationId, productId: product.id, cveId: "CVE-2018-20753", severity: "CRITICAL", disclosedAt: new Date("2019-02-01") } });
  const template = await db().questionnaireTemplate.create({ data: { organizationId, name: "Remote access and update channels" } });
  const templateVersion = await db().templateVersion.create({ data: { organizationId, templateId: template.id, number: 1, content: { sections: [] } } });
  const assessment = await db().assessment.create({ data: { organizationId, vendorId: vendor.id, templateVersionId: templateVersion.id, dueDate: new Date("2026-03-01") } });
  const finding = await db().finding.create({ data: { organizationId, vendorId: vendor.id, assessmentId: assessment.id, title: "No MFA on the RMM console", severity: "HIGH" } });
  return { vendor, system, channel, product, vulnerability, assessment, finding };
}

const ids = (hits: SearchHit[], kind?: SearchHit["kind"]) => hits.filter((h) => !kind || h.kind === kind).map((h) => h.id);

describe("search", () => {
  it("finds vendors by name, legal name and LEI, channels by tool, products, CVE ids, assessments and findings", async () => {
    const org = await createOrganization();
    const a = await register(org.id);
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");

    const bright = await searchEverything(actor, "bright");
    expect(bright.find((h) => h.kind === "vendor")).toEqual({
      kind: "vendor",
      id: a.vendor.id,
      title: "BrightPath IT Services",
      subtitle: "Helios Informationstechnik GmbH · LEI 5299009N3TQ1OJKA2A66",
      href: `/vendors/${a.vendor.id}`,
    });
    // Its assessment is found by the vendor's name too.
    expect(ids(bright, "assessment")).toEqual([a.assessment.id]);
    expect(ids(await searchEverything(actor, "HELIOS"), "vendor")).toEqual([a.vendor.id]);
    expect(ids(await searchEverything(actor, "N3TQ1OJ"), "vendor")).toEqual([a.vendor.id]);

    const kaseya = await searchEverything(actor, "kaseya");
    expect(kaseya.filter((h) => h.kind === "channel")).toEqual([
      { kind: "channel", id: a.channel.id, title: "Remote management", subtitle: "BrightPath IT Services · Kaseya VSA", href: `/vendors/${a.vendor.id}/channels` },
    ]);
    expect(kaseya.filter((h) => h.kind === "product")).toEqual([
      { kind: "product", id: a.product.id, title: "Kaseya Virtual System/Server Administrator (VSA) 9.5.6", subtitle: "BrightPath IT Services", href: `/vendors/${a.vendor.id}/patching` },
    ]);

    const cve = await searchEverything(actor, "CVE-2021-30116");
    expect(cve.filter((h) => h.kind === "vulnerability")).toEqual([
      {
        kind: "vulnerability",
        id: a.vulnerability.id,
        title: "CVE-2021-30116",
        subtitle: "Kaseya Virtual System/Server Administrator (VSA) · BrightPath IT Services · Critical · Not deployed",
        href: `/vendors/${a.vendor.id}/patching/${a.vulnerability.id}`,
      },
    ]);
    // By its start, in any case, with or without "CVE-"; the newest first.
    expect((await searchEverything(actor, "cve-20")).filter((h) => h.kind === "vulnerability").map((h) => h.title)).toEqual(["CVE-2021-30116", "CVE-2018-20753"]);
    expect(ids(await searchEverything(actor, "2021-301"), "vulnerability")).toEqual([a.vulnerability.id]);
    // A CVE id is matched from its start only.
    expect(ids(await searchEverything(actor, "30116"), "vulnerability")).toEqual([]);

    expect(ids(await searchEverything(actor, "update channels"), "assessment")).toEqual([a.assessment.id]);
    expect((await searchEverything(actor, "mfa on the rmm")).filter((h) => h.kind === "finding")).toEqual([
      { kind: "finding", id: a.finding.id, title: "No MFA on the RMM console", subtitle: "BrightPath IT Services · High · Open", href: `/findings/${a.finding.id}` },
    ]);
    expect((await searchEverything(actor, "payroll")).filter((h) => h.kind === "system")).toEqual([
      { kind: "system", id: a.system.id, title: "Payroll server", subtitle: "Critical criticality", href: `/systems/${a.system.id}` },
    ]);
  });

  it("links executives only to pages they may open", async () => {
    const org = await createOrganization();
    const a = await register(org.id);
    const { actor } = await createMember(org.id, "EXECUTIVE");
    expect((await searchEverything(actor, "payroll")).find((h) => h.kind === "system")?.href).toBe("/systems");
    expect((await searchEverything(actor, "CVE-2021-30116")).find((h) => h.kind === "vulnerability")?.href).toBe(`/vendors/${a.vendor.id}/patching`);
  });

  it("never returns another organization's records, even when their names match", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const mine = await register(org.id);
    const theirs = await register(other.id);
    const { actor } = await createMember(org.id, "ADMIN");
    const theirIds = new Set(Object.values(theirs).map((r) => r.id));
    const myIds = new Set(Object.values(mine).map((r) => r.id));
    for (const q of ["bright", "helios", "5299009", "kaseya", "CVE-2021", "remote", "payroll", "mfa", "a"]) {
      const hits = await searchEverything(actor, q);
      expect(hits.length, q).toBeGreaterThan(0);
      expect(hits.filter((h) => theirIds.has(h.id) || !myIds.has(h.id)), q).toEqual([]);
    }
  });

  it("finds nothing for a vendor contact", async () => {
    const org = await createOrganization();
    const a = await register(org.id);
    const { actor } = await createMember(org.id, "VENDOR", { vendorId: a.vendor.id });
    expect(await searchEverything(actor, "bright")).toEqual([]);
    expect(await searchEverything(actor, "CVE-2021-30116")).toEqual([]);
  });

  it("ignores case and accents, and takes % and _ literally", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const societe = await createVendor(org.id, "Société Générale Securities");
    const zurich = await createVendor(org.id, "Zurich Cloud");
    const percent = await createVendor(org.id, "100% Uptime Hosting");
    const underscore = await createVendor(org.id, "Data_Hub");
    const lookalike = await createVendor(org.id, "DataXHub");
    expect(ids(await searchEverything(actor, "societe GENERALE"), "vendor")).toEqual([societe.id]);
    expect(ids(await searchEverything(actor, "Zürich"), "vendor")).toEqual([zurich.id]);
    expect(ids(await searchEverything(actor, "%"), "vendor")).toEqual([percent.id]);
    expect(ids(await searchEverything(actor, "a_h"), "vendor")).toEqual([underscore.id]);
    expect(ids(await searchEverything(actor, "axh"), "vendor")).toEqual([lookalike.id]);
    expect(ids(await searchEverything(actor, "\\"), "vendor")).toEqual([]);
  });

  it("ranks names that start with the text first, then the closest, and returns a few of each kind", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    for (const name of ["Big Cloud Co", "Nimbus Cloud Services International", "Cloudbase", "Acme Cloud", "Stratus Cloud", "Cirrus Cloud", "Cloud"]) await createVendor(org.id, name);
    const titles = (await searchEverything(actor, "cloud")).filter((h) => h.kind === "vendor").map((h) => h.title);
    expect(titles).toHaveLength(HITS_PER_KIND);
    // Starting with "cloud": the exact name is the most similar; then the shortest other names, closest to the text.
    expect(titles.slice(0, 3)).toEqual(["Cloud", "Cloudbase", "Acme Cloud"]);
    expect(titles).not.toContain("Nimbus Cloud Services International");
  });

  it("refuses an empty, overlong or control-character search", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await expect(searchEverything(actor, "   ")).rejects.toThrow(/Type something to search for/);
    await expect(searchEverything(actor, "x".repeat(101))).rejects.toThrow(/at most 100 characters/);
    await expect(searchEverything(actor, "a\u0000b")).rejects.toThrow(/control character/);
    expect(await searchEverything(actor, ` ${"x".repeat(100)} `)).toEqual([]);
  });

  it("reads CVE ids as the catalog writes them", () => {
    expect(cvePrefix("cve-2021-30116")).toBe("CVE-2021-30116");
    expect(cvePrefix("CVE 2021-3")).toBe("CVE-2021-3");
    expect(cvePrefix("2021-30116")).toBe("CVE-2021-30116");
    expect(cvePrefix("cve")).toBe("CVE-");
    expect(cvePrefix("2021")).toBeNull();
    expect(cvePrefix("kaseya")).toBeNull();
  });

  it("has trigram indexes the searches can use", async () => {
    const indexes = await db().$queryRaw<{ indexname: string }[]>`SELECT indexname FROM pg_indexes WHERE indexname LIKE '%\\_trgm\\_idx' ORDER BY indexname`;
    expect(indexes.map((i) => i.indexname)).toEqual([
      "AccessChannel_name_trgm_idx",
      "AccessChannel_tool_trgm_idx",
      "Finding_title_trgm_idx",
      "Product_kevProduct_trgm_idx",
      "Product_kevVendor_trgm_idx",
      "QuestionnaireTemplate_name_trgm_idx",
      "System_name_trgm_idx",
      "Vendor_legalName_trgm_idx",
      "Vendor_lei_trgm_idx",
      "Vendor_name_trgm_idx",
      "VulnerabilityRecord_cveId_trgm_idx",
    ]);
    // The search's own condition (unaccented column ILIKE unaccented pattern) is one the index answers.
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT "id" FROM "Vendor" WHERE "immutable_unaccent"("name") ILIKE "immutable_unaccent"('%brigh%')`,
      );
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("Vendor_name_trgm_idx");
  });
});
