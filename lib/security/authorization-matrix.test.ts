// The authorization matrix: every page, route handler and server action of the app, found on the file system (so a
// new one cannot be forgotten), called as every role, as a signed-out visitor, as a vendor contact of another vendor
// and as users of another organization holding this organization's ids (among them people who also belong to this
// organization, or were invited to it and have not accepted). Allowed callers get through the guard;
// everyone else gets a 404 or the sign-in page, and the organization's records stay exactly as they were.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);

import type { Actor } from "@/lib/auth/guard";
import { STAFF_ROLES, EDITOR_ROLES, type Role } from "@/lib/auth/roles";
import { createCampaign } from "@/lib/advisories/advisories";
import { createCampaignSchema } from "@/lib/advisories/schema";
import { sendAssessment } from "@/lib/assessments/assessments";
import { createChannel } from "@/lib/channels/channels";
import { channelFields } from "@/lib/channels/schema";
import { daysAfter } from "@/lib/dates";
import { db } from "@/lib/db";
import { uploadEvidence } from "@/lib/evidence/evidence";
import { createFinding } from "@/lib/findings/findings";
import { Prisma } from "@/lib/generated/prisma/client";
import { yesNoOptions } from "@/lib/questionnaires/template-schema";
import { createTemplate, publishVersion, saveDraft } from "@/lib/questionnaires/templates";
import { createSystem } from "@/lib/systems/systems";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { currentClaims, signInAs } from "@/tests/request-context";

const ROOT = path.resolve(import.meta.dirname, "../..");

type Access = "public" | "signed-in" | readonly Role[];
const STAFF = STAFF_ROLES;
const EDITORS = EDITOR_ROLES;
const ADMIN = ["ADMIN"] as const;
const VENDOR = ["VENDOR"] as const;

/** Every page, by its folder under app/. */
const PAGES: Record<string, Access> = {
  "": "public",
  "sign-in": "public",
  "accept-invite": "public",
  "(vendor)/portal/sign-in": "public",
  "(vendor)/portal/verify": "public",
  "(vendor)/portal/(signed-in)": VENDOR,
  "(vendor)/portal/(signed-in)/advisories/[requestId]": VENDOR,
  "(vendor)/portal/(signed-in)/assessments/[assessmentId]": VENDOR,
  "(vendor)/portal/(signed-in)/findings/[findingId]": VENDOR,
  "(staff)/account": STAFF,
  "(staff)/account/two-step": STAFF,
  "(staff)/admin/audit": ADMIN,
  "(staff)/admin/backup": ADMIN,
  "(staff)/admin/kev": ADMIN,
  "(staff)/admin/members": ADMIN,
  "(staff)/admin/outbox": ADMIN,
  "(staff)/admin/settings": ADMIN,
  "(staff)/advisories": STAFF,
  "(staff)/advisories/new": EDITORS,
  "(staff)/advisories/[campaignId]": STAFF,
  "(staff)/assessments": STAFF,
  "(staff)/assessments/[assessmentId]": STAFF,
  "(staff)/dashboard": STAFF,
  "(staff)/dashboard/executive": STAFF,
  "(staff)/findings": STAFF,
  "(staff)/findings/[findingId]": STAFF,
  "(staff)/fourth-parties": STAFF,
  "(staff)/kev": STAFF,
  "(staff)/patching": STAFF,
  "(staff)/questionnaires": STAFF,
  "(staff)/questionnaires/[templateId]": STAFF,
  "(staff)/readiness": STAFF,
  "(staff)/reports": STAFF,
  "(staff)/risks": STAFF,
  "(staff)/risks/model": STAFF,
  "(staff)/systems": STAFF,
  "(staff)/systems/[systemId]": EDITORS,
  "(staff)/vendors/(list)": STAFF,
  "(staff)/vendors/import": EDITORS,
  "(staff)/vendors/new": EDITORS,
  "(staff)/vendors/[id]": STAFF,
  "(staff)/vendors/[id]/assessments": STAFF,
  "(staff)/vendors/[id]/blast-radius": STAFF,
  "(staff)/vendors/[id]/channels": STAFF,
  "(staff)/vendors/[id]/channels/new": EDITORS,
  "(staff)/vendors/[id]/channels/[channelId]/edit": EDITORS,
  "(staff)/vendors/[id]/contacts": STAFF,
  "(staff)/vendors/[id]/edit": EDITORS,
  "(staff)/vendors/[id]/fourth-parties": STAFF,
  "(staff)/vendors/[id]/history": STAFF,
  "(staff)/vendors/[id]/patching": STAFF,
  "(staff)/vendors/[id]/patching/[vulnId]": EDITORS,
};

type Method = "GET" | "POST" | "DELETE" | "PUT" | "PATCH";
/** Every route handler, by its folder under app/, and each method it exports. */
const ROUTES: Record<string, Partial<Record<Method, Access>>> = {
  "api/health": { GET: "public" },
  "api/backup": { GET: ADMIN },
  "api/channels/export": { GET: STAFF },
  "api/vendors/export": { GET: STAFF },
  "api/vendors/search": { GET: STAFF },
  "api/search": { GET: STAFF },
  "api/vendors/import-template": { GET: EDITORS },
  "api/risks/export": { GET: STAFF },
  "api/reports/board": { GET: STAFF },
  "api/dora/b_02_02": { GET: STAFF },
  "api/dora/b_05_01": { GET: STAFF },
  "api/questionnaires/versions/[versionId]": { GET: STAFF },
  "api/evidence": { POST: VENDOR },
  "api/evidence/[evidenceId]": { GET: [...STAFF, "VENDOR"], DELETE: VENDOR },
  // No session may use it: only the maintenance token from the data directory (lib/db/dump.test.ts).
  "api/maintenance/dump": { POST: [] },
};

/** Every server action, as file:export. */
const ACTIONS: Record<string, Access> = {
  "lib/auth/actions.ts:signInWithPassword": "public",
  "lib/auth/actions.ts:portalSignInAction": "public",
  "lib/auth/actions.ts:continueWithMagicLink": "public",
  "lib/auth/actions.ts:acceptInvitation": "public",
  "lib/auth/actions.ts:changePassword": "signed-in",
  "lib/auth/actions.ts:signOutAction": "signed-in",
  "lib/auth/actions.ts:signOutEverywhere": "signed-in",
  "lib/auth/actions.ts:switchOrganizationAction": "signed-in",
  "lib/i18n/actions.ts:saveLanguageAction": "signed-in",
  "lib/vendors/actions.ts:createVendorAction": EDITORS,
  "lib/vendors/actions.ts:updateVendorAction": EDITORS,
  "lib/vendors/actions.ts:addContactAction": EDITORS,
  "lib/vendors/actions.ts:removeContactAction": EDITORS,
  "lib/vendors/actions.ts:setSecurityContactAction": EDITORS,
  "lib/vendors/actions.ts:bulkSetTierAction": EDITORS,
  "lib/vendors/actions.ts:saveVendorViewAction": STAFF,
  "lib/vendors/actions.ts:deleteVendorViewAction": STAFF,
  "lib/channels/actions.ts:createChannelAction": EDITORS,
  "lib/channels/actions.ts:updateChannelAction": EDITORS,
  "lib/channels/actions.ts:disableChannelAction": EDITORS,
  "lib/channels/actions.ts:enableChannelAction": EDITORS,
  "lib/systems/actions.ts:createSystemAction": EDITORS,
  "lib/systems/actions.ts:updateSystemAction": EDITORS,
  "lib/systems/actions.ts:deleteSystemAction": EDITORS,
  "lib/patching/actions.ts:setPatchSlaAction": EDITORS,
  "lib/patching/actions.ts:addProductAction": EDITORS,
  "lib/patching/actions.ts:removeProductAction": EDITORS,
  "lib/patching/actions.ts:addVulnerabilityAction": EDITORS,
  "lib/patching/actions.ts:updateVulnerabilityAction": EDITORS,
  "lib/patching/actions.ts:removeVulnerabilityAction": EDITORS,
  "lib/fourth-parties/actions.ts:addSubSupplierAction": EDITORS,
  "lib/fourth-parties/actions.ts:removeSubSupplierAction": EDITORS,
  "lib/imports/actions.ts:previewImportAction": EDITORS,
  "lib/imports/actions.ts:commitImportAction": EDITORS,
  "lib/kev/actions.ts:importKevAction": ADMIN,
  "lib/risk/actions.ts:acceptAlarmAction": ["ADMIN", "EXECUTIVE"],
  "lib/findings/actions.ts:createFindingAction": EDITORS,
  "lib/findings/actions.ts:updateFindingAction": EDITORS,
  "lib/findings/actions.ts:acceptFindingRiskAction": ["ADMIN", "EXECUTIVE"],
  "lib/findings/actions.ts:respondToFindingAction": VENDOR,
  "lib/questionnaires/actions.ts:createTemplateAction": EDITORS,
  "lib/questionnaires/actions.ts:renameTemplateAction": EDITORS,
  "lib/questionnaires/actions.ts:importTemplateAction": EDITORS,
  "lib/questionnaires/actions.ts:saveDraftAction": EDITORS,
  "lib/questionnaires/actions.ts:publishVersionAction": EDITORS,
  "lib/questionnaires/actions.ts:newDraftAction": EDITORS,
  "lib/questionnaires/actions.ts:discardDraftAction": EDITORS,
  "lib/questionnaires/actions.ts:addBuiltInTemplatesAction": EDITORS,
  "lib/assessments/actions.ts:sendAssessmentAction": EDITORS,
  "lib/assessments/actions.ts:saveAnswerAction": VENDOR,
  "lib/assessments/actions.ts:submitAssessmentAction": VENDOR,
  "lib/assessments/actions.ts:setVerdictAction": EDITORS,
  "lib/assessments/actions.ts:acceptUnflaggedAnswersAction": EDITORS,
  "lib/assessments/actions.ts:requestClarificationAction": EDITORS,
  "lib/assessments/actions.ts:completeReviewAction": EDITORS,
  "lib/assessments/actions.ts:cancelAssessmentAction": EDITORS,
  "lib/advisories/actions.ts:createCampaignAction": EDITORS,
  "lib/advisories/actions.ts:answerAdvisoryAction": [...EDITORS, "VENDOR"],
  "lib/advisories/actions.ts:remindUnansweredAction": EDITORS,
  "lib/advisories/actions.ts:closeCampaignAction": EDITORS,
  "lib/advisories/actions.ts:recordAnsweredDeploymentAction": EDITORS,
  "lib/members/actions.ts:inviteMemberAction": ADMIN,
  "lib/members/actions.ts:changeRoleAction": ADMIN,
  "lib/members/actions.ts:removeMemberAction": ADMIN,
  "lib/organization/actions.ts:updateReviewIntervalsAction": ADMIN,
  "lib/organization/actions.ts:updateOrganizationLeiAction": ADMIN,
  "lib/organization/actions.ts:updateRiskWeightsAction": ADMIN,
  "lib/organization/actions.ts:resetRiskWeightsAction": ADMIN,
  "lib/organization/actions.ts:updateSecuritySettingsAction": ADMIN,
  "lib/auth/totp-actions.ts:startTotpAction": STAFF,
  "lib/auth/totp-actions.ts:confirmTotpAction": STAFF,
  "lib/auth/totp-actions.ts:regenerateRecoveryCodesAction": STAFF,
  "lib/auth/totp-actions.ts:disableTotpAction": STAFF,
  "lib/backup/actions.ts:importOrganizationAction": ADMIN,
};

// ---- discovery -------------------------------------------------------------------------------------------------

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? (name === "node_modules" || name === "generated" ? [] : walk(full)) : [full];
  });
}
const appFiles = walk(path.join(ROOT, "app")).map((f) => path.relative(path.join(ROOT, "app"), f).split(path.sep).join("/"));
const folderOf = (file: string) => file.split("/").slice(0, -1).join("/");
const discoveredPages = appFiles.filter((f) => /(^|\/)page\.tsx$/.test(f)).map(folderOf);
const discoveredRoutes = appFiles.filter((f) => /(^|\/)route\.ts$/.test(f)).map(folderOf);
const serverActionFiles = [...walk(path.join(ROOT, "lib")), ...walk(path.join(ROOT, "app"))]
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
  .filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")))
  .map((f) => path.relative(ROOT, f).split(path.sep).join("/"));

// ---- fixtures --------------------------------------------------------------------------------------------------

type Caller = { label: string; actor: Actor | null };
let callers: Record<"admin" | "manager" | "executive" | "contact" | "otherContact" | "foreignAdmin" | "foreignContact" | "foreignInvitee" | "pendingInvitee", Caller>;
let orgA: string;
let params: Record<string, string>;
/** Values for the ambiguous "id" field: every kind of record an action may name by it. */
let idCandidates: string[];

const setActor = signInAs;

beforeAll(async () => {
  const org = await createOrganization();
  orgA = org.id;
  const admin = await createMember(org.id, "ADMIN");
  const manager = await createMember(org.id, "SECURITY_MANAGER");
  const executive = await createMember(org.id, "EXECUTIVE");
  const victim = await createMember(org.id, "SECURITY_MANAGER");
  const vendor = await createVendor(org.id, "Matrix MSP");
  const otherVendor = await createVendor(org.id, "Matrix other vendor");
  const contactRow = await db().vendorContact.create({ data: { organizationId: org.id, vendorId: vendor.id, name: "Matrix contact", email: `matrix-${vendor.id}@msp.test`, isSecurityContact: true } });
  const m = manager.actor;
  const system = await createSystem(m, { name: "Matrix ERP", description: null, criticality: "CRITICAL", owner: null });
  const channel = await createChannel(m, vendor.id, channelFields.parse({ name: "Matrix RMM", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", tool: "Kaseya VSA", systemIds: [system.id] }));
  const product = await db().product.create({ data: { organizationId: org.id, vendorId: vendor.id, kevVendor: "Kaseya", kevProduct: "Virtual System/Server Administrator (VSA)" } });
  const vuln = await db().vulnerabilityRecord.create({ data: { organizationId: org.id, productId: product.id, cveId: "CVE-2021-30116", severity: "CRITICAL", disclosedAt: daysAfter(-100) } });
  await db().subSupplier.create({ data: { organizationId: org.id, vendorId: vendor.id, name: "Kaseya", touchesChannels: true } });
  const { draft } = await createTemplate(m, { name: "Matrix questionnaire", description: null });
  await saveDraft(m, draft.id, draft.version, {
    sections: [{ key: "s1", title: "General", questions: [{ key: "q1", text: "Is MFA enforced?", type: "YES_NO", options: yesNoOptions(), weight: 1, required: true, domain: "AUTHENTICATION", evidenceRequired: false }] }],
  });
  await publishVersion(m, draft.id);
  const assessment = await sendAssessment(m, { vendorId: vendor.id, templateVersionId: draft.id, contactIds: [contactRow.id], dueDate: daysAfter(14), message: null }, "https://chainward.test");
  // The contact has signed in once through a link, which accepted the membership the assessment created.
  const contactMembership = await db().membership.update({
    where: { id: (await db().membership.findFirstOrThrow({ where: { organizationId: org.id, vendorId: vendor.id } })).id },
    data: { acceptedAt: new Date() },
    include: { user: true },
  });
  const contact: Actor = { ...m, sessionId: "", userId: contactMembership.userId, email: contactMembership.user.email, name: contactMembership.user.name, membershipId: contactMembership.id, role: "VENDOR", vendorId: vendor.id };
  const evidence = await uploadEvidence(contact, { assessmentId: assessment.id, questionKey: "q1" }, { name: "policy.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") });
  const finding = await createFinding(m, { vendorId: vendor.id, assessmentId: assessment.id, title: "No MFA", description: null, severity: "HIGH", owner: null, dueDate: daysAfter(10) } as never);
  const campaign = await createCampaign(m, createCampaignSchema.parse({ kevVendor: "Kaseya", kevProduct: "Virtual System/Server Administrator (VSA)", title: "Matrix advisory", dueDate: daysAfter(5).toISOString().slice(0, 10), vendorIds: [vendor.id] }), "https://chainward.test");
  const request = await db().advisoryRequest.findFirstOrThrow({ where: { campaignId: campaign.id } });
  const otherContact = await createMember(org.id, "VENDOR", { vendorId: otherVendor.id });

  const other = await createOrganization();
  const foreignAdmin = await createMember(other.id, "ADMIN");
  const foreignVendor = await createVendor(other.id, "Foreign vendor");
  const foreignContact = await createMember(other.id, "VENDOR", { vendorId: foreignVendor.id });
  // People of both organizations: the other organization's administrator is also an executive here (signed in
  // there), and a manager there was invited here as administrator and has not accepted (a session for that pending
  // membership, however obtained, must open nothing).
  await createMember(org.id, "EXECUTIVE", { user: foreignAdmin.user });
  const foreignInvitee = await createMember(other.id, "SECURITY_MANAGER");
  const pendingInvitee = await createMember(org.id, "ADMIN", { user: foreignInvitee.user, pending: true });

  callers = {
    admin: { label: "ADMIN", actor: admin.actor },
    manager: { label: "SECURITY_MANAGER", actor: manager.actor },
    executive: { label: "EXECUTIVE", actor: executive.actor },
    contact: { label: "VENDOR", actor: contact },
    otherContact: { label: "VENDOR of another vendor", actor: otherContact.actor },
    foreignAdmin: { label: "ADMIN of another organization", actor: foreignAdmin.actor },
    foreignContact: { label: "VENDOR of another organization", actor: foreignContact.actor },
    foreignInvitee: { label: "SECURITY_MANAGER of another organization, invited here", actor: foreignInvitee.actor },
    pendingInvitee: { label: "ADMIN invited here, not accepted", actor: pendingInvitee.actor },
  };
  params = {
    id: vendor.id,
    channelId: channel.id,
    vulnId: vuln.id,
    systemId: system.id,
    assessmentId: assessment.id,
    findingId: finding.id,
    templateId: draft.templateId,
    versionId: draft.id,
    campaignId: campaign.id,
    requestId: request.id,
    evidenceId: evidence.id,
  };
  idCandidates = [vendor.id, channel.id, vuln.id, system.id, product.id, assessment.id, finding.id, draft.templateId, draft.id, campaign.id, request.id, contactRow.id, victim.membership.id, pendingInvitee.membership.id];
}, 120_000);

// ---- calling -----------------------------------------------------------------------------------------------------

type Outcome = "ok" | "404" | "sign-in" | `error: ${string}`;

function classify(error: unknown): Outcome {
  const digest = String((error as { digest?: unknown })?.digest ?? "");
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
  if (digest.startsWith("NEXT_REDIRECT;")) return /\/sign-in(\?|$)/.test(digest.split(";")[2] ?? "") ? "sign-in" : "ok";
  return `error: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
}

const denied = (o: Outcome) => o === "404" || o === "sign-in";

/** May this caller use something with this access? */
function allows(access: Access, caller: Caller, sameOrganization: boolean) {
  if (access === "public") return true;
  if (!caller.actor || caller.label.includes("not accepted")) return false;
  if (access === "signed-in") return true;
  return sameOrganization && access.includes(caller.actor.role);
}

async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}

async function renderPage(folder: string): Promise<Outcome> {
  const parts = folder ? folder.split("/") : [];
  const layouts: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const layout = `app/${parts.slice(0, i).join("/")}/layout.tsx`;
    if (appFiles.includes(layout.slice(4))) layouts.push(layout);
  }
  const props = { params: Promise.resolve(params), searchParams: Promise.resolve({}) };
  try {
    for (const layout of layouts) await (((await load(layout)).default) as (p: object) => Promise<unknown>)({ ...props, children: null });
    await (((await load(`app/${folder ? `${folder}/` : ""}page.tsx`)).default) as (p: object) => Promise<unknown>)(props);
    return "ok";
  } catch (error) {
    return classify(error);
  }
}

async function callRoute(folder: string, method: Method): Promise<Outcome> {
  const url = `http://chainward.test/${folder.replace(/\[(\w+)\]/g, (_, name: string) => params[name]!)}`;
  const headers = { origin: "http://chainward.test", host: "chainward.test" };
  let body: FormData | undefined;
  if (method === "POST") {
    body = new FormData();
    body.set("assessmentId", params.assessmentId!);
    body.set("questionKey", "q1");
    body.set("file", new File(["%PDF-1.4\n%%EOF\n"], "more.pdf", { type: "application/pdf" }));
  }
  try {
    const handler = (await load(`app/${folder}/route.ts`))[method] as (r: Request, c: object) => Promise<Response>;
    const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(params) });
    if ([401, 403, 404].includes(response.status)) return "404";
    if (response.status >= 500) return `error: HTTP ${response.status}`;
    return "ok";
  } catch (error) {
    return classify(error);
  }
}

/** A form that names this organization's records in every field an action may read, plus fields nobody may set. */
function probeForm(id: string): FormData {
  const f = new FormData();
  const future = daysAfter(20).toISOString().slice(0, 10);
  const fields: Record<string, string> = {
    ...params,
    id,
    organizationId: orgA,
    vendorIds: params.id!,
    contactIds: idCandidates.at(-2)!,
    systemIds: params.systemId!,
    productId: idCandidates[4]!,
    contactId: idCandidates.at(-2)!,
    templateVersionId: params.versionId!,
    name: "Matrix probe",
    title: "Matrix probe",
    email: "matrix-probe@example.test",
    role: "ADMIN",
    status: "COMPLETED",
    score: "100",
    version: "1",
    expectedVersion: "1",
    dueDate: future,
    acceptedUntil: future,
    severity: "HIGH",
    kind: "RMM",
    direction: "VENDOR_PUSHES",
    privilege: "ADMIN",
    criticality: "HIGH",
    justification: "Matrix probe",
    reason: "Matrix probe",
    note: "Matrix probe",
    remediationPlan: "Matrix probe",
    questionKey: "q1",
    verdict: "ACCEPTED",
    affected: "NO",
    cveId: "CVE-2021-30116",
    kevVendor: "Kaseya",
    kevProduct: "Virtual System/Server Administrator (VSA)",
    criticalDays: "7",
    highDays: "14",
    mediumDays: "30",
    lowDays: "90",
    disclosedAt: "2026-01-01",
  };
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** Calls a server action the way a browser's POST does: (previous state, form data), or its own arguments. */
async function invokeAction(key: string, form: FormData, raw?: unknown): Promise<{ outcome: Outcome; value?: unknown }> {
  const [file, name] = key.split(":") as [string, string];
  const fn = (await load(file))[name] as (...args: unknown[]) => Promise<unknown>;
  const args =
    name === "saveAnswerAction"
      ? [raw ?? { assessmentId: params.assessmentId, questionKey: "q1", value: true, comment: null, expectedVersion: 0 }]
      : name === "saveDraftAction"
        ? [form.get("versionId") ?? params.versionId, form.get("expectedVersion") ?? 1, raw ?? { sections: [] }]
        : name === "signOutAction" || name === "signOutEverywhere"
          ? []
          : name === "continueWithMagicLink" || name === "switchOrganizationAction"
            ? [form]
            : [{}, form];
  try {
    return { outcome: "ok", value: await fn(...args) };
  } catch (error) {
    return { outcome: classify(error) };
  }
}

const callAction = async (key: string, id: string) => (await invokeAction(key, probeForm(id))).outcome;

/**
 * The organization's records, as one hash: any change to any row of any of its tables changes it. The audit trail is
 * left out: refused calls are meant to add to it (checked on its own below).
 */
async function fingerprint(organizationId: string): Promise<string> {
  // Hashed by the database in one query: the matrix takes a fingerprint after every call.
  const parts = Object.values(Prisma.ModelName)
    .filter((model) => model !== "AuditEvent" && "organizationId" in (Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`]!)
    .map((model) => `(SELECT md5('${model}:' || COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM "${model}" t WHERE t."organizationId" = $1)`);
  const [row] = await db().$queryRawUnsafe<{ hash: string }[]>(`SELECT md5(${parts.join(" || ")}) AS hash`, organizationId);
  return row!.hash;
}

// ---- the matrix ------------------------------------------------------------------------------------------------

describe("authorization matrix", () => {
  it("fingerprints the organization: the same while nothing changes, different after any change", async () => {
    const before = await fingerprint(orgA);
    expect(await fingerprint(orgA)).toBe(before);
    const contact = await db().vendorContact.findFirstOrThrow({ where: { organizationId: orgA }, orderBy: { id: "asc" } });
    await db().vendorContact.update({ where: { id: contact.id }, data: { name: `${contact.name} ` } });
    expect(await fingerprint(orgA)).not.toBe(before);
    await db().vendorContact.update({ where: { id: contact.id }, data: { name: contact.name } });
    expect(await fingerprint(orgA)).toBe(before);
  });

  it("knows every page, route handler and server action of the app", async () => {
    expect(discoveredPages.sort()).toEqual(Object.keys(PAGES).sort());
    expect(discoveredRoutes.sort()).toEqual(Object.keys(ROUTES).sort());
    for (const folder of discoveredRoutes) {
      const methods = Object.keys(await load(`app/${folder}/route.ts`)).filter((k) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(k));
      expect(methods.sort(), folder).toEqual(Object.keys(ROUTES[folder]!).sort());
    }
    const exported: string[] = [];
    for (const file of serverActionFiles) for (const name of Object.keys(await load(file))) exported.push(`${file}:${name}`);
    expect(exported.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it("pages: allowed roles get the page, everyone else a 404 or the sign-in page, other tenants and vendors a 404", async () => {
    const problems: string[] = [];
    for (const [folder, access] of Object.entries(PAGES)) {
      const scoped = folder.includes("[");
      for (const caller of [{ label: "signed out", actor: null }, ...Object.values(callers)]) {
        const foreign = caller.label.includes("another");
        // Another vendor's contact or tenant, holding this organization's ids: only pages without ids can let them in.
        const expected = allows(access, caller, !foreign || !scoped) && !(caller.label === "VENDOR of another vendor" && scoped);
        await setActor(caller.actor);
        const outcome = await renderPage(folder);
        // A public page may send a visitor on (the home page to sign-in, sign-in to the dashboard); it must not fail.
        if (access === "public" ? outcome.startsWith("error") : expected ? denied(outcome) || outcome.startsWith("error") : !denied(outcome)) problems.push(`${folder || "/"} as ${caller.label}: ${outcome}`);
      }
    }
    expect(problems).toEqual([]);
    // A member turned away by role is on the audit trail, with what the role was and what was needed.
    const refusals = await db().auditEvent.findMany({ where: { organizationId: orgA, action: "auth.access_refused", actorUserId: callers.executive.actor!.userId } });
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0]!.after).toMatchObject({ role: "EXECUTIVE" });
  }, 600_000);

  it("route handlers: the same rules, with this organization's ids", async () => {
    const problems: string[] = [];
    const order = Object.entries(ROUTES).flatMap(([folder, methods]) => Object.entries(methods).map(([m, access]) => [folder, m as Method, access] as const));
    // The allowed DELETE removes the evidence; it runs last.
    order.sort((a, b) => Number(a[1] === "DELETE") - Number(b[1] === "DELETE"));
    for (const [folder, method, access] of order) {
      const scoped = folder.includes("[") || method === "POST";
      for (const caller of [{ label: "signed out", actor: null }, ...Object.values(callers)]) {
        const foreign = caller.label.includes("another");
        const expected = allows(access, caller, !foreign || !scoped) && !(caller.label === "VENDOR of another vendor" && scoped);
        // Only denied calls run before the allowed DELETE: it would remove the evidence the others read.
        if (method === "DELETE" && expected) continue;
        await setActor(caller.actor);
        const outcome = await callRoute(folder, method);
        if (expected ? denied(outcome) || outcome.startsWith("error") : !denied(outcome)) problems.push(`${method} ${folder} as ${caller.label}: ${outcome}`);
      }
    }
    await setActor(callers.contact.actor);
    expect(await callRoute("api/evidence/[evidenceId]", "DELETE")).toBe("ok");
    expect(problems).toEqual([]);
  }, 600_000);

  it("server actions: refused callers, other vendors and other tenants change nothing; allowed callers pass the guard", async () => {
    const problems: string[] = [];
    const before = await fingerprint(orgA);
    for (const [key, access] of Object.entries(ACTIONS)) {
      if (access === "public" || access === "signed-in") continue;
      for (const caller of [{ label: "signed out", actor: null }, ...Object.values(callers)]) {
        const foreign = caller.label.includes("another");
        if (allows(access, caller, true) && !foreign) continue; // allowed in its own organization: below
        for (const id of idCandidates) {
          await setActor(caller.actor);
          const outcome = await callAction(key, id);
          if (outcome.startsWith("error")) problems.push(`${key} as ${caller.label}: ${outcome}`);
          if (!foreign && !allows(access, caller, true) && !denied(outcome)) problems.push(`${key} as ${caller.label}: not refused (${outcome})`);
          if (foreign && !allows(access, caller, true) && !denied(outcome)) problems.push(`${key} as ${caller.label}: not refused (${outcome})`);
        }
        if ((await fingerprint(orgA)) !== before) {
          problems.push(`${key} as ${caller.label}: changed the organization's records`);
          break;
        }
      }
      if (problems.some((p) => p.includes("changed the organization"))) break;
    }
    expect(problems).toEqual([]);

    // Allowed callers in their own organization get past the guard (what they then do is each feature's own tests).
    for (const [key, access] of Object.entries(ACTIONS)) {
      if (access === "public") continue;
      for (const caller of Object.values(callers).filter((c) => !c.label.includes("another") && allows(access, c, true))) {
        await setActor(caller.actor);
        const outcome = await callAction(key, idCandidates[0]!);
        if (/signOut/.test(key)) {
          // Signing out ends on the sign-in page either way; the proof it got through is the session it ended.
          if (await db().session.count({ where: { id: String(currentClaims()!.sessionId) } })) problems.push(`${key} as ${caller.label}: session still there`);
        } else if (denied(outcome) || outcome.startsWith("error")) problems.push(`${key} as ${caller.label}: ${outcome}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

// ---- fuzzing ---------------------------------------------------------------------------------------------------

describe("server actions under random input (fast-check)", () => {
  it("never fail with a 500, write nothing when they refuse, and never write into another organization", async () => {
    const fc = await import("fast-check");
    const foreignOrg = callers.foreignAdmin.actor!.organizationId;
    const keys = [...new Set([...probeForm("x").keys(), "organizationId", "status", "role", "score", "vendorId", "__proto__", "constructor"])];
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.constantFrom(...idCandidates, foreignOrg, orgA, ""),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
      fc.constantFrom("on", "true", "-1", "1e309", "NaN", "2026-02-30", "9999-12-31", "0000-01-01", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "x".repeat(5000), "\u0000"),
    );
    // A valid-looking form (so the action gets past the first field) with random fields replaced, removed or added;
    // and, every time, the edge cases: all fields empty, all fields huge, all fields hostile.
    const edge = (v: string) => fc.constant(keys.reduce((f, k) => (f.set(k, v), f), new FormData()));
    const form = fc.oneof(
      fc
        .tuple(fc.constantFrom(...idCandidates), fc.array(fc.tuple(fc.constantFrom(...keys), fc.option(value, { nil: null }), fc.boolean()), { maxLength: 8 }))
        .map(([id, changes]) => {
          const f = probeForm(id);
          for (const [k, v, add] of changes) {
            if (v === null) f.delete(k);
            else if (add) f.append(k, v);
            else f.set(k, v);
          }
          return f;
        }),
      edge(""),
      edge("x".repeat(5000)),
      edge("<script>alert(1)</script>"),
    );
    const callerFor = (access: Access) =>
      access === "public" || access === "signed-in" ? callers.manager : (Object.values(callers).find((c) => !c.label.includes("another") && allows(access, c, true)) ?? callers.admin);

    const problems: string[] = [];
    const foreignBefore = await fingerprint(foreignOrg);
    let before = await fingerprint(orgA);
    for (const [key, access] of Object.entries(ACTIONS)) {
      if (/signOut/.test(key)) continue;
      const caller = callerFor(access);
      await fc.assert(
        fc.asyncProperty(form, fc.anything(), async (f, raw) => {
          await setActor(caller.actor);
          const { outcome, value: result } = await invokeAction(key, f, raw);
          if (outcome.startsWith("error")) problems.push(`${key}: ${outcome}`);
          const after = await fingerprint(orgA);
          if ((result as { ok?: boolean } | undefined)?.ok === false && after !== before) problems.push(`${key}: refused (${(result as { message?: string }).message}) but wrote`);
          before = after;
          return problems.length === 0;
        }),
        { numRuns: 12, seed: 20261127, examples: [[probeForm(idCandidates[0]!), null]] },
      ).catch(() => undefined);
      if (problems.length) break;
    }
    expect(problems).toEqual([]);
    expect(await fingerprint(foreignOrg)).toBe(foreignBefore);
  }, 600_000);
});
