import { z } from "zod";
import { id, idList, optionalDate, optionalText, requiredDate, text } from "@/lib/validation";

const cve = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim().toUpperCase() : v),
  z.string().regex(/^CVE-\d{4}-\d{4,7}$/, "Enter a CVE id like CVE-2021-30116, or leave it empty").nullable(),
);

/** Which product the advisory is about: how the KEV catalog (or the advisory) names its maker and the product. */
export const advisoryProductSchema = z.object({
  kevVendor: text(200, "The product's maker"),
  kevProduct: text(200, "The product"),
});

export const createCampaignSchema = advisoryProductSchema.extend({
  title: text(200, "The title"),
  cveId: cve.optional().transform((v) => v ?? null),
  details: optionalText(4000),
  dueDate: requiredDate("The due date"),
  vendorIds: idList().pipe(z.array(z.string()).min(1, "Choose at least one vendor to ask")),
});
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

export const campaignIdSchema = z.object({ campaignId: id() });

/** Confirming a vendor's answer into the patch ledger names the answer only: everything else is read from it. */
export const recordDeploymentSchema = z.object({
  requestId: id(),
  /** Sent from the list of answers awaiting confirmation, which the answer leaves once recorded: go back to it with the result. */
  view: z.literal("confirm").optional(),
});

export const answerAdvisorySchema = z
  .object({
    requestId: id(),
    expectedVersion: z.coerce.number().int().min(1),
    affected: z.enum(["YES", "NO", "UNKNOWN"], { error: "Say whether you are affected" }),
    patched: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["YES", "NO", "NOT_NEEDED"]).optional()),
    patchedAt: optionalDate(),
    compensatingControls: optionalText(4000),
    comment: optionalText(4000),
  })
  .superRefine((a, ctx) => {
    if (a.affected !== "YES") return;
    if (!a.patched || a.patched === "NOT_NEEDED") ctx.addIssue({ code: "custom", path: ["patched"], message: "Say whether you have patched" });
    if (a.patched === "YES" && !a.patchedAt) ctx.addIssue({ code: "custom", path: ["patchedAt"], message: "Give the day the fix was deployed" });
    if (a.patched === "NO" && !a.compensatingControls)
      ctx.addIssue({ code: "custom", path: ["compensatingControls"], message: "Describe what protects us until the fix is deployed" });
  })
  .transform((a) => ({
    ...a,
    // "Patched" only means something for an affected vendor; the day only for a deployed fix.
    patched: a.affected === "YES" ? a.patched! : a.affected === "NO" ? ("NOT_NEEDED" as const) : null,
    patchedAt: a.affected === "YES" && a.patched === "YES" ? a.patchedAt : null,
  }));
export type AnswerAdvisoryInput = z.infer<typeof answerAdvisorySchema>;
