import { z } from "zod";
import { id, optionalDate, optionalText, plainString, requiredDate, text } from "@/lib/validation";

const severity = z.enum(["CRITICAL", "HIGH", "MEDIUM", "LOW"], { error: "Choose a severity" });

export const createFindingSchema = z.object({
  vendorId: id(),
  assessmentId: z.preprocess((v) => (v === "" ? undefined : v), id().optional()),
  questionKey: z.preprocess((v) => (v === "" ? undefined : v), plainString().max(40).optional()),
  title: text(200, "The title"),
  description: optionalText(4000),
  severity,
  owner: optionalText(200),
  dueDate: optionalDate(),
});
export type CreateFindingInput = z.infer<typeof createFindingSchema>;

export const updateFindingSchema = z.object({
  id: id(),
  version: z.coerce.number().int().min(1),
  severity,
  owner: optionalText(200),
  dueDate: optionalDate(),
  status: z.enum(["OPEN", "IN_REMEDIATION", "RESOLVED"], { error: "Choose a status" }),
});
export type UpdateFindingInput = z.infer<typeof updateFindingSchema>;

export const acceptRiskSchema = z.object({
  id: id(),
  justification: text(4000, "The justification"),
  acceptedUntil: requiredDate("The expiry date"),
});

export const respondToFindingSchema = z.object({ id: id(), remediationPlan: text(8000, "Your remediation plan") });
