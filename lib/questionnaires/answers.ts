// What a vendor's answers mean: which questions are visible, what is still missing before submission, and how far
// each section has come. Pure functions shared by the portal (client) and the server.
import { z } from "zod";
import { plainString } from "@/lib/validation";
import { allQuestions, type Question, type TemplateContent } from "./template-schema";

/** yes/no: "yes" | "no" | "na"; single: option key; multiple: option keys; text; number; date "YYYY-MM-DD". */
export type AnswerValue = string | number | string[];
export type AnswerMap = Readonly<Record<string, AnswerValue | null | undefined>>;
/** Evidence files attached per question key. */
export type EvidenceCounts = Readonly<Record<string, number>>;

export const NOT_APPLICABLE = "na";

/** A map's own entry (answer maps come from JSON and plain objects: "constructor" must not find Object's). */
export const own = <T>(map: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

/** The zod schema one question's answer must pass (null clears the answer). */
export function answerValueSchema(question: Question): z.ZodType<AnswerValue | null> {
  const optionKeys = question.options.map((o) => o.key);
  switch (question.type) {
    case "YES_NO":
      return z.enum(["yes", "no", NOT_APPLICABLE], { error: "Choose yes, no or not applicable" }).nullable();
    case "SINGLE_CHOICE":
      return plainString("The answer").refine((v) => optionKeys.includes(v), "Choose one of the options").nullable();
    case "MULTIPLE_CHOICE":
      return z
        .array(plainString("The answer").refine((v) => optionKeys.includes(v), "Choose among the options"))
        .max(100)
        .transform((v) => [...new Set(v)])
        .nullable();
    case "TEXT":
      return plainString("The answer").max(10_000, "Use at most 10,000 characters").nullable();
    case "NUMBER":
      return z.number({ error: "Enter a number" }).finite().min(-1e12).max(1e12).nullable();
    case "DATE":
      return z.iso.date("Enter a date as YYYY-MM-DD").nullable();
    case "FILE":
      return z.null({ error: "Attach files to this question instead of typing an answer" });
  }
}

export function isAnswered(question: Question, value: AnswerValue | null | undefined, evidence: number): boolean {
  if (question.type === "FILE") return evidence > 0;
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "string") return value.trim().length > 0;
  return true;
}

/**
 * Questions shown to the vendor. A question with a condition appears only when its (earlier) source question is
 * visible and answered with the named option, so hiding cascades.
 */
export function visibleQuestionKeys(content: TemplateContent, answers: AnswerMap): Set<string> {
  const visible = new Set<string>();
  for (const q of allQuestions(content)) {
    const c = q.condition;
    if (!c) {
      visible.add(q.key);
      continue;
    }
    if (!visible.has(c.questionKey)) continue;
    const source = own(answers, c.questionKey);
    if (Array.isArray(source) ? source.includes(c.equals) : source === c.equals) visible.add(q.key);
  }
  return visible;
}

export interface MissingItem {
  questionKey: string;
  reason: "required" | "evidence";
}

/** Why the assessment cannot be submitted yet: required answers and required evidence of visible questions. */
export function missingForSubmission(content: TemplateContent, answers: AnswerMap, evidence: EvidenceCounts): MissingItem[] {
  const visible = visibleQuestionKeys(content, answers);
  const missing: MissingItem[] = [];
  for (const q of allQuestions(content)) {
    if (!visible.has(q.key)) continue;
    const value = own(answers, q.key);
    const count = own(evidence, q.key) ?? 0;
    // "No" and "not applicable" to a yes/no question need nothing to prove.
    const declined = q.type === "YES_NO" && (value === "no" || value === NOT_APPLICABLE);
    if (q.required && !isAnswered(q, value, count)) missing.push({ questionKey: q.key, reason: "required" });
    else if (q.evidenceRequired && q.type !== "FILE" && isAnswered(q, value, count) && !declined && count === 0)
      missing.push({ questionKey: q.key, reason: "evidence" });
  }
  return missing;
}

export interface SectionProgress {
  key: string;
  title: string;
  answered: number;
  visible: number;
}

export function sectionProgress(content: TemplateContent, answers: AnswerMap, evidence: EvidenceCounts): SectionProgress[] {
  const visible = visibleQuestionKeys(content, answers);
  return content.sections.map((s) => {
    const shown = s.questions.filter((q) => visible.has(q.key));
    return {
      key: s.key,
      title: s.title,
      visible: shown.length,
      answered: shown.filter((q) => isAnswered(q, own(answers, q.key), own(evidence, q.key) ?? 0)).length,
    };
  });
}

/** An answer in words, as the reviewer and the read-only portal show it. */
export function formatAnswer(question: Question, value: AnswerValue | null | undefined): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return "";
  if (value === NOT_APPLICABLE && question.type === "YES_NO") return "Not applicable";
  const label = (key: string) => question.options.find((o) => o.key === key)?.label ?? key;
  if (Array.isArray(value)) return value.map(label).join("; ");
  if (question.type === "YES_NO" || question.type === "SINGLE_CHOICE") return label(String(value));
  return String(value);
}
