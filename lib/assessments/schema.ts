import { z } from "zod";
import { id, idList, optionalText, plainString, requiredDate, text } from "@/lib/validation";

export const sendAssessmentSchema = z.object({
  vendorId: id(),
  templateVersionId: plainString(undefined, { error: "Choose a questionnaire" }).trim().min(1, "Choose a questionnaire").max(40),
  contactIds: idList().pipe(z.array(z.string()).min(1, "Choose at least one recipient")),
  dueDate: requiredDate("The due date"),
  message: optionalText(2000),
});
export type SendAssessmentInput = z.infer<typeof sendAssessmentSchema>;

export const assessmentIdSchema = z.object({ assessmentId: id() });

export const saveAnswerSchema = z.object({
  assessmentId: id(),
  questionKey: plainString().min(1).max(40),
  /** Checked against the question's own schema (answerValueSchema) once the question is known. */
  value: z.unknown(),
  comment: plainString("The comment").max(5000, "Use at most 5,000 characters").nullable(),
  /** The answer's version the contact last saw; 0 when there was none. */
  expectedVersion: z.number().int().min(0),
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

export const verdictSchema = z.object({
  assessmentId: id(),
  questionKey: plainString().min(1).max(40),
  verdict: z.enum(["ACCEPTED", "CLEAR"]),
  reviewComment: optionalText(2000),
});

export const clarificationSchema = z.object({ assessmentId: id(), note: text(4000, "Your request") });
