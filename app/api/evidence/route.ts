import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/guard";
import { ActionError, NotFoundError } from "@/lib/errors";
import { uploadEvidence } from "@/lib/evidence/evidence";
import { evidenceMaxBytes } from "@/lib/evidence/storage";
import { isSameOrigin } from "@/lib/request";
import { route } from "@/lib/http";
import { id, plainString } from "@/lib/validation";

const targetSchema = z.union([
  z.object({ assessmentId: id(), questionKey: plainString().min(1).max(40) }),
  z.object({ findingId: id() }),
]);

const error = (status: number, message: string) => NextResponse.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });

// A vendor contact attaches one evidence file (multipart form: file plus assessmentId and questionKey, or findingId).
async function handlePOST(request: Request) {
  if (!isSameOrigin(request)) return error(403, "This upload did not come from Chainward.");
  const actor = await getActor();
  if (!actor || actor.role !== "VENDOR") return error(404, "Not found.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Multipart framing adds a little; anything far beyond the limit is refused before it is read.
  if (declared > evidenceMaxBytes() + 64 * 1024) return error(413, `Files can be at most ${Math.round(evidenceMaxBytes() / 1024 / 1024)} MB.`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return error(400, "The upload could not be read.");
  }
  const file = form.get("file");
  const target = targetSchema.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
  if (!(file instanceof File) || file.size === 0 || !target.success) return error(400, "Choose a file to attach.");
  try {
    const evidence = await uploadEvidence(actor, target.data, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return NextResponse.json({ evidence }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof NotFoundError) return error(404, "Not found.");
    if (e instanceof ActionError) return error(422, e.message);
    throw e;
  }
}

export const POST = route(handlePOST);
