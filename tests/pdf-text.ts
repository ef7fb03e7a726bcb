// Reads the text a PDF shows, for tests: inflates the content streams and joins the strings of TJ/Tj operators
// (standard PDF fonts use single-byte codes, so a hex string is latin-1 text).
import { inflateSync } from "node:zlib";

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const texts: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (const match of raw.matchAll(streams)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
    } catch {
      body = match[1]!;
    }
    for (const op of body.matchAll(/\[(.*?)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)) {
      const strings = op[1] ?? op[2]!;
      const line = [...strings.matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g)]
        .map((s) => (s[1] !== undefined ? Buffer.from(s[1], "hex").toString("latin1") : s[2]!.replace(/\\(.)/g, "$1")))
        .join("");
      texts.push(line);
    }
  }
  return texts.join("\n");
}
