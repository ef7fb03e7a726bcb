// The board report: the executive view as a PDF to attach to board minutes, generated on the server.
import PDFDocument from "pdfkit";
import type { executiveDashboard } from "@/lib/risk/dashboard";

type Data = Awaited<ReturnType<typeof executiveDashboard>>;

const LEVEL_NAMES = { critical: "Critical", high: "High", medium: "Medium", low: "Low" } as const;

export function boardReportPdf(organizationName: string, data: Data, date = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `Third-party ICT risk — ${organizationName}`, Author: "Chainward" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const heading = (text: string) => doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor("#0f172a").text(text).moveDown(0.3).font("Helvetica").fontSize(10.5);
  doc.font("Helvetica-Bold").fontSize(18).text("Third-party ICT risk: board report");
  doc.font("Helvetica").fontSize(11).fillColor("#334155").text(`${organizationName} · ${date.toISOString().slice(0, 10)}`);
  doc.fillColor("#0f172a");

  heading("Risk posture");
  doc.text(`${data.vendors} suppliers are scored. ` + data.byLevel.map((l) => `${LEVEL_NAMES[l.level]}: ${l.count}`).join(" · ") + ".");
  if (data.activeAlarms) {
    doc.moveDown(0.3).fillColor("#991b1b").text(`${data.activeAlarms} Kaseya-pattern alarm${data.activeAlarms === 1 ? "" : "s"}: channels that can push code into our systems, with a weakness an attacker can use.`);
    doc.fillColor("#0f172a");
  }

  heading("Top exposures");
  data.topExposures.forEach((t, i) => doc.text(`${i + 1}. ${t.sentence} Residual risk ${t.score.residual}/100 (${LEVEL_NAMES[t.score.level].toLowerCase()}).`, { paragraphGap: 3 }));

  heading("NIS-2 coverage");
  const line = (label: string, v: { part: number; whole: number; pct: number | null }) => doc.text(`${label}: ${v.pct === null ? "not applicable" : `${v.pct}%`} (${v.part} of ${v.whole})`, { paragraphGap: 2 });
  line("Critical and high suppliers assessed within their review interval", data.coverage.assessed);
  line("Privileged access channels with MFA enforced", data.coverage.mfa);
  line("Push-capable channels with a tested emergency disconnect", data.coverage.killSwitch);

  heading("Trend");
  if (data.trend.length < 2) doc.text("Scores are recorded daily; a trend needs two months of records.");
  else {
    const first = data.trend[0]!;
    const last = data.trend.at(-1)!;
    doc.text(`Average residual risk went from ${first.averageResidual} (${first.month}) to ${last.averageResidual} (${last.month}); critical suppliers from ${first.critical} to ${last.critical}.`);
  }

  heading("Suppliers by tier and risk level");
  for (const t of data.byTier) {
    const total = t.critical + t.high + t.medium + t.low;
    if (total) doc.text(`${t.tier ? t.tier[0] + t.tier.slice(1).toLowerCase() : "Not tiered"}: ${total} (critical ${t.critical}, high ${t.high}, medium ${t.medium}, low ${t.low})`, { paragraphGap: 2 });
  }

  doc.moveDown(1.5).fontSize(8.5).fillColor("#64748b").text("Scores: impact × likelihood ÷ 100, explained factor by factor for every supplier in Chainward (docs/risk-model.md).");
  doc.end();
  return done;
}
