// The board report: the executive view as a PDF to attach to board minutes, generated on the server.
import path from "node:path";
import PDFDocument from "pdfkit";
import type { executiveDashboard } from "@/lib/risk/dashboard";
import { countOf } from "@/lib/format";

type Data = Awaited<ReturnType<typeof executiveDashboard>>;

const LEVEL_NAMES = { critical: "Critical", high: "High", medium: "Medium", low: "Low" } as const;

/**
 * DejaVu Sans (Latin with its extensions, Greek, Cyrillic and more; Bitstream Vera licence, see the README), read
 * from the dejavu-fonts-ttf package in the installation's node_modules when a report is made. PDFKit's built-in
 * Helvetica only knows Latin-1: a supplier called "Łódź" or "Ελληνικά" came out as wrong letters. The fonts are
 * embedded as subsets. The installation is the working directory, as for DATA_DIR: `npm run start`, the tests and the
 * scripts all run there. (The production bundler turns `require.resolve` of a package into a module number, not a
 * path, so the path is built here.)
 */
export function boardFonts() {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  return { regular: path.join(dir, "DejaVuSans.ttf"), bold: path.join(dir, "DejaVuSans-Bold.ttf") };
}

/** Printed instead of a character the font has no glyph for (e.g. Chinese or Japanese), so that none prints wrong. */
export const MISSING_GLYPH = "\u25a1"; // □

/** The fontkit font behind PDFKit's current font: PDFKit keeps it on the document, its type definitions do not say so. */
type GlyphCoverage = { hasGlyphForCodePoint(codePoint: number): boolean };
const currentFont = (doc: PDFKit.PDFDocument) => (doc as unknown as { _font?: { font?: GlyphCoverage } })._font?.font;

/**
 * The text as the current font can print it: each character it has no glyph for becomes MISSING_GLYPH, except
 * invisible formatting characters (zero-width joiners, variation selectors…), which are left out; line breaks and tabs
 * stay, as PDFKit lays them out itself.
 */
export function printable(font: GlyphCoverage, text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const codePoint = char.codePointAt(0)!;
    if (char === "\n" || char === "\t" || font.hasGlyphForCodePoint(codePoint)) out += char;
    else if (!/\p{Default_Ignorable_Code_Point}/u.test(char)) out += MISSING_GLYPH;
  }
  return out;
}

export function boardReportPdf(organizationName: string, data: Data, date = new Date()): Promise<Buffer> {
  const fonts = boardFonts();
  const doc = new PDFDocument({ size: "A4", margin: 56, font: fonts.regular, info: { Title: `Third-party ICT risk — ${organizationName}`, Author: "Chainward" } });
  /** Every text of the report goes through here, with the font and size already chosen. */
  const text = (value: string, options?: PDFKit.Mixins.TextOptions) => {
    const font = currentFont(doc);
    if (!font) throw new Error("The board report's font is not loaded.");
    return doc.text(printable(font, value), options);
  };
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const heading = (title: string) => {
    doc.moveDown(0.8).font(fonts.bold).fontSize(13).fillColor("#0f172a");
    text(title).moveDown(0.3).font(fonts.regular).fontSize(10.5);
  };
  doc.font(fonts.bold).fontSize(18);
  text("Third-party ICT risk: board report");
  doc.font(fonts.regular).fontSize(11).fillColor("#334155");
  text(`${organizationName} · ${date.toISOString().slice(0, 10)}`);
  doc.fillColor("#0f172a");

  heading("Risk posture");
  text(`${countOf(data.vendors, "supplier is", "suppliers are")} scored. ` + data.byLevel.map((l) => `${LEVEL_NAMES[l.level]}: ${l.count}`).join(" · ") + ".");
  if (data.activeAlarms) {
    doc.moveDown(0.3).fillColor("#991b1b");
    text(`${countOf(data.activeAlarms, "Kaseya-pattern alarm")}: channels that can push code into our systems, with a weakness an attacker can use.`);
    doc.fillColor("#0f172a");
  }

  heading("Top exposures");
  data.topExposures.forEach((t, i) => text(`${i + 1}. ${t.sentence} Residual risk ${t.score.residual}/100 (${LEVEL_NAMES[t.score.level].toLowerCase()}).`, { paragraphGap: 3 }));

  heading("NIS-2 coverage");
  const line = (label: string, v: { part: number; whole: number; pct: number | null }) => text(`${label}: ${v.pct === null ? "not applicable" : `${v.pct}%`} (${v.part} of ${v.whole})`, { paragraphGap: 2 });
  line("Critical and high suppliers assessed within their review interval", data.coverage.assessed);
  line("Privileged access channels with MFA enforced", data.coverage.mfa);
  line("Push-capable channels with a tested emergency disconnect", data.coverage.killSwitch);

  heading("Trend");
  if (data.trend.length < 2) text("Scores are recorded daily; a trend needs two months of records.");
  else {
    const first = data.trend[0]!;
    const last = data.trend.at(-1)!;
    text(`Average residual risk went from ${first.averageResidual} (${first.month}) to ${last.averageResidual} (${last.month}); critical suppliers from ${first.critical} to ${last.critical}.`);
  }

  heading("Suppliers by tier and risk level");
  for (const t of data.byTier) {
    const total = t.critical + t.high + t.medium + t.low;
    if (total) text(`${t.tier ? t.tier[0] + t.tier.slice(1).toLowerCase() : "Not tiered"}: ${total} (critical ${t.critical}, high ${t.high}, medium ${t.medium}, low ${t.low})`, { paragraphGap: 2 });
  }

  doc.moveDown(1.5).fontSize(8.5).fillColor("#64748b");
  text("Scores: impact × likelihood ÷ 100, explained factor by factor for every supplier in Chainward (Vendor risks › How scores work).");
  doc.end();
  return done;
}
