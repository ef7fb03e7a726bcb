import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { createSystem } from "@/lib/systems/systems";
import { csvRow } from "@/lib/csv";
import { exportChannels, exportVendors, CHANNEL_CSV_HEADER, VENDOR_CSV_HEADER } from "@/lib/vendors/export";
import { availabilityLabels, sensitivityLabels, statusLabels, substitutabilityLabels, tierLabels } from "@/lib/vendors/labels";
import { commitImport, planChannelImport, planVendorImport, vendorTemplateCsv } from "./imports";

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

  it("imports only the valid rows when asked, and hands back the refused ones with their reason, formulas still escaped", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await createVendor(org.id, "Existing Ltd");
    const file = csv([
      ["Name", "Tier", "Notes"],
      ["Good One", "High", "first"],
      ["'=HYPERLINK(1)", "Hihg", "formula"],
      ["existing ltd", "Low", "taken in the register"],
      ["Good One", "Low", "twice in the file"],
      ["Good Two", "", ""],
    ]);
    // The default stays all or nothing.
    await expect(commitImport(actor, "vendors", file)).rejects.toThrow(/Some rows have errors: nothing was imported/);
    expect(await db().vendor.count({ where: { organizationId: org.id } })).toBe(1);

    const result = await commitImport(actor, "vendors", file, { validOnly: true });
    expect([result.imported, result.refused.map((r) => r.line)]).toEqual([2, [3, 4, 5]]);
    expect((await db().vendor.findMany({ where: { organizationId: org.id }, orderBy: { name: "asc" } })).map((v) => v.name)).toEqual(["Existing Ltd", "Good One", "Good Two"]);
    expect(result.refusedCsv!.startsWith("\uFEFF")).toBe(true);
    expect(Papa.parse<string[]>(result.refusedCsv!.slice(1), { skipEmptyLines: true }).data).toEqual([
      ["Reason", "Name", "Tier", "Notes"],
      ["Tier must be one of Critical, High, Medium, Low; found “Hihg”", "'=HYPERLINK(1)", "Hihg", "formula"],
      ["name: a vendor with this name already exists", "existing ltd", "Low", "taken in the register"],
      ["name: appears twice in the file", "Good One", "Low", "twice in the file"],
    ]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "import.vendors" } });
    expect(audit.after).toEqual({ rows: 2, refused: 3, mode: "valid rows" });

    // Fixed in place, the refused file imports: its Reason column is ignored (and replaced if it is refused again).
    const fixed = result.refusedCsv!.replace(",Hihg,", ",High,").replace("existing ltd", "Existing Two").replace("Good One,Low", "Good Three,Low");
    const again = await planVendorImport(actor, fixed);
    expect(again.columns).toEqual({ recognised: ["Name", "Tier"], ignored: ["Reason", "Notes"] });
    expect(again.rows.map((r) => r.errors)).toEqual([[], [], []]);
    expect((await commitImport(actor, "vendors", fixed)).imported).toBe(3);
    expect(await db().vendor.count({ where: { organizationId: org.id, name: "=HYPERLINK(1)" } })).toBe(1);
    await expect(commitImport(actor, "vendors", fixed, { validOnly: true })).rejects.toThrow(/No row is valid/);
  });

  it("gives a template whose notes name every coded column's allowed values, and that imports back as its one example row", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const template = vendorTemplateCsv();
    const notes = template.slice(1).split("\r\n").filter((l) => l.startsWith("#"));
    for (const [column, labels] of Object.entries({ Status: statusLabels, Tier: tierLabels, "Data sensitivity": sensitivityLabels, Substitutability: substitutabilityLabels, "Security contact availability": availabilityLabels })) {
      expect(notes).toContainEqual(expect.stringContaining(`# ${column}: ${Object.values(labels).join(" | ")}`));
    }
    const plan = await planVendorImport(actor, template);
    expect(plan.columns).toEqual({ recognised: VENDOR_CSV_HEADER, ignored: [] });
    expect(plan.rows).toEqual([{ line: notes.length + 2, label: "Example Hosting GmbH", errors: [] }]);
    expect(plan.valid[0]).toMatchObject({ tier: "HIGH", status: "ACTIVE", dataSensitivity: "CONFIDENTIAL", substitutability: "DIFFICULT", criticalFunction: true, securityContactAvailability: "ALWAYS" });
    // Every column of the example is filled, so it shows how each is written.
    expect(Object.values(Papa.parse<Record<string, string>>(template.slice(1), { header: true, comments: "#" }).data[0]!).filter((v) => v === "")).toEqual([""]); // LEI only
    // Notes count only before the header: further down, a name starting with "#" is a row like any other.
    expect((await planVendorImport(actor, "# a note\r\nName\r\n#1 Hosting\r\n")).rows).toEqual([{ line: 3, label: "#1 Hosting", errors: [] }]);
  });

  it("imports a clean file in one go, with tiers and audit", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const file = csv([
      ["Name", "Tier", "Tier reason", "Critical or important function", "Status"],
      ["'=Evil", "CRITICAL", "Payroll", "yes", "ACTIVE"],
      ["Plain", "", "", "no", "PROSPECT"],
    ]);
    expect((await commitImport(actor, "vendors", file)).imported).toBe(2);
    const vendors = await db().vendor.findMany({ where: { organizationId: org.id }, orderBy: { name: "asc" } });
    expect(vendors.map((v) => [v.name, v.tier, v.criticalFunction, v.status])).toEqual([
      ["=Evil", "CRITICAL", true, "ACTIVE"],
      ["Plain", null, false, "PROSPECT"],
    ]);
    expect(await db().vendorTierChange.count({ where: { organizationId: org.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: "import.vendors" } })).toBe(1);
  });

  it("rejects files without the expected header, and reads over the columns it does not know, naming them", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await expect(planVendorImport(actor, "Vendor name,Country\nX,DE\n")).rejects.toThrow(/no “Name” column/);
    const plan = await planVendorImport(actor, "Name,Colour,Tier,Owner\nX,red,Low,Kim\n");
    expect(plan.columns).toEqual({ recognised: ["Name", "Tier"], ignored: ["Colour", "Owner"] });
    expect(plan.rows[0]!.errors).toEqual([]);
    expect(plan.valid).toEqual([expect.objectContaining({ name: "X", tier: "LOW" })]);
    // The channel export's "Disabled on" and "Disabled reason" are not imported: a channel is created enabled.
    expect((await planChannelImport(actor, csv([CHANNEL_CSV_HEADER, []]).split("\r\n")[0] + "\r\nX,Y\r\n")).columns.ignored).toEqual(["Disabled on", "Disabled reason"]);
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
    expect((await commitImport(actor, "vendors", vendorsCsv)).imported).toBe(1);
    // The channel file holds the words the pages show, and they import back.
    expect(channelsCsv).toContain(",Remote monitoring & management (RMM),,,The vendor connects or pushes to us,Code execution,");
    const channelPlan = await planChannelImport(actor, channelsCsv);
    expect(channelPlan.rows[0]!.errors).toEqual([]);
    expect((await commitImport(actor, "channels", channelsCsv)).imported).toBe(1);
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
