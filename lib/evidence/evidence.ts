// Evidence files of answers and findings: checked by content, stored under a random key outside any public folder,
// recorded with their sha256, and handed out only to the organization's staff and the vendor's own contacts.
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ActionError, NotFoundError } from "@/lib/errors";
import { EDITABLE_STATUSES } from "@/lib/assessments/assessments";
import { allQuestions } from "@/lib/questionnaires/template-schema";
import { parseContent } from "@/lib/questionnaires/templates";
import { consume, limits } from "@/lib/security/rate-limit";
import { detectEvidenceType, safeFileName } from "./file-type";
import { evidenceMaxBytes, evidenceStore, newStorageKey, sha256Hex } from "./storage";

export type EvidenceTarget = { assessmentId: string; questionKey: string } | { findingId: string };

/** The vendor contact's own assessment (still editable) or finding (not resolved) that the file belongs to. */
async function checkTarget(actor: Actor, target: EvidenceTarget) {
  if (actor.role !== "VENDOR" || !actor.vendorId) throw new NotFoundError("assessment");
  const scope = { organizationId: actor.organizationId, vendorId: actor.vendorId };
  if ("findingId" in target) {
    const finding = await db().finding.findFirst({ where: { id: target.findingId, ...scope } });
    if (!finding) throw new NotFoundError("finding");
    if (finding.status === "RESOLVED") throw new ActionError("This finding is resolved.");
    return { findingId: finding.id };
  }
  const assessment = await db().assessment.findFirst({ where: { id: target.assessmentId, ...scope, status: { not: "CANCELLED" } }, include: { templateVersion: true } });
  if (!assessment) throw new NotFoundError("assessment");
  if (!EDITABLE_STATUSES.includes(assessment.status)) throw new ActionError("This assessment has been submitted and can no longer be changed.");
  if (!allQuestions(parseContent(assessment.templateVersion.content)).some((q) => q.key === target.questionKey)) throw new NotFoundError("question");
  return { assessmentId: assessment.id, questionKey: target.questionKey };
}

export async function uploadEvidence(actor: Actor, target: EvidenceTarget, file: { name: string; bytes: Uint8Array }) {
  const link = await checkTarget(actor, target);
  const max = evidenceMaxBytes();
  if (file.bytes.byteLength > max) throw new ActionError(`${safeFileName(file.name)} is larger than ${Math.round(max / 1024 / 1024)} MB.`);
  if (!(await consume(`evidence:user:${actor.userId}`, limits.evidencePerUser))) throw new ActionError("Too many uploads in the last hour; try again later.");
  const type = detectEvidenceType(file.name, file.bytes);
  if (!type.ok) throw new ActionError(type.message);
  const storageKey = newStorageKey();
  const store = evidenceStore();
  await store.put(storageKey, file.bytes);
  try {
    return await db().$transaction(async (tx) => {
      const evidence = await tx.evidence.create({
        data: {
          ...link,
          organizationId: actor.organizationId,
          vendorId: actor.vendorId!,
          fileName: safeFileName(file.name),
          contentType: type.contentType,
          size: file.bytes.byteLength,
          sha256: sha256Hex(file.bytes),
          storageKey,
          uploadedByEmail: actor.email,
        },
        select: { id: true, fileName: true, size: true, sha256: true, questionKey: true },
      });
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "evidence.uploaded",
        entityType: "Evidence",
        entityId: evidence.id,
        vendorId: actor.vendorId,
        after: { fileName: evidence.fileName, size: evidence.size, sha256: evidence.sha256, ...link },
      });
      return evidence;
    });
  } catch (error) {
    // No row, no file: the stored bytes of a failed upload are removed again.
    await store.delete(storageKey).catch(() => {});
    throw error;
  }
}

/** Staff of the organization, or a contact of the vendor the file belongs to; anyone else gets "not found". */
export async function evidenceForDownload(actor: Actor, id: string) {
  const evidence = await db().evidence.findFirst({
    where: { id, organizationId: actor.organizationId, ...(actor.role === "VENDOR" ? { vendorId: actor.vendorId ?? "-" } : {}) },
  });
  if (!evidence) return null;
  const bytes = await evidenceStore().get(evidence.storageKey);
  return bytes ? { evidence, bytes } : null;
}

/** A vendor contact removes a file while the assessment is still open. */
export async function deleteEvidence(actor: Actor, id: string) {
  if (actor.role !== "VENDOR") throw new NotFoundError("file");
  const evidence = await db().evidence.findFirst({ where: { id, organizationId: actor.organizationId, vendorId: actor.vendorId ?? "-" } });
  if (!evidence) throw new NotFoundError("file");
  await checkTarget(actor, evidence.findingId ? { findingId: evidence.findingId } : { assessmentId: evidence.assessmentId!, questionKey: evidence.questionKey! });
  await db().$transaction(async (tx) => {
    await tx.evidence.delete({ where: { id } });
    await recordAudit(tx, { ...auditActor(actor), action: "evidence.deleted", entityType: "Evidence", entityId: id, vendorId: evidence.vendorId, before: { fileName: evidence.fileName, sha256: evidence.sha256 } });
  });
  await evidenceStore().delete(evidence.storageKey);
}
