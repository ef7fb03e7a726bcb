import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { csvResponse } from "@/lib/csv";
import { CHANNEL_CSV_HEADER, exportChannels } from "@/lib/vendors/export";
import { authorizeExport, route } from "@/lib/http";

// Every access channel of the organization as CSV.
async function handleGET(request: Request) {
  const actor = await authorizeExport(request, () => requireRole(...STAFF_ROLES));
  return csvResponse(`access-channels-${new Date().toISOString().slice(0, 10)}.csv`, CHANNEL_CSV_HEADER, await exportChannels(actor));
}

export const GET = route(handleGET);
