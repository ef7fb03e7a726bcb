import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import { createChannel } from "@/lib/channels/channels";
import { channelFields } from "@/lib/channels/schema";
import { holidayReadiness } from "@/lib/risk/dashboard";
import { exportVendors } from "./export";
import { addContact, createVendor as createVendorRecord, removeContact, setSecurityContact, updateVendor } from "./mutations";
import { vendorSecurityContact } from "./queries";
import { contactSchema, securityContactSchema, vendorFields, type VendorFields } from "./schema";

const form = (fields: Record<string, string>): VendorFields =>
  vendorFields.parse({ status: "ACTIVE", dataSensitivity: "INTERNAL", ...fields });

describe("vendor schema", () => {
  it("checks the LEI, the country code, the website and the contract dates", () => {
    const result = vendorFields.safeParse({
      name: "X",
      status: "ACTIVE",
      dataSensitivity: "INTERNAL",
      lei: "506700GE1G29325QX364",
      country: "Germny",
      website: "ftp://x.example",
      contractStart: "2026-05-01",
      contractEnd: "2026-04-01",
    });
    const fields = Object.keys(result.error?.flatten().fieldErrors ?? {}).sort();
    expect(fields).toEqual(["contractEnd", "country", "lei", "website"]);
  });

  it("stores a country as its ISO code, from a name or a code in any letter case, and refuses anything else by name", () => {
    expect(form({ name: "A", country: "Germany" }).country).toBe("DE");
    expect(form({ name: "A", country: "germany" }).country).toBe("DE");
    expect(form({ name: "A", country: "United Kingdom" }).country).toBe("GB");
    expect(form({ name: "A", country: "nl" }).country).toBe("NL");
    // A code is a code: GE is Georgia, which the picker shows by name.
    expect(form({ name: "A", country: "GE" }).country).toBe("GE");
    for (const wrong of ["Germny", "XX", "Atlantis"]) {
      const refused = vendorFields.safeParse({ name: "A", status: "ACTIVE", dataSensitivity: "INTERNAL", country: wrong });
      expect(refused.error?.flatten().fieldErrors.country?.[0]).toContain(`“${wrong}” is neither`);
    }
  });

  it("normalises blanks to null, upper-cases LEI and country, and ignores fields it does not know", () => {
    const parsed = form({ name: " Acme ", lei: "506700ge1g29325qx363", country: "de", legalName: "", organizationId: "other-org", version: "99" });
    expect(parsed).toMatchObject({ name: "Acme", lei: "506700GE1G29325QX363", country: "DE", legalName: null, criticalFunction: false });
    expect(parsed).not.toHaveProperty("organizationId");
    expect(parsed).not.toHaveProperty("version");
  });
});

describe("creating and editing vendors", () => {
  it("creates a vendor in the caller's organization, with its first tier and an audit record", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await createVendorRecord(actor, form({ name: "Acme MSP", tier: "CRITICAL", tierReason: "RMM into all servers" }));
    expect(vendor.organizationId).toBe(org.id);
    const tiers = await db().vendorTierChange.findMany({ where: { vendorId: vendor.id } });
    expect(tiers).toMatchObject([{ fromTier: null, toTier: "CRITICAL", reason: "RMM into all servers" }]);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, vendorId: vendor.id, action: "vendor.created" } })).toBe(1);
  });

  it("refuses a second vendor with the same name", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    await createVendorRecord(actor, form({ name: "Twice" }));
    await expect(createVendorRecord(actor, form({ name: "Twice" }))).rejects.toMatchObject({ field: "name" });
  });

  it("records only what changed, bumps the version and keeps the tier history", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await createVendorRecord(actor, form({ name: "Cloudy", tier: "LOW", tierReason: "SaaS, no access" }));
    await expect(updateVendor(actor, vendor.id, 1, form({ name: "Cloudy", tier: "HIGH" }))).rejects.toMatchObject({ field: "tierReason" });
    const result = await updateVendor(actor, vendor.id, 1, form({ name: "Cloudy", tier: "HIGH", tierReason: "Now hosts payroll data", country: "NL" }));
    expect(result.version).toBe(2);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { vendorId: vendor.id, action: "vendor.updated" } });
    expect(audit.before).toEqual({ tier: "LOW", tierReason: "SaaS, no access", country: null });
    expect(audit.after).toEqual({ tier: "HIGH", tierReason: "Now hosts payroll data", country: "NL" });
    expect((await db().vendorTierChange.findMany({ where: { vendorId: vendor.id }, orderBy: { createdAt: "asc" } })).map((t) => t.toTier)).toEqual(["LOW", "HIGH"]);
  });

  it("refuses the second of two edits made from the same version", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await createVendorRecord(actor, form({ name: "Contended" }));
    await updateVendor(actor, vendor.id, 1, form({ name: "Contended", legalName: "First Ltd" }));
    await expect(updateVendor(actor, vendor.id, 1, form({ name: "Contended", legalName: "Second Ltd" }))).rejects.toBeInstanceOf(ConflictError);
    expect((await db().vendor.findUniqueOrThrow({ where: { id: vendor.id } })).legalName).toBe("First Ltd");
  });

  it("of two concurrent saves from the same version, exactly one wins", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await createVendorRecord(actor, form({ name: "Race" }));
    const results = await Promise.allSettled([
      updateVendor(actor, vendor.id, 1, form({ name: "Race", legalName: "A" })),
      updateVendor(actor, vendor.id, 1, form({ name: "Race", legalName: "B" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await db().vendor.findUniqueOrThrow({ where: { id: vendor.id } })).version).toBe(2);
  });

  it("marks offboarding with a date and never deletes", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await createVendorRecord(actor, form({ name: "Leaving" }));
    await updateVendor(actor, vendor.id, 1, form({ name: "Leaving", status: "OFFBOARDING" }));
    expect((await db().vendor.findUniqueOrThrow({ where: { id: vendor.id } })).offboardedAt).toBeInstanceOf(Date);
  });

  it("lets executives change nothing, and treats other organizations' vendors as not found", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const { actor: executive } = await createMember(org.id, "EXECUTIVE");
    const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
    const foreign = await createVendor(other.id, "Foreign");
    await expect(createVendorRecord(executive, form({ name: "Nope" }))).rejects.toBeInstanceOf(ActionError);
    await expect(updateVendor(manager, foreign.id, 1, form({ name: "Hijacked" }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().vendor.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe("Foreign");
  });
});

describe("vendor contacts", () => {
  it("keeps one security contact per vendor", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await createVendor(org.id);
    const input = (name: string) => contactSchema.parse({ vendorId: vendor.id, name, isSecurityContact: "on" });
    await addContact(actor, input("First"));
    await addContact(actor, input("Second"));
    const security = await db().vendorContact.findMany({ where: { vendorId: vendor.id, isSecurityContact: true } });
    expect(security.map((c) => c.name)).toEqual(["Second"]);
  });

  it("is one truth: the contact marked on the Contacts tab is what the Overview, holiday readiness and the export read", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await createVendor(org.id, `Pushy MSP ${org.id}`);
    await db().vendor.update({ where: { id: vendor.id }, data: { tier: "CRITICAL" } });
    const erp = await db().system.create({ data: { organizationId: org.id, name: "ERP", criticality: "CRITICAL" } });
    await createChannel(actor, vendor.id, channelFields.parse({ name: "RMM", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", systemIds: [erp.id] }));
    const sam = await addContact(actor, contactSchema.parse({ vendorId: vendor.id, name: "Sam Secure", email: "sam@msp.example", phone: "+49 30 1234", isSecurityContact: "on" }));
    const olivia = await addContact(actor, contactSchema.parse({ vendorId: vendor.id, name: "Olivia Ops" }));

    // Office hours only: readiness lists the vendor, with the contact's availability.
    await setSecurityContact(actor, securityContactSchema.parse({ vendorId: vendor.id, contactId: sam.id, availability: "BUSINESS_HOURS" }));
    expect(await vendorSecurityContact(actor, vendor.id)).toMatchObject({ name: "Sam Secure", phone: "+49 30 1234", availability: "BUSINESS_HOURS" });
    expect((await holidayReadiness(actor)).noAroundTheClockContact.items).toEqual([{ vendor: { id: vendor.id, name: vendor.name, securityContactAvailability: "BUSINESS_HOURS" } }]);

    // Another contact becomes it, reachable around the clock: readiness is satisfied, the export names Olivia.
    await setSecurityContact(actor, securityContactSchema.parse({ vendorId: vendor.id, contactId: olivia.id, availability: "ALWAYS" }));
    expect((await vendorSecurityContact(actor, vendor.id))?.name).toBe("Olivia Ops");
    expect((await holidayReadiness(actor)).noAroundTheClockContact.total).toBe(0);
    const rows = [];
    for await (const batch of (await exportVendors(actor, {}))()) rows.push(...batch);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("Olivia Ops");
    expect(rows[0]).toContain("24/7, including weekends and holidays");
    expect(rows[0]).not.toContain("Sam Secure");
  });

  it("cannot add to or remove from another organization's vendor", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const foreign = await createVendor(other.id);
    await expect(addContact(actor, contactSchema.parse({ vendorId: foreign.id, name: "X" }))).rejects.toBeInstanceOf(NotFoundError);
    const { actor: otherAdmin } = await createMember(other.id, "ADMIN");
    const contact = await addContact(otherAdmin, contactSchema.parse({ vendorId: foreign.id, name: "Y" }));
    await expect(removeContact(actor, foreign.id, contact.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().vendorContact.count({ where: { id: contact.id } })).toBe(1);
  });
});
