// The import as the wizard runs it: the uploaded file's bytes go through the preview action, the previewed text
// comes back through the commit action. Covers the file's character encoding, which only the upload step sees.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);

import { db } from "@/lib/db";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { signInAs } from "@/tests/request-context";
import { commitImportAction, previewImportAction, type ImportState } from "./actions";

async function signedInManager() {
  const org = await createOrganization();
  await signInAs((await createMember(org.id, "SECURITY_MANAGER")).actor);
  return org;
}

const form = (kind: string, fields: Record<string, string | Blob>) => {
  const data = new FormData();
  data.set("kind", kind);
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** Uploads the bytes for a preview, then imports what the preview sent back, as the wizard's two forms do. */
async function upload(kind: "vendors" | "channels", bytes: Uint8Array, mode?: "all" | "valid") {
  const preview = await previewImportAction({} as ImportState, form(kind, { file: new File([new Uint8Array(bytes)], "import.csv", { type: "text/csv" }) }));
  const result = preview.csv ? await commitImportAction({} as ImportState, form(kind, { csv: preview.csv, ...(mode ? { mode } : {}) })) : undefined;
  return { preview, result };
}

const cp1252 = (text: string) => new Uint8Array([...text].map((c) => ({ "ü": 0xfc, "é": 0xe9, "ß": 0xdf, "€": 0x80 })[c] ?? c.charCodeAt(0)));

describe("CSV import of files in other encodings", () => {
  it("stores a Windows-1252 file's “Müller” as Müller, and the preview says how the file was read", async () => {
    const org = await signedInManager();
    const { preview, result } = await upload("vendors", cp1252("Name;Services\r\nCP Müller GmbH;Lohnbuchhaltung für 50 €\r\nSécurité Straße SA;Audit\r\n"));
    expect(preview.notice).toBe("Read as Windows-1252 (Western European); check the accented names below.");
    expect(preview.preview!.map((r) => [r.label, r.errors])).toEqual([
      ["CP Müller GmbH", []],
      ["Sécurité Straße SA", []],
    ]);
    expect(result).toMatchObject({ ok: true, message: "Imported 2 vendors." });
    const vendors = await db().vendor.findMany({ where: { organizationId: org.id }, orderBy: { name: "asc" }, select: { name: true, servicesProvided: true } });
    expect(vendors).toEqual([
      { name: "CP Müller GmbH", servicesProvided: "Lohnbuchhaltung für 50 €" },
      { name: "Sécurité Straße SA", servicesProvided: "Audit" },
    ]);
  });

  it("imports a UTF-16LE file with a byte-order mark (Excel's “Unicode text”), channels included", async () => {
    const org = await signedInManager();
    await createVendor(org.id, "Müller IT");
    await db().system.create({ data: { organizationId: org.id, name: "Leitstand", criticality: "HIGH" } });
    const utf16 = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const vendors = await upload("vendors", utf16("Name\tCountry\r\nŁódź Hosting\tPL\r\n"));
    expect(vendors.preview.notice).toBeUndefined();
    expect(vendors.result).toMatchObject({ ok: true, message: "Imported 1 vendor." });
    const channels = await upload("channels", utf16("Vendor\tChannel\tKind\tDirection\tPrivilege\tSystems reached\r\nMüller IT\tFernwartung\tRMM\tVENDOR_PUSHES\tCODE_EXECUTION\tLeitstand\r\n"));
    expect(channels.result).toMatchObject({ ok: true, message: "Imported 1 access channel." });
    expect((await db().vendor.findMany({ where: { organizationId: org.id } })).map((v) => v.name).sort()).toEqual(["Müller IT", "Łódź Hosting"]);
    expect((await db().accessChannel.findFirstOrThrow({ where: { organizationId: org.id } })).name).toBe("Fernwartung");
  });

  it("refuses a file it cannot read, naming the encoding it found, and writes nothing", async () => {
    const org = await signedInManager();
    const { preview, result } = await upload("vendors", new Uint8Array(Buffer.from("Name\r\nAcme\r\n", "utf16le")));
    expect(preview.ok).toBe(false);
    expect(preview.fieldErrors?.file).toEqual([
      "The file cannot be read: it looks like UTF-16LE (little-endian) without a byte-order mark. Save it as “CSV UTF-8 (comma delimited)” and upload it again.",
    ]);
    expect(result).toBeUndefined();
    // A file that decodes but does not fit says how it was read: a wrong guess is then plain to see.
    const wrongHeader = await upload("vendors", cp1252("Firmenname;Straße\r\nAcme;Hauptstraße 1\r\n"));
    expect(wrongHeader.preview.message).toBe("The file has no “Name” column. Use the header row of the CSV export. (The file was read as Windows-1252.)");
    expect(await db().vendor.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("imports Excel's semicolon-separated UTF-8 file with a byte-order mark, a comma inside a quoted value included", async () => {
    const org = await signedInManager();
    const text = 'Name;Services;Tier;Bemerkung\r\nMüller IT GmbH;"Hosting, Backup; Wartung";Hoch;seit 2019\r\nÅsa Drift AB;"Betrieb, 24/7";High;\r\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, "utf8")]);
    const { preview } = await upload("vendors", bytes);
    expect(preview.columns).toEqual({ recognised: ["Name", "Services", "Tier"], ignored: ["Bemerkung"] });
    expect(preview.message).toBe("1 of 2 rows has errors. Nothing will be imported until the file is fixed.");
    expect(preview.preview!.map((r) => [r.line, r.label, r.errors])).toEqual([
      [2, "Müller IT GmbH", ["Tier must be one of Critical, High, Medium, Low; found “Hoch”"]],
      [3, "Åsa Drift AB", []],
    ]);
    const fixed = await upload("vendors", new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text.replace(";Hoch", ";High"), "utf8")]));
    expect(fixed.result).toMatchObject({ ok: true, message: "Imported 2 vendors." });
    const vendors = await db().vendor.findMany({ where: { organizationId: org.id }, orderBy: { name: "asc" }, select: { name: true, servicesProvided: true, tier: true } });
    expect(vendors).toEqual([
      { name: "Müller IT GmbH", servicesProvided: "Hosting, Backup; Wartung", tier: "HIGH" },
      { name: "Åsa Drift AB", servicesProvided: "Betrieb, 24/7", tier: "HIGH" },
    ]);
  });

  it("imports the valid rows when that is chosen, and returns the refused ones as a file; by default imports nothing", async () => {
    const org = await signedInManager();
    const bytes = new Uint8Array(Buffer.from("Name,Tier\r\nKept Ltd,Low\r\nRefused Ltd,Lwo\r\n"));
    const nothing = await upload("vendors", bytes);
    expect(nothing.result).toEqual({ ok: false, message: "Some rows have errors: nothing was imported. Fix them and upload the file again." });
    expect(await db().vendor.count({ where: { organizationId: org.id } })).toBe(0);
    const { result } = await upload("vendors", bytes, "valid");
    expect(result).toMatchObject({
      ok: true,
      message: "Imported 1 vendor. 1 row was refused: download it with the reasons, fix and import again.",
      refused: { count: 1, csv: "\uFEFFReason,Name,Tier\r\n\"Tier must be one of Critical, High, Medium, Low; found “Lwo”\",Refused Ltd,Lwo\r\n" },
    });
    expect((await db().vendor.findMany({ where: { organizationId: org.id } })).map((v) => v.name)).toEqual(["Kept Ltd"]);
  });
});
