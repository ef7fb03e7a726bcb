import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectEvidenceType, safeFileName } from "./file-type";
import { readEnv } from "@/lib/env";
import { evidenceMaxBytes, localEvidenceStore, newStorageKey, s3EvidenceStore, sha256Hex, signAwsRequest } from "./storage";

const ascii = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...ascii(p)] : p)));

// A complete one-page PDF, all ASCII (so it would pass a text check on its own).
const PDF = ascii(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
// 1×1 PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
const EXE = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0], "This program cannot be run in DOS mode.");

type ZipOptions = { deflate?: boolean; zip64?: boolean; comment?: string; badCrc?: string };

/**
 * A ZIP with the given entries, as Office writes them: deflated (or stored), real CRC-32s, a central directory and its
 * end record (optionally the ZIP64 form, and a comment). `badCrc` names an entry whose CRC is written wrong.
 */
function zip(entries: Record<string, string>, options: ZipOptions = {}): Uint8Array {
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  const u64 = (n: number) => [...u32(n), ...u32(Math.floor(n / 2 ** 32))];
  const method = options.deflate === false ? 0 : 8;
  const local: number[] = [];
  const central: number[] = [];
  for (const [name, content] of Object.entries(entries)) {
    const raw = Buffer.from(content, "utf8");
    const data = [...(method === 8 ? deflateRawSync(raw) : raw)];
    const crc = crc32(raw) ^ (options.badCrc === name ? 1 : 0);
    const n = [...ascii(name)];
    const common = [20, 0, 0, 0, ...u16(method), 0, 0, 0, 0, ...u32(crc), ...u32(data.length), ...u32(raw.length), ...u16(n.length)];
    const offset = local.length;
    local.push(...u32(0x04034b50), ...common, 0, 0, ...n, ...data);
    central.push(...u32(0x02014b50), 45, 0, ...common, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u32(offset), ...n);
  }
  const count = Object.keys(entries).length;
  const comment = [...ascii(options.comment ?? "")];
  if (!options.zip64) {
    const end = [...u32(0x06054b50), 0, 0, 0, 0, ...u16(count), ...u16(count), ...u32(central.length), ...u32(local.length), ...u16(comment.length), ...comment];
    return new Uint8Array([...local, ...central, ...end]);
  }
  const end64At = local.length + central.length;
  const end64 = [...u32(0x06064b50), ...u64(44), 45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u64(count), ...u64(count), ...u64(central.length), ...u64(local.length)];
  const locator = [...u32(0x07064b50), 0, 0, 0, 0, ...u64(end64At), ...u32(1)];
  const end = [...u32(0x06054b50), 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, ...u16(comment.length), ...comment];
  return new Uint8Array([...local, ...central, ...end64, ...locator, ...end]);
}
const CONTENT_TYPES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  "<w:body><w:p><w:r><w:t>Information security policy</w:t></w:r></w:p></w:body></w:document>";
/** A minimal Word document that Word opens: content types, the package relationship and the document part. */
const DOCX_PARTS = { "[Content_Types].xml": CONTENT_TYPES_XML, "_rels/.rels": RELS_XML, "word/document.xml": DOCUMENT_XML };
const DOCX = zip(DOCX_PARTS);

describe("detectEvidenceType", () => {
  it("accepts files whose content matches their extension", () => {
    expect(detectEvidenceType("SOC 2 report.PDF", PDF)).toEqual({ ok: true, contentType: "application/pdf", extension: "pdf" });
    expect(detectEvidenceType("diagram.png", PNG)).toMatchObject({ ok: true, contentType: "image/png" });
    expect(detectEvidenceType("badge.jpg", JPEG)).toMatchObject({ ok: true, contentType: "image/jpeg" });
    expect(detectEvidenceType("badge.jpeg", JPEG)).toMatchObject({ ok: true, extension: "jpeg" });
    expect(detectEvidenceType("policy.docx", DOCX)).toMatchObject({ ok: true, extension: "docx" });
    expect(detectEvidenceType("assets.csv", ascii("name,owner\r\nVPN,IT\téquipe\n"))).toMatchObject({
      ok: true,
      contentType: "text/csv; charset=utf-8",
    });
    expect(detectEvidenceType("notes.md", ascii("# Notes\n\fÜber ✓\n"))).toMatchObject({ ok: true });
  });

  it("refuses content that does not match the name", () => {
    expect(detectEvidenceType("report.pdf", EXE)).toEqual({
      ok: false,
      message: "report.pdf is not a PDF file: its content does not match its name.",
    });
    expect(detectEvidenceType("report.pdf", PNG)).toMatchObject({ ok: false });
    expect(detectEvidenceType("diagram.png", JPEG)).toMatchObject({ ok: false });
    expect(detectEvidenceType("notes.txt", PDF)).toEqual({
      ok: false,
      message: "notes.txt is not a text file: its content does not match its name.",
    });
    expect(detectEvidenceType("notes.txt", bytes("hello", [0], "world"))).toMatchObject({ ok: false });
    expect(detectEvidenceType("notes.txt", bytes("bell", [7]))).toMatchObject({ ok: false });
    expect(detectEvidenceType("data.csv", bytes("a,b\n", [0xc3, 0x28], "\n"))).toMatchObject({ ok: false }); // invalid UTF-8
    expect(detectEvidenceType("policy.docx", zip({ "payload.exe": "MZ" }))).toEqual({
      ok: false,
      message: "policy.docx is not a Word document: its content does not match its name.",
    });
    expect(detectEvidenceType("policy.xlsx", DOCX)).toMatchObject({ ok: false }); // a Word document named .xlsx
    expect(detectEvidenceType("report.pdf", new Uint8Array())).toEqual({ ok: false, message: "report.pdf is empty." });
  });

  it("refuses extensions that are not allowed, whatever the content", () => {
    const allowed =
      "Only PDF, PNG, JPEG, Word/Excel/PowerPoint (.docx, .xlsx, .pptx) and text files (.txt, .csv, .json, .md) can be attached.";
    for (const name of ["setup.exe", "page.html", "image.gif", "README", "report.pdf.exe", "macro.docm", "x.constructor"])
      expect(detectEvidenceType(name, PDF)).toEqual({ ok: false, message: allowed });
  });
});

describe("detectEvidenceType for Office documents", () => {
  const refused = (name: string, noun: string) => ({ ok: false, message: `${name} is not a ${noun}: its content does not match its name.` });

  it("accepts real Office packages: deflated or stored, with a comment, in ZIP64 form, as Word, Excel and PowerPoint", () => {
    expect(detectEvidenceType("policy.docx", DOCX)).toEqual({
      ok: true,
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      extension: "docx",
    });
    expect(detectEvidenceType("policy.docx", zip(DOCX_PARTS, { deflate: false }))).toMatchObject({ ok: true });
    expect(detectEvidenceType("policy.docx", zip(DOCX_PARTS, { comment: "signed by the vendor" }))).toMatchObject({ ok: true });
    expect(detectEvidenceType("policy.docx", zip(DOCX_PARTS, { zip64: true }))).toMatchObject({ ok: true });
    const types = CONTENT_TYPES_XML;
    expect(detectEvidenceType("assets.xlsx", zip({ "[Content_Types].xml": types, "xl/workbook.xml": "<workbook/>" }))).toMatchObject({ ok: true, extension: "xlsx" });
    expect(detectEvidenceType("deck.pptx", zip({ "[Content_Types].xml": types, "ppt/presentation.xml": "<p:presentation/>" }))).toMatchObject({ ok: true, extension: "pptx" });
  });

  it("refuses random bytes behind a ZIP header that merely contain the name [Content_Types].xml", () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    const fake = bytes([0x50, 0x4b, 0x03, 0x04], [...noise.subarray(0, 100)], "[Content_Types].xml", [...noise], "word/document.xml", [...noise.subarray(0, 300)]);
    expect(detectEvidenceType("policy.docx", fake)).toEqual(refused("policy.docx", "Word document"));
    // The real thing with its end record cut off, or its directory pointing elsewhere, is not readable either.
    expect(detectEvidenceType("policy.docx", DOCX.subarray(0, DOCX.length - 22))).toMatchObject({ ok: false });
    const shifted = bytes([0x50, 0x4b, 0x03, 0x04], "padding", [...DOCX]);
    expect(detectEvidenceType("policy.docx", shifted)).toMatchObject({ ok: false });
  });

  it("refuses a ZIP without the part its type needs, or whose parts do not read back", () => {
    expect(detectEvidenceType("policy.docx", zip({ "[Content_Types].xml": CONTENT_TYPES_XML, "_rels/.rels": RELS_XML, "word/styles.xml": DOCUMENT_XML }))).toEqual(
      refused("policy.docx", "Word document"),
    );
    expect(detectEvidenceType("policy.docx", zip({ "_rels/.rels": RELS_XML, "word/document.xml": DOCUMENT_XML }))).toMatchObject({ ok: false });
    expect(detectEvidenceType("policy.docx", zip({ "[Content_Types].xml": CONTENT_TYPES_XML, "word/document.xml/": "" }))).toMatchObject({ ok: false });
    expect(detectEvidenceType("assets.xlsx", zip({ "[Content_Types].xml": CONTENT_TYPES_XML, "xl/styles.xml": "<styleSheet/>" }))).toEqual(refused("assets.xlsx", "Excel workbook"));
    expect(detectEvidenceType("deck.pptx", DOCX)).toEqual(refused("deck.pptx", "PowerPoint presentation"));
    expect(detectEvidenceType("policy.docx", zip(DOCX_PARTS, { badCrc: "[Content_Types].xml" }))).toMatchObject({ ok: false });
    expect(detectEvidenceType("policy.docx", zip({ ...DOCX_PARTS, "[Content_Types].xml": "MZ not xml" }))).toMatchObject({ ok: false });
    expect(detectEvidenceType("policy.docx", zip({ ...DOCX_PARTS, "word/document.xml": "MZ\u0090 payload" }))).toMatchObject({ ok: false });
  });
});

describe("safeFileName", () => {
  it("drops directories, control characters and quotes", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\Users\\me\\report.pdf")).toBe("report.pdf");
    expect(safeFileName('a"b\r\n.pdf')).toBe("ab.pdf");
    expect(safeFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(safeFileName(".pdf")).toBe("evidence.pdf");
    for (const name of ["", "..", "/", " . "]) expect(safeFileName(name)).toBe("evidence");
  });

  it("limits names to 150 characters and keeps the extension", () => {
    const name = safeFileName(`${"a".repeat(400)}.pdf`);
    expect(name).toHaveLength(150);
    expect(name.endsWith("a.pdf")).toBe(true);
    expect(Array.from(safeFileName("😀".repeat(200)))).toHaveLength(150);
  });
});

describe("localEvidenceStore", () => {
  it("stores, reads and deletes files with private permissions", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chainward-evidence-"));
    try {
      const store = localEvidenceStore(path.join(dir, "evidence"));
      const key = newStorageKey();
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await store.get(key)).toBeNull();
      await store.put(key, PDF);
      expect(await store.get(key)).toEqual(PDF);
      expect(await readdir(path.join(dir, "evidence"))).toEqual([key]); // no temporary file left behind
      expect((await stat(path.join(dir, "evidence", key))).mode & 0o777).toBe(0o600);
      expect((await stat(path.join(dir, "evidence"))).mode & 0o777).toBe(0o700);
      await store.delete(key);
      expect(await store.get(key)).toBeNull();
      await store.delete(key); // deleting again is fine
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses keys that could escape the directory", async () => {
    const store = localEvidenceStore(tmpdir());
    for (const key of ["../../../../etc/passwd", "../aaaaaaaaaaaaaaaaaaaa", "short", "a/bcdefghijklmnopqrstu"]) {
      await expect(store.put(key, PDF)).rejects.toThrow("Invalid evidence storage key.");
      await expect(store.get(key)).rejects.toThrow("Invalid evidence storage key.");
      await expect(store.delete(key)).rejects.toThrow("Invalid evidence storage key.");
    }
  });
});

describe("evidenceMaxBytes", () => {
  it("reads EVIDENCE_MAX_MB", () => {
    expect(evidenceMaxBytes(readEnv({}))).toBe(25 * 1024 * 1024);
    expect(evidenceMaxBytes(readEnv({ EVIDENCE_MAX_MB: "100" }))).toBe(100 * 1024 * 1024);
    for (const v of ["0", "501", "2.5", "-1", "ten"]) expect(() => readEnv({ EVIDENCE_MAX_MB: v })).toThrow(/EVIDENCE_MAX_MB/);
  });
});

const aws = {
  region: "us-east-1",
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  date: new Date("2013-05-24T00:00:00Z"),
};
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("signAwsRequest", () => {
  // The examples in AWS's "Signature Calculations for the Authorization Header: Transferring Payload in a Single
  // Chunk (AWS Signature Version 4)" (Amazon S3 API reference).
  it("reproduces AWS's GET Object example", () => {
    const headers = signAwsRequest({
      ...aws,
      method: "GET",
      url: "https://examplebucket.s3.amazonaws.com/test.txt",
      headers: { Range: "bytes=0-9" },
      payloadHash: EMPTY_SHA256,
    });
    expect(headers).toEqual({
      range: "bytes=0-9",
      "x-amz-date": "20130524T000000Z",
      "x-amz-content-sha256": EMPTY_SHA256,
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request," +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date," +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    });
  });

  it("reproduces AWS's PUT Object and List Objects examples (path encoding, query string)", () => {
    const put = signAwsRequest({
      ...aws,
      method: "PUT",
      url: "https://examplebucket.s3.amazonaws.com/test$file.text",
      headers: { Date: "Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class": "REDUCED_REDUNDANCY" },
      payloadHash: sha256Hex(ascii("Welcome to Amazon S3.")),
    });
    expect(put.authorization).toContain(
      "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class," +
        "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
    );
    const list = signAwsRequest({
      ...aws,
      method: "GET",
      url: "https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2",
      payloadHash: EMPTY_SHA256,
    });
    expect(list.authorization).toMatch(/Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7$/);
  });
});

describe("s3EvidenceStore", () => {
  const config = {
    endpoint: "http://minio.internal:9000/",
    region: "eu-central-1",
    bucket: "evidence",
    accessKeyId: "minio-access",
    secretAccessKey: "minio-very-secret-key",
    forcePathStyle: true,
  };
  type Call = { url: string; method?: string; headers: Record<string, string>; body?: Uint8Array };
  const fake = (status: number, body = "") => {
    const calls: Call[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push({ url, method: init.method, headers: init.headers as Record<string, string>, body: init.body as Uint8Array });
      return new Response(status === 204 ? null : body, { status });
    }) as typeof fetch;
    return { calls, fetchImpl };
  };

  it("signs PUT requests to the object URL", async () => {
    const { calls, fetchImpl } = fake(200);
    const key = newStorageKey();
    await s3EvidenceStore(config, fetchImpl).put(key, PDF);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe("PUT");
    expect(call?.url).toBe(`http://minio.internal:9000/evidence/${key}`);
    expect(call?.body).toEqual(PDF);
    expect(call?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=minio-access\/\d{8}\/eu-central-1\/s3\/aws4_request,/);
    expect(call?.headers["x-amz-content-sha256"]).toBe(sha256Hex(PDF));
  });

  it("uses virtual-host URLs unless path style is forced", async () => {
    const { calls, fetchImpl } = fake(204);
    const key = newStorageKey();
    await s3EvidenceStore({ ...config, endpoint: "https://s3.eu-central-1.amazonaws.com", forcePathStyle: false }, fetchImpl).delete(key);
    expect(calls[0]).toMatchObject({ method: "DELETE", url: `https://evidence.s3.eu-central-1.amazonaws.com/${key}` });
  });

  it("reads objects, returns null for missing ones and hides secrets in errors", async () => {
    const key = newStorageKey();
    expect(await s3EvidenceStore(config, fake(200, "%PDF-1.7").fetchImpl).get(key)).toEqual(ascii("%PDF-1.7"));
    expect(await s3EvidenceStore(config, fake(404, "<Error><Code>NoSuchKey</Code></Error>").fetchImpl).get(key)).toBeNull();
    const error = await s3EvidenceStore(config, fake(500, config.secretAccessKey).fetchImpl)
      .get(key)
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("500");
    expect((error as Error).message).not.toContain(config.secretAccessKey);
    await expect(s3EvidenceStore(config, fake(403).fetchImpl).put(key, PDF)).rejects.toThrow("HTTP 403");
    await expect(s3EvidenceStore(config, fake(200).fetchImpl).get("../other-bucket/key")).rejects.toThrow();
  });
});
