import { describe, expect, it } from "vitest";
import { daysAfter } from "@/lib/dates";
import { db } from "@/lib/db";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { yesNoOptions } from "@/lib/questionnaires/template-schema";
import { deleteEvidence, evidenceForDownload, uploadEvidence } from "./evidence";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function setup() {
  const org = await createOrganization();
  const vendor = await createVendor(org.id);
  const { actor: contact } = await createMember(org.id, "VENDOR", { vendorId: vendor.id });
  const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
  const template = await db().questionnaireTemplate.create({ data: { organizationId: org.id, name: "T" } });
  const content = {
    sections: [{ key: "s", title: "S", questions: [{ key: "policy", text: "Policy?", type: "YES_NO", options: yesNoOptions(), weight: 1, required: true, domain: "GOVERNANCE", evidenceRequired: true }] }],
  };
  const version = await db().templateVersion.create({ data: { organizationId: org.id, templateId: template.id, number: 1, status: "PUBLISHED", content } });
  const assessment = await db().assessment.create({ data: { organizationId: org.id, vendorId: vendor.id, templateVersionId: version.id, dueDate: daysAfter(10) } });
  return { org, vendor, contact, manager, assessment };
}

describe("evidence files", () => {
  it("stores a PDF with its sha256 and lets the vendor's contacts and the organization's staff download it", async () => {
    const { contact, manager, assessment } = await setup();
    const evidence = await uploadEvidence(contact, { assessmentId: assessment.id, questionKey: "policy" }, { name: "policy.pdf", bytes: PDF });
    expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from((await evidenceForDownload(contact, evidence.id))!.bytes)).toEqual(Buffer.from(PDF));
    expect((await evidenceForDownload(manager, evidence.id))?.evidence.contentType).toBe("application/pdf");

    const other = await setup();
    expect(await evidenceForDownload(other.contact, evidence.id)).toBeNull();
    expect(await evidenceForDownload(other.manager, evidence.id)).toBeNull();
  });

  it("refuses a vendor contact of another vendor in the same organization", async () => {
    const { org, contact, assessment } = await setup();
    const evidence = await uploadEvidence(contact, { assessmentId: assessment.id, questionKey: "policy" }, { name: "policy.pdf", bytes: PDF });
    const neighbour = await createVendor(org.id);
    const { actor: neighbourContact } = await createMember(org.id, "VENDOR", { vendorId: neighbour.id });
    expect(await evidenceForDownload(neighbourContact, evidence.id)).toBeNull();
    await expect(uploadEvidence(neighbourContact, { assessmentId: assessment.id, questionKey: "policy" }, { name: "x.pdf", bytes: PDF })).rejects.toThrow(/does not exist/);
    await expect(deleteEvidence(neighbourContact, evidence.id)).rejects.toThrow(/does not exist/);
  });

  it("refuses a disguised file and an oversize file, and stores nothing", async () => {
    const { contact, assessment } = await setup();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    await expect(uploadEvidence(contact, { assessmentId: assessment.id, questionKey: "policy" }, { name: "policy.pdf", bytes: exe })).rejects.toThrow(/not a PDF/);
    const huge = new Uint8Array(25 * 1024 * 1024 + 1);
    huge.set(PDF);
    await expect(uploadEvidence(contact, { assessmentId: assessment.id, questionKey: "policy" }, { name: "big.pdf", bytes: huge })).rejects.toThrow(/larger than 25 MB/);
    expect(await db().evidence.count({ where: { assessmentId: assessment.id } })).toBe(0);
  });

  it("staff cannot upload in the vendor's name, and a submitted assessment takes no more files", async () => {
    const { contact, manager, assessment } = await setup();
    await expect(uploadEvidence(manager, { assessmentId: assessment.id, questionKey: "policy" }, { name: "p.pdf", bytes: PDF })).rejects.toThrow(/does not exist/);
    await db().assessment.update({ where: { id: assessment.id }, data: { status: "SUBMITTED" } });
    await expect(uploadEvidence(contact, { assessmentId: assessment.id, questionKey: "policy" }, { name: "p.pdf", bytes: PDF })).rejects.toThrow(/submitted/);
  });
});
