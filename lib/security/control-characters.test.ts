// A control character (U+0000 above all, which PostgreSQL refuses in text and JSON) in any input is refused with a
// message naming the field: every form, the questionnaire builder, the answer autosave, the CSV and KEV imports and
// the URL parameters of route handlers. Nothing reaches the database, and nothing answers with a 500.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);

import { GET as evidenceGET, DELETE as evidenceDELETE } from "@/app/api/evidence/[evidenceId]/route";
import { POST as evidencePOST } from "@/app/api/evidence/route";
import { GET as versionGET } from "@/app/api/questionnaires/versions/[versionId]/route";
import { GET as exportGET } from "@/app/api/vendors/export/route";
import { GET as searchGET } from "@/app/api/vendors/search/route";
import { createCampaignAction } from "@/lib/advisories/actions";
import { getAdvisoryRequest, getCampaign } from "@/lib/advisories/advisories";
import { saveAnswerAction } from "@/lib/assessments/actions";
import { getAssessment, sendAssessment } from "@/lib/assessments/assessments";
import type { Actor } from "@/lib/auth/guard";
import { createChannelAction } from "@/lib/channels/actions";
import { daysAfter } from "@/lib/dates";
import { db } from "@/lib/db";
import { createFindingAction } from "@/lib/findings/actions";
import { getFinding } from "@/lib/findings/findings";
import type { FormState } from "@/lib/forms";
import { addSubSupplierAction } from "@/lib/fourth-parties/actions";
import { planChannelImport, planVendorImport, commitImport } from "@/lib/imports/imports";
import { importKevCatalog } from "@/lib/kev/kev";
import { inviteMemberAction } from "@/lib/members/actions";
import { addProductAction, addVulnerabilityAction } from "@/lib/patching/actions";
import { createTemplateAction, importTemplateAction, renameTemplateAction, saveDraftAction } from "@/lib/questionnaires/actions";
import { yesNoOptions, type TemplateContent } from "@/lib/questionnaires/template-schema";
import { createTemplate, getTemplate, publishVersion, saveDraft } from "@/lib/questionnaires/templates";
import { createSystemAction } from "@/lib/systems/actions";
import { addContactAction, createVendorAction } from "@/lib/vendors/actions";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { signInAs } from "@/tests/request-context";

const NUL = "\u0000";
const REFUSED = /contains a control character \(U\+0000\) that cannot be saved/;

let orgId: string;
let admin: Actor;
let manager: Actor;
let contact: Actor;
let vendorId: string;
let productId: string;
let templateId: string;
let draftId: string;
let assessmentId: string;

const signIn = signInAs;

const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) fd.append(key, v);
  return fd;
};

/** Rows of the organization's tables a refused input could have written. */
const counts = async () => {
  const where = { organizationId: orgId };
  const [vendors, contacts, systems, channels, products, vulns, findings, campaigns, templates] = await Promise.all([
    db().vendor.count({ where }),
    db().vendorContact.count({ where }),
    db().system.count({ where }),
    db().accessChannel.count({ where }),
    db().product.count({ where }),
    db().vulnerabilityRecord.count({ where }),
    db().finding.count({ where }),
    db().advisoryCampaign.count({ where }),
    db().questionnaireTemplate.count({ where }),
  ]);
  return { vendors, contacts, systems, channels, products, vulns, findings, campaigns, templates };
};

const question = { key: "q1", text: "Is MFA enforced?", type: "YES_NO" as const, options: yesNoOptions(), weight: 1, required: true, domain: "AUTHENTICATION" as const, evidenceRequired: false };
const textQuestion = { key: "q2", text: "Describe your patch process", type: "TEXT" as const, options: [], weight: 0, required: false, domain: "GOVERNANCE" as const, evidenceRequired: false };

beforeAll(async () => {
  const org = await createOrganization();
  orgId = org.id;
  admin = (await createMember(org.id, "ADMIN")).actor;
  manager = (await createMember(org.id, "SECURITY_MANAGER")).actor;
  const vendor = await createVendor(org.id, "Control MSP");
  vendorId = vendor.id;
  await db().system.create({ data: { organizationId: org.id, name: "Control ERP", criticality: "HIGH" } });
  const contactRow = await db().vendorContact.create({ data: { organizationId: org.id, vendorId, name: "Ops", email: `ops-${vendorId}@msp.test` } });
  productId = (await db().product.create({ data: { organizationId: org.id, vendorId, kevVendor: "Kaseya", kevProduct: "VSA" } })).id;
  const published = await createTemplate(manager, { name: "Baseline", description: null });
  await saveDraft(manager, published.draft.id, published.draft.version, { sections: [{ key: "s1", title: "General", questions: [question, textQuestion] }] });
  await publishVersion(manager, published.draft.id);
  const assessment = await sendAssessment(manager, { vendorId, templateVersionId: published.draft.id, contactIds: [contactRow.id], dueDate: daysAfter(14), message: null }, "https://chainward.test");
  assessmentId = assessment.id;
  // The contact has signed in once through its link, which accepted the membership the assessment created.
  const { id: contactMembershipId } = await db().membership.findFirstOrThrow({ where: { organizationId: org.id, vendorId } });
  const membership = await db().membership.update({ where: { id: contactMembershipId }, data: { acceptedAt: new Date() }, include: { user: true } });
  contact = { ...manager, sessionId: "", userId: membership.userId, email: membership.user.email, name: membership.user.name, membershipId: membership.id, role: "VENDOR", vendorId };
  const draft = await createTemplate(manager, { name: "Draft", description: null });
  templateId = draft.template.id;
  draftId = draft.draft.id;
});

describe("forms refuse a control character next to the field, and write nothing", () => {
  const cases: [string, () => Promise<FormState>, string][] = [
    ["vendor", () => createVendorAction({}, form({ name: `Acme${NUL}`, status: "ACTIVE", dataSensitivity: "INTERNAL" })), "name"],
    ["vendor (optional field)", () => createVendorAction({}, form({ name: "Acme", legalName: `Acme${NUL} GmbH`, status: "ACTIVE", dataSensitivity: "INTERNAL" })), "legalName"],
    ["contact", () => addContactAction({}, form({ vendorId, name: `Ops${NUL}` })), "name"],
    ["system", () => createSystemAction({}, form({ name: `ERP${NUL}`, criticality: "HIGH" })), "name"],
    ["channel", () => createChannelAction({}, form({ vendorId, name: "RMM", tool: `VSA${NUL}`, kind: "RMM", direction: "VENDOR_PUSHES", privilege: "ADMIN" })), "tool"],
    ["product", () => addProductAction({}, form({ vendorId, kevVendor: `Kaseya${NUL}`, kevProduct: "VSA" })), "kevVendor"],
    [
      "vulnerability",
      () => addVulnerabilityAction({}, form({ productId, cveId: "CVE-2021-30116", severity: "HIGH", disclosedAt: "2021-07-02", compensatingControls: `Offline${NUL}` })),
      "compensatingControls",
    ],
    ["finding", () => createFindingAction({}, form({ vendorId, title: `No MFA${NUL}`, severity: "HIGH" })), "title"],
    ["fourth party", () => addSubSupplierAction({}, form({ vendorId, name: `Cloud${NUL}` })), "name"],
    [
      "campaign",
      () => createCampaignAction({}, form({ kevVendor: "Kaseya", kevProduct: "VSA", title: `Advisory${NUL}`, dueDate: daysAfter(5).toISOString().slice(0, 10), vendorIds: vendorId })),
      "title",
    ],
    ["template name", () => createTemplateAction({}, form({ name: `Baseline${NUL}` })), "name"],
    ["template rename", () => renameTemplateAction({}, form({ templateId, name: `Renamed${NUL}` })), "name"],
  ];

  it.each(cases)("%s", async (_label, submit, field) => {
    await signIn(manager);
    const before = await counts();
    const state = await submit();
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.[field]?.[0]).toMatch(REFUSED);
    expect(await counts()).toEqual(before);
  });

  it("invitation of a member (administrators)", async () => {
    await signIn(admin);
    const state = await inviteMemberAction({}, form({ email: "new@example.test", name: `New${NUL}`, role: "EXECUTIVE" }));
    expect(state.fieldErrors?.name?.[0]).toMatch(/^The name contains a control character/);
    expect(await db().user.count({ where: { email: "new@example.test" } })).toBe(0);
  });
});

describe("the questionnaire builder, template files and the answer autosave", () => {
  it("a draft holding a control character is refused with the question named, and the stored draft stays as it was", async () => {
    await signIn(manager);
    const version = await db().templateVersion.findUniqueOrThrow({ where: { id: draftId } });
    const content: TemplateContent = { sections: [{ key: "s1", title: "General", questions: [{ ...question, text: `Is MFA${NUL} enforced?` }] }] };
    const result = await saveDraftAction(draftId, version.version, content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: ["sections", 0, "questions", 0, "text"], message: expect.stringMatching(/^The question text contains a control character \(U\+0000\)/) }]);
    expect(await db().templateVersion.findUniqueOrThrow({ where: { id: draftId } })).toEqual(version);
  });

  it("a section title with an unpaired surrogate is refused (it would be stored as U+FFFD)", async () => {
    await signIn(manager);
    const version = await db().templateVersion.findUniqueOrThrow({ where: { id: draftId } });
    const result = await saveDraftAction(draftId, version.version, { sections: [{ key: "s1", title: "General \ud83d", questions: [question] }] });
    expect(result.ok ? [] : result.issues).toEqual([{ path: ["sections", 0, "title"], message: expect.stringMatching(/^The section title contains an incomplete character \(U\+D83D\)/) }]);
  });

  it("an imported template file with a control character is refused", async () => {
    await signIn(manager);
    const before = await counts();
    const file = { format: "chainward-questionnaire-template", formatVersion: 1, name: `Imported${NUL}`, content: { sections: [{ key: "s1", title: "General", questions: [question] }] } };
    const state = await importTemplateAction({}, fileForm(JSON.stringify(file)));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/The template name contains a control character \(U\+0000\)/);
    expect(await counts()).toEqual(before);
  });

  it("the autosave refuses a text answer or a comment with a control character, naming it, and keeps the stored answer", async () => {
    await signIn(contact);
    const text = await saveAnswerAction({ assessmentId, questionKey: "q2", value: `Monthly${NUL}`, comment: null, expectedVersion: 0 });
    expect(text).toEqual({ ok: false, error: expect.stringMatching(/^The answer contains a control character \(U\+0000\)/) });
    const comment = await saveAnswerAction({ assessmentId, questionKey: "q1", value: "yes", comment: `See policy${NUL}`, expectedVersion: 0 });
    expect(comment).toEqual({ ok: false, error: expect.stringMatching(/^The comment contains a control character \(U\+0000\)/) });
    expect(await db().answer.count({ where: { assessmentId } })).toBe(0);
    // Tab and line breaks are text like any other.
    expect(await saveAnswerAction({ assessmentId, questionKey: "q2", value: "Monthly,\r\n\tweekly for critical flaws", comment: null, expectedVersion: 0 })).toMatchObject({ ok: true });
  });
});

function fileForm(body: string) {
  const fd = new FormData();
  fd.append("file", new File([body], "template.json", { type: "application/json" }));
  return fd;
}

describe("imports refuse the file in the preview, naming the row and the column", () => {
  it("vendors CSV", async () => {
    const file = `Name,Legal name\r\nGood Ltd,Good Limited\r\nBad Ltd,Bad${NUL} Limited\r\n`;
    const plan = await planVendorImport(manager, file);
    expect(plan.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, [expect.stringMatching(/^legalName: Legal name contains a control character \(U\+0000\)/)]],
    ]);
    const before = await counts();
    await expect(commitImport(manager, "vendors", file)).rejects.toThrow(/Some rows have errors/);
    expect(await counts()).toEqual(before);
  });

  it("access channels CSV", async () => {
    const file = `Vendor,Channel,Kind,Direction,Privilege,Kill switch owner,Systems reached\r\nControl MSP,RMM\u0007,RMM,VENDOR_PUSHES,ADMIN,Ops,Control ERP\r\n`;
    const plan = await planChannelImport(manager, file);
    expect(plan.rows[0]!.errors).toEqual([expect.stringMatching(/^name: The name contains a control character \(U\+0007\)/)]);
  });

  it("KEV catalog", async () => {
    const sample = JSON.parse(readFileSync(path.join(process.cwd(), "lib/kev/kev-sample.json"), "utf8"));
    sample.vulnerabilities[1].product = `VSA${NUL}`;
    await expect(importKevCatalog(admin, JSON.stringify(sample))).rejects.toThrow(/vulnerabilities\[1\]\.product: Product contains a control character \(U\+0000\)/);
    expect(await db().kevEntry.count({ where: { organizationId: orgId } })).toBe(0);
  });
});

describe("route handlers answer 400 to a URL parameter with a control character", () => {
  const same = { origin: "http://chainward.test", host: "chainward.test" };
  const url = (p: string) => new Request(`http://chainward.test${p}`, { headers: same });
  const params = <T>(value: T) => ({ params: Promise.resolve(value) });

  it("vendor search and vendor export", async () => {
    await signIn(manager);
    const search = await searchGET(url("/api/vendors/search?q=Control%00"), {});
    expect(search.status).toBe(400);
    expect((await search.json()).error).toMatch(/^The search contains a control character \(U\+0000\)/);
    expect((await searchGET(url("/api/vendors/search?q=Control"), {})).status).toBe(200);
    expect((await exportGET(url("/api/vendors/export?q=Control%00&tier=HIGH"), {})).status).toBe(400);
    expect((await exportGET(url("/api/vendors/export?q=Control"), {})).status).toBe(200);
  });

  it("evidence download, removal and upload; template version export", async () => {
    await signIn(contact);
    expect((await evidenceGET(url("/api/evidence/%00"), params({ evidenceId: NUL }))).status).toBe(400);
    expect((await evidenceDELETE(new Request("http://chainward.test/api/evidence/%00", { method: "DELETE", headers: same }), params({ evidenceId: NUL }))).status).toBe(400);
    const upload = new FormData();
    upload.append("file", new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "policy.pdf"));
    upload.append("assessmentId", `${assessmentId}${NUL}`);
    upload.append("questionKey", "q1");
    expect((await evidencePOST(new Request("http://chainward.test/api/evidence", { method: "POST", headers: same, body: upload }), {})).status).toBe(400);
    await signIn(manager);
    expect((await versionGET(url("/api/questionnaires/versions/%00"), params({ versionId: NUL }))).status).toBe(400);
  });
});

describe("record pages: an id in the URL with a control character is not found", () => {
  it("vendor, campaign, assessment, finding and template pages; the portal's advisory request and assessment", async () => {
    await signIn(manager);
    await expect(loadVendorPage(`${vendorId}${NUL}`)).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
    expect(await getCampaign(manager, NUL)).toBeNull();
    expect(await getAssessment(manager, `${assessmentId}${NUL}`)).toBeNull();
    expect(await getFinding(manager, NUL)).toBeNull();
    expect(await getTemplate(manager, `${templateId}${NUL}`)).toBeNull();
    expect(await getAdvisoryRequest(contact, NUL)).toBeNull();
    expect(await getAssessment(contact, NUL)).toBeNull();
  });
});
