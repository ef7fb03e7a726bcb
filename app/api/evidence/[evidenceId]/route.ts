import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/guard";
import { ActionError, NotFoundError } from "@/lib/errors";
import { deleteEvidence, evidenceForDownload } from "@/lib/evidence/evidence";
import { isSameOrigin } from "@/lib/request";
import { route } from "@/lib/http";
import { isRecordId } from "@/lib/validation";

const notFound = () => NextResponse.json({ error: "Not found." }, { status: 404 });
const badId = () => NextResponse.json({ error: "This link is not valid." }, { status: 400, headers: { "Cache-Control": "no-store" } });

// Downloads always as an attachment with the type we detected at upload, never rendered inline by the browser.
async function handleGET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const actor = await getActor();
  if (!actor) return notFound();
  const { evidenceId } = await params;
  if (!isRecordId(evidenceId)) return badId();
  const found = await evidenceForDownload(actor, evidenceId);
  if (!found) return notFound();
  const { evidence, bytes } = found;
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": evidence.contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${evidence.fileName.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

async function handleDELETE(request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  if (!isSameOrigin(request)) return NextResponse.json({ error: "This request did not come from Chainward." }, { status: 403 });
  const actor = await getActor();
  if (!actor) return notFound();
  const { evidenceId } = await params;
  if (!isRecordId(evidenceId)) return badId();
  try {
    await deleteEvidence(actor, evidenceId);
    return new Response(null, { status: 204 });
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    if (e instanceof ActionError) return NextResponse.json({ error: e.message }, { status: 422 });
    throw e;
  }
}

export const GET = route(handleGET);
export const DELETE = route(handleDELETE);
