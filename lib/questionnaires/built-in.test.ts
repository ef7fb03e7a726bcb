import { describe, expect, it } from "vitest";
import type { AnswerMap, AnswerValue } from "./answers";
import { BUILT_IN_TEMPLATES, REMOTE_CHANNEL_KINDS, suggestedTemplateKeys, type BuiltInTemplate } from "./built-in";
import { scoreAssessment } from "./scoring";
import { allQuestions, templateContentSchema, type Question } from "./template-schema";

/** The answer that earns the most: every positive option of a multiple choice, otherwise the highest-scoring option. */
function bestAnswer(question: Question): AnswerValue | null {
  if (question.type === "MULTIPLE_CHOICE") return question.options.filter((o) => o.score > 0).map((o) => o.key);
  if (question.type === "YES_NO" || question.type === "SINGLE_CHOICE") {
    const best = question.options.reduce((a, b) => (b.score > a.score ? b : a));
    return best.key;
  }
  return null;
}

const byKey = (key: BuiltInTemplate["key"]) => {
  const template = BUILT_IN_TEMPLATES.find((t) => t.key === key);
  if (!template) throw new Error(`No built-in template ${key}`);
  return template;
};

describe("built-in questionnaire templates", () => {
  it("come in the documented order", () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.key)).toEqual(["nis2-baseline", "remote-access", "general-security"]);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.key, t] as const))("%s passes the template schema", (_key, template) => {
    const result = templateContentSchema.safeParse(template.content);
    if (!result.success) console.error(template.key, JSON.stringify(result.error.issues, null, 2));
    expect(result.success).toBe(true);
  });

  it("have unique keys and unique names", () => {
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.key)).size).toBe(BUILT_IN_TEMPLATES.length);
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.name)).size).toBe(BUILT_IN_TEMPLATES.length);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.key, t] as const))("%s uses at least one condition", (_key, template) => {
    expect(allQuestions(template.content).some((q) => q.condition)).toBe(true);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.key, t] as const))("%s weighs only scored question types", (_key, template) => {
    for (const q of allQuestions(template.content)) {
      if (!["YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE"].includes(q.type)) expect({ key: q.key, weight: q.weight }).toEqual({ key: q.key, weight: 0 });
    }
  });

  it("ask about remote access, MFA and the kill-switch test date for remote channels", () => {
    const questions = allQuestions(byKey("remote-access").content);
    const domains = new Set(questions.map((q) => q.domain));
    expect(domains).toContain("REMOTE_ACCESS");
    expect(domains).toContain("AUTHENTICATION");
    expect(questions.some((q) => q.type === "DATE")).toBe(true);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.key, t] as const))("%s scores 100 for the best answers", (_key, template) => {
    const answers: Record<string, AnswerValue> = {};
    for (const q of allQuestions(template.content)) {
      const value = bestAnswer(q);
      if (value !== null) answers[q.key] = value;
    }
    const score = scoreAssessment(template.content, answers as AnswerMap);
    expect(score.overall).toBe(100);
    for (const d of score.domains) expect({ domain: d.domain, score: d.score }).toEqual({ domain: d.domain, score: 100 });
  });
});

describe("suggestedTemplateKeys", () => {
  it("suggests the remote-access template first when a channel can reach in remotely", () => {
    expect(suggestedTemplateKeys(["API", "RMM"])).toEqual(["remote-access", "nis2-baseline"]);
    for (const kind of REMOTE_CHANNEL_KINDS) expect(suggestedTemplateKeys([kind])).toEqual(["remote-access", "nis2-baseline"]);
  });

  it("suggests the NIS-2 baseline for other channels", () => {
    expect(suggestedTemplateKeys(["API", "FILE_TRANSFER"])).toEqual(["nis2-baseline"]);
  });

  it("suggests the general assessment for a vendor without channels", () => {
    expect(suggestedTemplateKeys([])).toEqual(["general-security"]);
  });
});
