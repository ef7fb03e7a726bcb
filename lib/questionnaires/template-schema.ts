// The document a template version holds: sections of questions. One schema checks the builder's saves, JSON imports
// and the built-in templates, so every stored version has the same shape.
import { z } from "zod";
import { plainString } from "@/lib/validation";
import { CONTROL_DOMAIN_KEYS } from "./domains";

export const QUESTION_TYPES = ["YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "TEXT", "NUMBER", "DATE", "FILE"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const questionTypeLabels: Record<QuestionType, string> = {
  YES_NO: "Yes / no / not applicable",
  SINGLE_CHOICE: "Single choice",
  MULTIPLE_CHOICE: "Multiple choice",
  TEXT: "Free text",
  NUMBER: "Number",
  DATE: "Date",
  FILE: "File evidence",
};

/** Types whose options carry scores; the others are informational and never change a score. */
export const SCORED_TYPES: readonly QuestionType[] = ["YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE"];

const key = plainString("The key")
  .trim()
  .min(1, "A key is required")
  .max(40, "Use at most 40 characters")
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "Use lower-case letters, digits, - and _")
  // Keys index plain objects in the browser and on the server; a built-in property name is never a key.
  .refine((k) => !(k in Object.prototype), "This key is reserved");

const optionSchema = z.object({
  key,
  label: plainString("An option label").trim().min(1, "Every option needs a label").max(200),
  /** Points 0–100 this option earns for the question. */
  score: z.number().int("Scores are whole numbers").min(0, "Scores are 0–100").max(100, "Scores are 0–100"),
});

const conditionSchema = z.object({
  /** An earlier question of type yes/no, single or multiple choice. */
  questionKey: key,
  /** The option (for yes/no: "yes" or "no") that makes this question appear. */
  equals: key,
});

export const questionSchema = z.object({
  key,
  text: plainString("The question text").trim().min(1, "Every question needs its text").max(1000),
  help: plainString("The help text").trim().max(2000).optional(),
  type: z.enum(QUESTION_TYPES),
  options: z.array(optionSchema).max(20).default([]),
  /** 0 = not scored; otherwise the question's share within its domain. */
  weight: z.number().int().min(0, "Weight is 0–10").max(10, "Weight is 0–10"),
  required: z.boolean(),
  domain: z.enum(CONTROL_DOMAIN_KEYS),
  evidenceRequired: z.boolean(),
  condition: conditionSchema.optional(),
});

export const sectionSchema = z.object({
  key,
  title: plainString("The section title").trim().min(1, "Every section needs a title").max(200),
  description: plainString("The section description").trim().max(2000).optional(),
  questions: z.array(questionSchema).min(1, "A section needs at least one question").max(100),
});

export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Section = z.infer<typeof sectionSchema>;

/** The rules that span questions: unique keys, options that fit the type, conditions on earlier choice questions. */
export const templateContentSchema = z
  .object({ sections: z.array(sectionSchema).min(1, "A template needs at least one section").max(50) })
  .superRefine((content, ctx) => {
    const seen = new Map<string, Question>();
    const sectionKeys = new Set<string>();
    content.sections.forEach((section, s) => {
      if (sectionKeys.has(section.key)) ctx.addIssue({ code: "custom", path: ["sections", s, "key"], message: `Section key "${section.key}" is used twice` });
      sectionKeys.add(section.key);
      section.questions.forEach((q, i) => {
        const path = ["sections", s, "questions", i];
        if (seen.has(q.key)) ctx.addIssue({ code: "custom", path: [...path, "key"], message: `Question key "${q.key}" is used twice` });
        if (q.type === "YES_NO") {
          const keys = q.options.map((o) => o.key).sort().join(",");
          if (keys !== "no,yes") ctx.addIssue({ code: "custom", path: [...path, "options"], message: "A yes/no question has exactly the options yes and no" });
        } else if (q.type === "SINGLE_CHOICE" || q.type === "MULTIPLE_CHOICE") {
          if (q.options.length < 2) ctx.addIssue({ code: "custom", path: [...path, "options"], message: "A choice question needs at least two options" });
          if (new Set(q.options.map((o) => o.key)).size !== q.options.length)
            ctx.addIssue({ code: "custom", path: [...path, "options"], message: "Option keys must differ" });
          if (q.options.some((o) => o.key === "na"))
            ctx.addIssue({ code: "custom", path: [...path, "options"], message: 'The option key "na" is reserved for "not applicable"' });
        } else if (q.options.length) {
          ctx.addIssue({ code: "custom", path: [...path, "options"], message: "Only choice questions have options" });
        }
        if (q.condition) {
          const source = seen.get(q.condition.questionKey);
          if (!source) {
            ctx.addIssue({ code: "custom", path: [...path, "condition"], message: "A condition must refer to an earlier question" });
          } else if (!SCORED_TYPES.includes(source.type)) {
            ctx.addIssue({ code: "custom", path: [...path, "condition"], message: "A condition must refer to a yes/no or choice question" });
          } else if (!source.options.some((o) => o.key === q.condition!.equals)) {
            ctx.addIssue({ code: "custom", path: [...path, "condition"], message: `"${q.condition.equals}" is not an option of ${source.key}` });
          }
        }
        seen.set(q.key, q);
      });
    });
  });

export type TemplateContent = z.infer<typeof templateContentSchema>;

/** The JSON file a template is exported to and imported from. */
export const templateFileSchema = z.object({
  format: z.literal("chainward-questionnaire-template"),
  formatVersion: z.literal(1),
  name: plainString("The template name").trim().min(1).max(200),
  description: plainString("The template description").trim().max(2000).optional(),
  content: templateContentSchema,
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

export const allQuestions = (content: TemplateContent) => content.sections.flatMap((s) => s.questions);

export const yesNoOptions = (yesScore = 100, noScore = 0): Option[] => [
  { key: "yes", label: "Yes", score: yesScore },
  { key: "no", label: "No", score: noScore },
];
