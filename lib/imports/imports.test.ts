import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { createSystem } from "@/lib/systems/systems";
import { csvRow } from "@/lib/csv";
import { exportChannels, exportVendors, CHANNEL_CSV_HEADER, VENDOR_CSV_HEADER } from "@/lib/vendors/export";
import { commitImport, planChannelImport, planVendorImport } from "./imports";

const csv = (rows: string[][]) => rows.map((r) => csvRow(r)).join("");

describe("CSV import", () => {
  it("reads the words the pages show (labels or codes, any letter case), and refuses anything else in words", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const plan = await planVendorImport(
      actor,
      csv([
        ["Name", "Status", "Tier", "Data sensitivity", "Security contact availability"],
        ["A", "Active", "High", "Confidential", "24/7, including weekends and holidays"],
        ["B", "offboarding", "critical", "special_category", "BUSINESS HOURS"],
        ["C", "Active", "Hihg", "Personal data", ""],
      ]),
    );
    expect(plan.valid.map((v) => [v.status, v.tier, v.dataSensitivity, v.securityContactAvailability])).toEqual([
      ["ACTIVE", "HIGH", "CONFIDENTIAL", "ALWAYS"],
      ["OFFBOARDING", "CRITICAL", "SPECIAL_CATEGORY", "BUSINESS_HOURS"],
    ]);
    expect(plan.rows[2]!.errors).toEqual(["Tier must be one of Critical, High, Medium, Low; found “Hihg”"]);
  });

  it("reads countries as codes or English names in any letter case, and refuses anything else by its value", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const plan = await planVendorImport(actor, csv([["Name", "Country"], ["A", "germany"], ["B", "NL"], ["C", "fr"], ["D", "Atlantis"]]));
    expect(plan.valid.map((v) => v.country)).toEqual(["DE", "NL", "FR"]);
    expect(plan.rows[3]!.errors).toEqual([expect.stringContaining("“Atlantis” is neither")]);
  });

  it("previews every row's problems and imports nothing while any row is bad", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await createVendor(org.id, "Existing Ltd");
    const file = csv([
      ["Name", "LEI", "Tier", "Critical or important function", "Contract start", "Contract end"],
      ["Good One", "506700GE1G29325QX363", "HIGH", "yes", "2026-01-01", "2027-01-01"],
      ["Bad LEI", "506700GE1G29325QX364", "", "", "", ""],
      ["Existing Ltd", "", "", "", "", ""],
      ["Good One", "", "", "", "2026-05-01", "2026-01-01"],
    ]);
    const plan = await planVendorImport(actor, file);
    expect(plan.rows.map((r) => [r.line, r.errors.length > 0])).toEqual([
      [2, false],
      [3, true],
      [4, true],
      [5, true],
    ]);
    expect(plan.rows[2]!.errors).toContain("name: a vendor with this name already exists");
    expect(plan.rows[3]!.errors).toEqual(["contractEnd: The contract cannot end before it starts", "name: appears twice in the file"]);
    await expect(commitImport(actor, "vendors", file)).rejects.toBeInstanceOf(ActionError);
    expect(await db().vendor.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("imports a clean file in one go, with tiers and audit", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const file = csv([
      ["Name", "Tier", "Tier reason", "Critical or important function", "Status"],
      ["'=Evil", "CRITICAL", "Payroll", "yes", "ACTIVE"],
      ["Plain", "", "", "no", "PROSPECT"],
    ]);
    expect(await commitImport(actor, "vendors", file)).toBe(2);
    const vendors = await db().vendor.findMany({ where: { organizationId: org.id }, orderBy: { name: "asc" } });
    expect(vendors.map((v) => [v.name, v.tier, v.criticalFunction, v.status])).toEqual([
      ["=Evil", "CRITICAL", true, "ACTIVE"],
      ["Plain", null, false, "PROSPECT"],
    ]);
    expect(await db().vendorTierChange.count({ where: { organizationId: org.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: "import.vendors" } })).toBe(1);
  });

  it("rejects files without the expected header", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await expect(planVendorImport(actor, "Vendor name,Country\nX,DE\n")).rejects.toThrow(/no “Name” column/);
    await expect(planVendorImport(actor, "Name,Colour\nX,red\n")).rejects.toThrow(/Unknown column: Colour/);
  });

  it("refuses a row with more or fewer values than the header, naming its line, instead of dropping a value", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    // Line 3: an unquoted comma in the services splits them into a third value; line 4 has only the name.
    const file = "Name,Services\r\nAcme,Hosting\r\nMüller GmbH,Payroll,HR\r\nSolo\r\n\r\n";
    const plan = await planVendorImport(actor, file);
    expect(plan.rows).toEqual([
      { line: 2, label: "Acme", errors: [] },
      { line: 3, label: "Müller GmbH", errors: ["line 3 has 3 values but the header has 2 columns: put a value that contains a comma in double quotes"] },
      { line: 4, label: "Solo", errors: ["line 4 has 1 value but the header has 2 columns"] },
    ]);
    await expect(commitImport(actor, "vendors", file)).rejects.toThrow(/Some rows have errors/);
    expect(await db().vendor.count({ where: { organizationId: org.id } })).toBe(0);

    const channels = csv([CHANNEL_CSV_HEADER, ["Acme", "RMM", "RMM", "", "", "VENDOR_PUSHES", "CODE_EXECUTION", "", "yes", "", "no", "no", "yes", "", "", "", "", "", "", "extra"]]);
    // An unclosed quote would swallow every row after it into one value: the file is refused, naming the line.
    await expect(planVendorImport(actor, 'Name,Services\nAcme,Hosting\nMüller,"Payroll\nSolo,HR\n')).rejects.toThrow(/^Line 3 has a double quote that is not closed or not doubled/);
    await expect(planVendorImport(actor, 'Name,Services\nAcme,Hosting\n\nMüller,"Pay"roll"\nSolo,HR\n')).rejects.toThrow(/^Line 4 has a double quote/);
    expect((await planChannelImport(actor, channels)).rows[0]!.errors).toEqual([`line 2 has ${CHANNEL_CSV_HEADER.length + 1} values but the header has ${CHANNEL_CSV_HEADER.length} columns: put a value that contains a comma in double quotes`]);
  });

  it("round-trips an export: vendors and channels exported from one organization import into another", async () => {
    const source = await createOrganization();
    const { actor: sourceActor } = await createMember(source.id, "ADMIN");
    const vendor = await createVendor(source.id, "MSP, Inc.");
    const erp = await createSystem(sourceActor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    await db().accessChannel.create({
      data: { organizationId: source.id, vendorId: vendor.id, name: "RMM", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", mfaEnforced: true, systems: { create: [{ systemId: erp.id }] } },
    });
    const collect = async (pages: () => AsyncGenerator<unknown[][]>) => {
      let text = "";
      for await (const rows of pages()) text += rows.map((r) => csvRow(r)).join("");
      return text;
    };
    const vendorsCsv = csvRow(VENDOR_CSV_HEADER) + (await collect(await exportVendors(sourceActor, {})));
    const channelsCsv = csvRow(CHANNEL_CSV_HEADER) + (await collect(await exportChannels(sourceActor)));

    const target = await createOrganization();
    const { actor } = await createMember(target.id, "SECURITY_MANAGER");
    await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    expect(await commitImport(actor, "vendors", vendorsCsv)).toBe(1);
    const channelPlan = await planChannelImport(actor, channelsCsv);
    expect(channelPlan.rows[0]!.errors).toEqual([]);
    expect(await commitImport(actor, "channels", channelsCsv)).toBe(1);
    const imported = await db().accessChannel.findFirstOrThrow({ where: { organizationId: target.id }, include: { systems: { include: { system: true } } } });
    expect(imported).toMatchObject({ name: "RMM", privilege: "CODE_EXECUTION", mfaEnforced: true });
    expect(imported.systems.map((s) => s.system.name)).toEqual(["ERP"]);
    expect((await planChannelImport(actor, channelsCsv)).rows[0]!.errors.join()).toMatch(/already has a channel/);
  });

  it("refuses a channel row whose vendor or system name matches several records in different case", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await createVendor(org.id, "Acme");
    await createVendor(org.id, "ACME");
    await createVendor(org.id, "Nimbus Cloud");
    await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    await createSystem(actor, { name: "erp", description: null, criticality: "LOW", owner: null });
    await createSystem(actor, { name: "CRM", description: null, criticality: "LOW", owner: null });
    const file = (vendor: string, systems: string) =>
      csv([CHANNEL_CSV_HEADER, [vendor, "RMM", "RMM", "", "", "VENDOR_PUSHES", "CODE_EXECUTION", systems, "yes", "", "no", "no", "yes", "", "", "", "", "", ""]]);
    const [ambiguousVendor] = (await planChannelImport(actor, file("acme", "CRM"))).rows;
    expect(ambiguousVendor!.errors).toEqual(["vendor: several vendors are named “acme” (in different case); rename one of them first"]);
    const [ambiguousSystem] = (await planChannelImport(actor, file("nimbus cloud", "Erp"))).rows;
    expect(ambiguousSystem!.errors).toEqual(["systems: several systems are named “Erp” (in different case); rename one of them first"]);
    expect((await planChannelImport(actor, file("Nimbus Cloud", "CRM"))).valid).toHaveLength(1);
    // A channel reaches at least one of our systems.
    expect((await planChannelImport(actor, file("Nimbus Cloud", ""))).rows[0]!.errors).toEqual(["systemIds: Choose at least one system this channel reaches"]);
  });
});
