import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { boardReportPdf } from "@/lib/reports/board";
import { executiveDashboard } from "@/lib/risk/dashboard";
import { authorizeExport, recordExport, route } from "@/lib/http";

// The executive view as a PDF for the board, dated and named after the organization.
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  const date = new Date();
  const pdf = await boardReportPdf(actor.organizationName, await executiveDashboard(actor, date), date);
  await recordExport(actor, "export.board_report");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="board-report-${date.toISOString().slice(0, 10)}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}

export const GET = route(handleGET);
