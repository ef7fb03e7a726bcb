import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerValueSchema,
  formatAnswer,
  isAnswered,
  missingForSubmission,
  sectionProgress,
  visibleQuestionKeys,
  type AnswerMap,
  type AnswerValue,
} from "./answers";
import { CONTROL_DOMAIN_KEYS, type ControlDomain } from "./domains";
import { answerPoints, scoreAssessment } from "./scoring";
import {
  QUESTION_TYPES,
  SCORED_TYPES,
  allQuestions,
  templateContentSchema,
  yesNoOptions,
  type Option,
  type Question,
  type QuestionType,
  type TemplateContent,
} from "./template-schema";

const NUM_RUNS = 300;

// ---------------------------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Keys the schema accepts: not the names of Object.prototype properties ("constructor"), which would find inherited
 * values in plain-object answer maps, and for choice options not "na", reserved for "not applicable".
 */
const keyArb = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
const questionKeyArb = fc.oneof(fc.constantFrom("mfa", "backups", "q1", "q2"), keyArb).filter((k) => !(k in Object.prototype));
const optionKeyArb = fc.oneof(fc.constantFrom("yes", "no", "a", "b", "c", "opt_1"), keyArb).filter((k) => k !== "na");

const scoreArb = fc.oneof(fc.constantFrom(0, 100), fc.integer({ min: 0, max: 100 }));
const weightArb = fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 4 });

interface QuestionSpec {
  type: QuestionType;
  weight: number;
  required: boolean;
  evidenceRequired: boolean;
  domain: ControlDomain;
  yesNo: [number, number];
  choices: { key: string; score: number }[];
  help: string | null;
  /** Indices resolved against the earlier yes/no and choice questions when the template is built. */
  condition: { source: number; option: number } | null;
}

const questionSpecArb: fc.Arbitrary<QuestionSpec> = fc.record({
  type: fc.constantFrom(...QUESTION_TYPES),
  weight: weightArb,
  required: fc.boolean(),
  evidenceRequired: fc.boolean(),
  domain: fc.constantFrom(...CONTROL_DOMAIN_KEYS),
  yesNo: fc.tuple(scoreArb, scoreArb),
  choices: fc.uniqueArray(fc.record({ key: optionKeyArb, score: scoreArb }), { minLength: 2, maxLength: 5, selector: (o) => o.key }),
  help: fc.option(fc.constantFrom("Some help.", "Describe the process."), { nil: null }),
  condition: fc.option(fc.record({ source: fc.nat(30), option: fc.nat(10) }), { freq: 2, nil: null }),
});

const isChoice = (type: QuestionType) => type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE";

function buildQuestion(spec: QuestionSpec, key: string, earlier: readonly Question[]): Question {
  const options: Option[] =
    spec.type === "YES_NO" ? yesNoOptions(...spec.yesNo) : isChoice(spec.type) ? spec.choices.map((o) => ({ key: o.key, label: `Option ${o.key}`, score: o.score })) : [];
  const question: Question = {
    key,
    text: `Question ${key}`,
    type: spec.type,
    options,
    weight: spec.weight,
    required: spec.required,
    domain: spec.domain,
    evidenceRequired: spec.evidenceRequired,
  };
  if (spec.help) question.help = spec.help;
  if (spec.condition) {
    const sources = earlier.filter((q) => SCORED_TYPES.includes(q.type));
    if (sources.length) {
      const source = sources[spec.condition.source % sources.length]!;
      const option = source.options[spec.condition.option % source.options.length]!;
      question.condition = { questionKey: source.key, equals: option.key };
    }
  }
  return question;
}

const MAX_SECTIONS = 4;
const MAX_QUESTIONS = 6;

/** Valid template content: 1–4 sections of 1–6 questions, unique keys, conditions only on earlier choice questions. */
const templateArb: fc.Arbitrary<TemplateContent> = fc
  .tuple(
    fc.array(fc.array(questionSpecArb, { minLength: 1, maxLength: MAX_QUESTIONS }), { minLength: 1, maxLength: MAX_SECTIONS }),
    fc.uniqueArray(questionKeyArb, { minLength: MAX_SECTIONS * MAX_QUESTIONS, maxLength: MAX_SECTIONS * MAX_QUESTIONS }),
  )
  .map(([sections, keys]) => {
    const built: Question[] = [];
    return {
      sections: sections.map((specs, s) => ({
        key: `section-${s}`,
        title: `Section ${s + 1}`,
        questions: specs.map((spec) => {
          const question = buildQuestion(spec, keys[built.length]!, built);
          built.push(question);
          return question;
        }),
      })),
    };
  });

/** Keeps the generators honest: the content passes the schema and parsing changes nothing. */
function expectValidTemplate(content: TemplateContent) {
  const parsed = templateContentSchema.safeParse(content);
  if (!parsed.success) throw new Error(`Generated an invalid template: ${JSON.stringify(parsed.error.issues)}`);
  expect(parsed.data).toEqual(content);
}

function valueArb(question: Question): fc.Arbitrary<AnswerValue> | null {
  const keys = question.options.map((o) => o.key);
  switch (question.type) {
    case "YES_NO":
      return fc.constantFrom("yes", "no", "na");
    case "SINGLE_CHOICE":
      return fc.constantFrom(...keys);
    case "MULTIPLE_CHOICE":
      return fc.shuffledSubarray(keys);
    case "TEXT":
      return fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("", "   ", "yes", "na"));
    case "NUMBER":
      return fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e12, max: 1e12, noNaN: true }));
    case "DATE":
      return fc
        .date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case "FILE":
      return null;
  }
}

/** Per question: no key, null (a cleared answer) or a value of the question's type. FILE questions have no value. */
function answersArb(content: TemplateContent): fc.Arbitrary<Record<string, AnswerValue | null>> {
  const questions = allQuestions(content);
  return fc
    .tuple(
      ...questions.map((q) => {
        const value = valueArb(q);
        if (!value) return fc.constant(undefined);
        return fc.oneof({ arbitrary: fc.constantFrom(undefined, null), weight: 1 }, { arbitrary: value, weight: 3 });
      }),
    )
    .map((values) => {
      const answers: Record<string, AnswerValue | null> = {};
      questions.forEach((q, i) => {
        const v = values[i];
        if (v !== undefined) answers[q.key] = v;
      });
      return answers;
    });
}

function evidenceArb(content: TemplateContent): fc.Arbitrary<Record<string, number>> {
  const questions = allQuestions(content);
  return fc.tuple(...questions.map(() => fc.option(fc.nat(2), { nil: undefined }))).map((counts) => {
    const evidence: Record<string, number> = {};
    questions.forEach((q, i) => {
      const n = counts[i];
      if (n !== undefined) evidence[q.key] = n;
    });
    return evidence;
  });
}

/** Keeps the answer generator honest: every generated value passes its question's answer schema. */
function expectValidAnswers(content: TemplateContent, answers: AnswerMap) {
  for (const q of allQuestions(content)) {
    const value = own(answers, q.key);
    if (value === undefined) continue;
    const parsed = answerValueSchema(q).safeParse(value);
    if (!parsed.success) throw new Error(`Generated an invalid answer for ${q.key} (${q.type}): ${JSON.stringify(value)}`);
  }
}

interface Scenario {
  content: TemplateContent;
  answers: Record<string, AnswerValue | null>;
  evidence: Record<string, number>;
}

const scenarioArb: fc.Arbitrary<Scenario> = templateArb.chain((content) =>
  fc.record({ content: fc.constant(content), answers: answersArb(content), evidence: evidenceArb(content) }),
);

/** Checks the generated scenario before a property looks at it. */
function honest({ content, answers }: Scenario) {
  expectValidTemplate(content);
  expectValidAnswers(content, answers);
}

// ---------------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------------

const referencedKeys = (content: TemplateContent) => new Set(allQuestions(content).flatMap((q) => (q.condition ? [q.condition.questionKey] : [])));

const withoutKey = <T,>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

const mapQuestions = (content: TemplateContent, f: (q: Question) => Question): TemplateContent => ({
  sections: content.sections.map((s) => ({ ...s, questions: s.questions.map(f) })),
});

/** A record's own entry, never one inherited from Object.prototype. */
const own = <T,>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

const isScored = (q: Question) => SCORED_TYPES.includes(q.type) && q.weight > 0;

/** The most points the question can earn: the best option, or for a multiple choice all options (capped at 100). */
const maxPoints = (q: Question) =>
  q.type === "MULTIPLE_CHOICE" ? Math.min(100, q.options.reduce((s, o) => s + o.score, 0)) : Math.max(...q.options.map((o) => o.score));

const bestAnswer = (q: Question): AnswerValue =>
  q.type === "MULTIPLE_CHOICE" ? q.options.map((o) => o.key) : q.options.reduce((a, b) => (b.score > a.score ? b : a)).key;

/** A question with a single-choice/yes-no/text/... shape, for the example-based tests. */
function question(key: string, type: QuestionType, overrides: Partial<Question> = {}): Question {
  return {
    key,
    text: `Question ${key}`,
    type,
    options: type === "YES_NO" ? yesNoOptions() : [],
    weight: SCORED_TYPES.includes(type) ? 1 : 0,
    required: false,
    domain: "GOVERNANCE",
    evidenceRequired: false,
    ...overrides,
  };
}

function template(...questions: Question[]): TemplateContent {
  const content = { sections: [{ key: "main", title: "Main", questions }] };
  expectValidTemplate(content);
  return content;
}

// ---------------------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------------------

describe("scoring properties", () => {
  it("generates only valid templates and answers", () => {
    fc.assert(fc.property(scenarioArb, honest), { numRuns: NUM_RUNS });
  });

  it("1. keeps every score within 0–100 and earned within possible", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        honest(scenario);
        const score = scoreAssessment(scenario.content, scenario.answers);
        if (score.overall !== null) {
          expect(score.overall).toBeGreaterThanOrEqual(0);
          expect(score.overall).toBeLessThanOrEqual(100);
        }
        for (const d of score.domains) {
          if (d.score !== null) {
            expect(d.score).toBeGreaterThanOrEqual(0);
            expect(d.score).toBeLessThanOrEqual(100);
          }
          expect(d.earned).toBeGreaterThanOrEqual(0);
          expect(d.earned).toBeLessThanOrEqual(d.possible);
          // A domain is listed only when something counted in it.
          expect(d.counted).toBeGreaterThan(0);
          expect(d.possible).toBeGreaterThan(0);
        }
        expect(new Set(score.domains.map((d) => d.domain)).size).toBe(score.domains.length);
        for (const q of score.questions) {
          if (q.points === null) continue;
          expect(q.points).toBeGreaterThanOrEqual(0);
          expect(q.points).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("2. removing the answer to an optional question no condition refers to never raises the overall score", () => {
    // Removing q's answer changes nothing but q's own contribution (no condition names q, so visibility is unchanged):
    // - q not scored (wrong type, weight 0) or hidden: the score is identical;
    // - q answered with p points: it keeps its weight and drops to 0 points, so earned falls and possible stays;
    // - q answered "na": it was left out and now counts with its weight and 0 points, so possible grows and earned
    //   stays. If nothing else counted, overall goes from null to 0.
    // Hence: with-answer null ⇒ without-answer null or 0; with-answer a number ⇒ without-answer a number ≤ it (round1 is
    // monotone, so rounding keeps the order). Whether q is required plays no part in scoring; the restriction to optional
    // questions only reflects that a required question cannot stay unanswered at submission.
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        honest(scenario);
        const { content, answers } = scenario;
        const referenced = referencedKeys(content);
        const withAnswer = scoreAssessment(content, answers);
        for (const q of allQuestions(content)) {
          if (q.required || referenced.has(q.key)) continue;
          const without = scoreAssessment(content, withoutKey(answers, q.key));
          if (withAnswer.overall === null) {
            expect([null, 0]).toContain(without.overall);
          } else {
            expect(without.overall).not.toBeNull();
            expect(without.overall!).toBeLessThanOrEqual(withAnswer.overall);
          }
          // The same holds for q's own domain; every other domain is untouched.
          const before = withAnswer.domains.find((d) => d.domain === q.domain);
          const after = without.domains.find((d) => d.domain === q.domain);
          if (before) expect(after!.score!).toBeLessThanOrEqual(before.score!);
          else if (after) expect(after.score).toBe(0);
          expect(without.domains.filter((d) => d.domain !== q.domain)).toEqual(withAnswer.domains.filter((d) => d.domain !== q.domain));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("3. only visible questions are ever missing, and hidden ones never are even when required", () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (scenario, allRequired) => {
        honest(scenario);
        const content = allRequired ? mapQuestions(scenario.content, (q) => ({ ...q, required: true })) : scenario.content;
        const { answers, evidence } = scenario;
        const visible = visibleQuestionKeys(content, answers);
        const missing = missingForSubmission(content, answers, evidence);
        for (const m of missing) expect(visible).toContain(m.questionKey);
        // No question is listed twice.
        expect(new Set(missing.map((m) => m.questionKey)).size).toBe(missing.length);
        const missingKeys = new Set(missing.map((m) => m.questionKey));
        for (const q of allQuestions(content)) {
          if (!visible.has(q.key)) {
            expect(missingKeys.has(q.key)).toBe(false);
          } else if (q.required && !isAnswered(q, own(answers, q.key), own(evidence, q.key) ?? 0)) {
            // Completeness: an unanswered visible required question is always reported.
            expect(missing).toContainEqual({ questionKey: q.key, reason: "required" });
          }
        }
        // Visibility is closed under conditions: a visible conditional question's source is visible and answered so.
        for (const q of allQuestions(content)) {
          if (!q.condition || !visible.has(q.key)) continue;
          expect(visible).toContain(q.condition.questionKey);
          const source = answers[q.condition.questionKey];
          expect(Array.isArray(source) ? source.includes(q.condition.equals) : source === q.condition.equals).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("4a. does not depend on the order of the keys in the answer object", () => {
    const arb = scenarioArb.chain((scenario) => {
      const entries = Object.entries(scenario.answers);
      return fc.record({ scenario: fc.constant(scenario), shuffled: fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }) });
    });
    fc.assert(
      fc.property(arb, ({ scenario, shuffled }) => {
        honest(scenario);
        const reordered = Object.fromEntries(shuffled);
        expect(Object.keys(reordered).sort()).toEqual(Object.keys(scenario.answers).sort());
        expect(scoreAssessment(scenario.content, reordered)).toEqual(scoreAssessment(scenario.content, scenario.answers));
        expect(visibleQuestionKeys(scenario.content, reordered)).toEqual(visibleQuestionKeys(scenario.content, scenario.answers));
        expect(missingForSubmission(scenario.content, reordered, scenario.evidence)).toEqual(missingForSubmission(scenario.content, scenario.answers, scenario.evidence));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("4b. scores a multiple choice the same whatever the order of the chosen keys and with duplicates", () => {
    const arb = scenarioArb.chain((scenario) => {
      const multi = allQuestions(scenario.content).filter((q) => q.type === "MULTIPLE_CHOICE" && Array.isArray(scenario.answers[q.key]));
      const rearranged = multi.map((q) => {
        const chosen = scenario.answers[q.key] as string[];
        // A permutation of the chosen keys with some of them repeated, in random order.
        return fc
          .subarray(chosen)
          .map((dupes) => [...chosen, ...dupes])
          .chain((all) => fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }))
          .map((value) => [q.key, value] as const);
      });
      return fc.record({ scenario: fc.constant(scenario), rearranged: fc.tuple(...rearranged) });
    });
    fc.assert(
      fc.property(arb, ({ scenario, rearranged }) => {
        honest(scenario);
        const answers = { ...scenario.answers, ...Object.fromEntries(rearranged) };
        expect(scoreAssessment(scenario.content, answers)).toEqual(scoreAssessment(scenario.content, scenario.answers));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("5. best answers earn 100 when every scored question can reach 100, and never more", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        honest(scenario);
        const { content } = scenario;
        // Weight-0 choice questions keep their random answers (they still steer conditions); scored ones get the best.
        const answers: Record<string, AnswerValue | null> = { ...scenario.answers };
        for (const q of allQuestions(content)) if (isScored(q)) answers[q.key] = bestAnswer(q);
        const visible = visibleQuestionKeys(content, answers);
        const scored = allQuestions(content).filter((q) => isScored(q) && visible.has(q.key));
        const score = scoreAssessment(content, answers);
        // Every visible scored question earns its maximum.
        expect(score.questions).toEqual(scored.map((q) => ({ questionKey: q.key, domain: q.domain, weight: q.weight, points: maxPoints(q) })));
        if (scored.length === 0) {
          expect(score.overall).toBeNull();
        } else if (scored.every((q) => maxPoints(q) === 100)) {
          expect(score.overall).toBe(100);
          for (const d of score.domains) expect(d.score).toBe(100);
        } else {
          expect(score.overall).not.toBeNull();
          expect(score.overall!).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('6. "not applicable" on a yes/no question equals giving that question weight 0', () => {
    // The brief asks for this only where no condition refers to the question; it holds for every yes/no question,
    // since a condition names "yes" or "no" and "na" never matches it, so dependants are hidden in both variants.
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        honest(scenario);
        const { content, answers } = scenario;
        const referenced = referencedKeys(content);
        for (const q of allQuestions(content)) {
          if (q.type !== "YES_NO") continue;
          const na = { ...answers, [q.key]: "na" };
          const unweighted = mapQuestions(content, (other) => (other.key === q.key ? { ...other, weight: 0 } : other));
          expectValidTemplate(unweighted);
          const a = scoreAssessment(content, na);
          const b = scoreAssessment(unweighted, na);
          expect(b.overall).toBe(a.overall);
          expect(b.domains).toEqual(a.domains);
          expect(b.questions).toEqual(a.questions.filter((s) => s.questionKey !== q.key));
          // With weight 0 the question's answer no longer matters at all (when nothing depends on it).
          if (!referenced.has(q.key)) expect(scoreAssessment(unweighted, withoutKey(answers, q.key))).toEqual(b);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------------------------------------------------

describe("scoreAssessment examples", () => {
  it("computes a worked example across two domains", () => {
    const content = template(
      question("policy", "YES_NO", { weight: 3 }),
      question("risk", "SINGLE_CHOICE", {
        weight: 2,
        options: [
          { key: "full", label: "Full", score: 100 },
          { key: "partial", label: "Partial", score: 50 },
          { key: "none", label: "None", score: 0 },
        ],
      }),
      question("channels", "MULTIPLE_CHOICE", {
        weight: 4,
        domain: "INCIDENT",
        options: [
          { key: "mail", label: "Mail", score: 30 },
          { key: "phone", label: "Phone", score: 30 },
          { key: "portal", label: "Portal", score: 60 },
        ],
      }),
      question("drills", "YES_NO", { weight: 1, domain: "INCIDENT" }),
      question("contact", "YES_NO", { weight: 2, domain: "INCIDENT" }),
      question("notes", "TEXT", { weight: 5, domain: "INCIDENT" }),
      question("owner", "YES_NO", { weight: 0 }),
    );
    // GOVERNANCE: policy yes → 3 × 100/100 = 3; risk partial → 2 × 50/100 = 1; owner has weight 0.
    //   earned 4 of 5 → 80.
    // INCIDENT: channels mail+phone → 30+30 = 60 points → 4 × 0.6 = 2.4; drills "na" → left out; contact unanswered →
    //   0 of 2; notes is text, never scored. earned 2.4 of 6 → 40.
    // Overall: (4 + 2.4) / (5 + 6) = 6.4 / 11 = 58.18… → 58.2.
    const score = scoreAssessment(content, { policy: "yes", risk: "partial", channels: ["mail", "phone"], drills: "na", notes: "we do", owner: "no" });
    expect(score.overall).toBe(58.2);
    expect(score.domains).toEqual([
      { domain: "GOVERNANCE", label: "Governance and risk management", earned: 4, possible: 5, counted: 2, score: 80 },
      { domain: "INCIDENT", label: "Incident handling and notification", earned: 2.4, possible: 6, counted: 2, score: 40 },
    ]);
    expect(score.questions).toEqual([
      { questionKey: "policy", domain: "GOVERNANCE", weight: 3, points: 100 },
      { questionKey: "risk", domain: "GOVERNANCE", weight: 2, points: 50 },
      { questionKey: "channels", domain: "INCIDENT", weight: 4, points: 60 },
      { questionKey: "drills", domain: "INCIDENT", weight: 1, points: null },
      { questionKey: "contact", domain: "INCIDENT", weight: 2, points: 0 },
    ]);
  });

  it("is null when nothing counts", () => {
    const content = template(question("a", "YES_NO"), question("t", "TEXT"));
    expect(scoreAssessment(content, { a: "na", t: "x" })).toEqual({
      overall: null,
      domains: [],
      questions: [{ questionKey: "a", domain: "GOVERNANCE", weight: 1, points: null }],
    });
  });

  it("caps a multiple choice at 100 points and ignores unknown keys", () => {
    const q = question("m", "MULTIPLE_CHOICE", {
      options: [
        { key: "x", label: "X", score: 70 },
        { key: "y", label: "Y", score: 60 },
      ],
    });
    expect(answerPoints(q, ["x", "y"])).toBe(100);
    expect(answerPoints(q, ["x", "x"])).toBe(70);
    expect(answerPoints(q, ["zzz"])).toBe(0);
    expect(answerPoints(q, "x")).toBe(0);
    expect(answerPoints(q, undefined)).toBe(0);
  });

  it("hides a cascade of conditions (C needs B needs A) and leaves hidden answers out of the score", () => {
    const content = template(
      question("a", "YES_NO"),
      question("b", "YES_NO", { condition: { questionKey: "a", equals: "yes" }, required: true }),
      question("c", "YES_NO", { condition: { questionKey: "b", equals: "yes" }, required: true }),
    );
    expect([...visibleQuestionKeys(content, { a: "no", b: "yes", c: "yes" })]).toEqual(["a"]);
    expect([...visibleQuestionKeys(content, { a: "na" })]).toEqual(["a"]);
    expect([...visibleQuestionKeys(content, { a: "yes" })]).toEqual(["a", "b"]);
    expect([...visibleQuestionKeys(content, { a: "yes", b: "no", c: "yes" })]).toEqual(["a", "b"]);
    expect([...visibleQuestionKeys(content, { a: "yes", b: "yes" })]).toEqual(["a", "b", "c"]);
    // Stale answers to hidden questions neither count nor are asked for.
    expect(scoreAssessment(content, { a: "no", b: "yes", c: "yes" }).overall).toBe(0);
    expect(missingForSubmission(content, { a: "no", b: "yes" }, {})).toEqual([]);
    expect(missingForSubmission(content, { a: "yes", b: "yes" }, {})).toEqual([{ questionKey: "c", reason: "required" }]);
  });

  it("makes a question visible when a multiple-choice source includes the named option", () => {
    const content = template(
      question("m", "MULTIPLE_CHOICE", {
        options: [
          { key: "x", label: "X", score: 50 },
          { key: "y", label: "Y", score: 50 },
        ],
      }),
      question("follow", "TEXT", { condition: { questionKey: "m", equals: "y" } }),
    );
    expect(visibleQuestionKeys(content, { m: ["y", "x"] }).has("follow")).toBe(true);
    expect(visibleQuestionKeys(content, { m: ["x"] }).has("follow")).toBe(false);
    expect(visibleQuestionKeys(content, {}).has("follow")).toBe(false);
  });
});

describe("missingForSubmission evidence", () => {
  const content = template(question("backups", "YES_NO", { required: true, evidenceRequired: true }), question("file", "FILE", { required: true }));

  it('needs no evidence for "no" or "na"', () => {
    expect(missingForSubmission(content, { backups: "no" }, { file: 1 })).toEqual([]);
    expect(missingForSubmission(content, { backups: "na" }, { file: 1 })).toEqual([]);
  });

  it('asks for evidence after "yes" until a file is attached', () => {
    expect(missingForSubmission(content, { backups: "yes" }, { file: 1 })).toEqual([{ questionKey: "backups", reason: "evidence" }]);
    expect(missingForSubmission(content, { backups: "yes" }, { file: 1, backups: 0 })).toEqual([{ questionKey: "backups", reason: "evidence" }]);
    expect(missingForSubmission(content, { backups: "yes" }, { file: 1, backups: 1 })).toEqual([]);
  });

  it("reports a missing answer as required, not as evidence, and a FILE question by its files", () => {
    expect(missingForSubmission(content, {}, {})).toEqual([
      { questionKey: "backups", reason: "required" },
      { questionKey: "file", reason: "required" },
    ]);
    expect(missingForSubmission(content, { backups: null }, { file: 0 })).toEqual([
      { questionKey: "backups", reason: "required" },
      { questionKey: "file", reason: "required" },
    ]);
  });

  it("treats blank text and an empty selection as unanswered", () => {
    const c = template(
      question("t", "TEXT", { required: true }),
      question("m", "MULTIPLE_CHOICE", {
        required: true,
        options: [
          { key: "x", label: "X", score: 0 },
          { key: "y", label: "Y", score: 0 },
        ],
      }),
      question("n", "NUMBER", { required: true }),
    );
    expect(missingForSubmission(c, { t: "   ", m: [], n: 0 }, {})).toEqual([
      { questionKey: "t", reason: "required" },
      { questionKey: "m", reason: "required" },
    ]);
  });
});

describe("answerValueSchema", () => {
  const single = question("s", "SINGLE_CHOICE", {
    options: [
      { key: "a", label: "Alpha", score: 100 },
      { key: "b", label: "Beta", score: 0 },
    ],
  });
  const multi = { ...single, key: "m", type: "MULTIPLE_CHOICE" as const };

  it("refuses an option the question does not have", () => {
    expect(answerValueSchema(single).safeParse("a").success).toBe(true);
    expect(answerValueSchema(single).safeParse("c").success).toBe(false);
    expect(answerValueSchema(multi).safeParse(["a", "c"]).success).toBe(false);
    expect(answerValueSchema(question("yn", "YES_NO")).safeParse("maybe").success).toBe(false);
  });

  it("removes duplicate choices and accepts null to clear", () => {
    expect(answerValueSchema(multi).parse(["b", "a"])).toEqual(["b", "a"]);
    expect(answerValueSchema(multi).parse(["a", "a"])).toEqual(["a"]);
    expect(answerValueSchema(multi).parse(["a", "a", "a"])).toEqual(["a"]);
    expect(answerValueSchema(single).parse(null)).toBeNull();
  });

  it("refuses a typed value for a FILE question", () => {
    const file = question("f", "FILE");
    expect(answerValueSchema(file).safeParse("report.pdf").success).toBe(false);
    expect(answerValueSchema(file).safeParse(["report.pdf"]).success).toBe(false);
    expect(answerValueSchema(file).safeParse(null).success).toBe(true);
  });

  it("checks numbers and dates", () => {
    expect(answerValueSchema(question("n", "NUMBER")).safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(answerValueSchema(question("n", "NUMBER")).safeParse("3").success).toBe(false);
    expect(answerValueSchema(question("d", "DATE")).safeParse("2025-06-30").success).toBe(true);
    expect(answerValueSchema(question("d", "DATE")).safeParse("30.06.2025").success).toBe(false);
  });
});

describe("formatAnswer", () => {
  const yn = question("yn", "YES_NO");
  const multi = question("m", "MULTIPLE_CHOICE", {
    options: [
      { key: "a", label: "Alpha", score: 50 },
      { key: "b", label: "Beta", score: 50 },
    ],
  });

  it("shows labels, not keys", () => {
    expect(formatAnswer(yn, "yes")).toBe("Yes");
    expect(formatAnswer(yn, "no")).toBe("No");
    expect(formatAnswer(yn, "na")).toBe("Not applicable");
    expect(formatAnswer(multi, ["b", "a"])).toBe("Beta; Alpha");
    expect(formatAnswer({ ...multi, type: "SINGLE_CHOICE" }, "a")).toBe("Alpha");
  });

  it("falls back to the key for an unknown option and shows other values as they are", () => {
    expect(formatAnswer(multi, ["a", "gone"])).toBe("Alpha; gone");
    expect(formatAnswer(question("t", "TEXT"), "na")).toBe("na");
    expect(formatAnswer(question("n", "NUMBER"), 42.5)).toBe("42.5");
    expect(formatAnswer(question("d", "DATE"), "2025-06-30")).toBe("2025-06-30");
  });

  it("is empty for no answer", () => {
    expect(formatAnswer(yn, null)).toBe("");
    expect(formatAnswer(yn, undefined)).toBe("");
    expect(formatAnswer(multi, [])).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Regressions: keys that once confused scoring and the submission check.
// ---------------------------------------------------------------------------------------------------------------------

describe("reserved and prototype keys", () => {
  it('refuses "na" as a choice option key: it means "not applicable"', () => {
    const maturity: Question = {
      ...question("maturity", "SINGLE_CHOICE"),
      options: [
        { key: "full", label: "Fully implemented", score: 100 },
        { key: "na", label: "Nothing in place", score: 0 },
      ],
    };
    const parsed = templateContentSchema.safeParse({ sections: [{ key: "s", title: "S", questions: [maturity] }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('The option key "na" is reserved for "not applicable"');
  });

  it('refuses "constructor" as a key, and would still read no inherited answer for it', () => {
    expect(templateContentSchema.safeParse(template(question("ok", "TEXT"))).success).toBe(true);
    const content = { sections: [{ key: "s", title: "S", questions: [{ ...question("constructor", "TEXT"), required: true }] }] };
    expect(templateContentSchema.safeParse(content).error?.issues.map((i) => i.message)).toContain("This key is reserved");
    expect(missingForSubmission(content, {}, {})).toEqual([{ questionKey: "constructor", reason: "required" }]);
    expect(sectionProgress(content, {}, {})[0]!.answered).toBe(0);
  });

  it('a "yes" to an evidence-required question keyed "constructor" asks for evidence', () => {
    const content = { sections: [{ key: "s", title: "S", questions: [{ ...question("constructor", "YES_NO"), evidenceRequired: true }] }] };
    expect(missingForSubmission(content, { constructor: "yes" }, {})).toEqual([{ questionKey: "constructor", reason: "evidence" }]);
  });
});
