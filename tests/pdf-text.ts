// Reads the text a PDF shows, for tests: inflates the content streams and joins the strings of TJ/Tj operators.
// A string in an embedded (Type0, Identity-H) font holds two-byte glyph codes, decoded through the font's ToUnicode
// map; a string in a standard PDF font holds single-byte codes, read as latin-1 text.
import { inflateSync } from "node:zlib";

type PdfObject = { dict: string; stream: string | null };

/** Every `n 0 obj … endobj`, with its stream inflated when it is compressed. */
function objects(raw: string): Map<string, PdfObject> {
  const found = new Map<string, PdfObject>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      found.set(match[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const data = body.slice(body.indexOf("\n", streamAt) + 1).replace(/\r?\nendstream\s*$/, "");
    let stream = data;
    if (/\/Filter\s*\/FlateDecode/.test(dict)) {
      try {
        stream = inflateSync(Buffer.from(data, "latin1")).toString("latin1");
      } catch {
        stream = data;
      }
    }
    found.set(match[1]!, { dict, stream });
  }
  return found;
}

/** A ToUnicode CMap: two-byte source code (as 4 hex digits) → text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const text = (hex: string) => Buffer.from(hex.replace(/\s+/g, ""), "hex").swap16().toString("utf16le");
  const hex4 = (n: number) => n.toString(16).padStart(4, "0");
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]*>)/g)) {
      const [start, end] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16)];
      if (range[3]!.startsWith("[")) {
        [...range[3]!.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((d, i) => map.set(hex4(start + i), text(d[1]!)));
      } else {
        const first = Buffer.from(range[3]!.slice(1, -1).replace(/\s+/g, ""), "hex");
        for (let code = start; code <= end; code++) {
          const target = Buffer.from(first);
          target.writeUInt16BE(target.readUInt16BE(target.length - 2) + (code - start), target.length - 2);
          map.set(hex4(code), target.swap16().toString("utf16le"));
        }
      }
    }
  }
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]*)>/g)) map.set(pair[1]!.toLowerCase().padStart(4, "0"), text(pair[2]!));
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const all = objects(pdf.toString("latin1"));
  // Font resource names (/F1 …) → the ToUnicode map of the font they name, for embedded fonts.
  const fonts = new Map<string, Map<string, string>>();
  for (const { dict } of all.values()) {
    for (const resources of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const ref of resources[1]!.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+) 0 R/g)) {
        const cmapRef = all.get(ref[2]!)?.dict.match(/\/ToUnicode\s+(\d+) 0 R/)?.[1];
        const cmap = cmapRef ? all.get(cmapRef)?.stream : null;
        if (cmap) fonts.set(ref[1]!, toUnicode(cmap));
      }
    }
  }
  const texts: string[] = [];
  for (const { dict, stream } of all.values()) {
    // Content streams only: not embedded font files, CMaps or images.
    if (stream === null || /\/Length1|\/Subtype\s*\/Image/.test(dict) || stream.includes("begincmap")) continue;
    let font: Map<string, string> | undefined;
    const decode = (hex: string) =>
      font
        ? (hex.toLowerCase().match(/.{4}/g) ?? []).map((code) => font!.get(code) ?? "\ufffd").join("")
        : Buffer.from(hex, "hex").toString("latin1");
    for (const op of stream.matchAll(/\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|\[(.*?)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)) {
      if (op[1] !== undefined) {
        font = fonts.get(op[1]);
        continue;
      }
      const strings = op[2] ?? op[3]!;
      const line = [...strings.matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g)]
        .map((s) => (s[1] !== undefined ? decode(s[1]) : s[2]!.replace(/\\(.)/g, "$1")))
        .join("");
      texts.push(line);
    }
  }
  return texts.join("\n");
}
