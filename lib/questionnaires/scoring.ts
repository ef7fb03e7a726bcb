// The assessment score: per control domain and overall, 0–100, with the arithmetic kept so the page can show how it
// was computed. Only visible yes/no and choice questions with a weight count; "not applicable" leaves the question
// out; an unanswered question counts with its weight and no points (silence earns nothing).
import { NOT_APPLICABLE, own, visibleQuestionKeys, type AnswerMap } from "./answers";
import { CONTROL_DOMAINS, type ControlDomain } from "./domains";
import { SCORED_TYPES, allQuestions, type Question, type TemplateContent } from "./template-schema";

export interface ScoredQuestion {
  questionKey: string;
  domain: ControlDomain;
  weight: number;
  /** 0–100 points the answer earned; null when not applicable (left out). */
  points: number | null;
}

export interface DomainScore {
  domain: ControlDomain;
  label: string;
  /** Sum of weight × points / 100 over counted questions. */
  earned: number;
  /** Sum of the counted questions' weights. */
  possible: number;
  counted: number;
  /** earned / possible × 100, or null when nothing counted. */
  score: number | null;
}

export interface AssessmentScore {
  overall: number | null;
  domains: DomainScore[];
  questions: ScoredQuestion[];
}

/** Points 0–100 for one answer; null for not applicable or a question that is not scored. */
export function answerPoints(question: Question, value: AnswerMap[string]): number | null {
  if (!SCORED_TYPES.includes(question.type) || question.weight === 0) return null;
  if (question.type === "YES_NO" && value === NOT_APPLICABLE) return null;
  const score = (key: string) => question.options.find((o) => o.key === key)?.score ?? 0;
  if (question.type === "MULTIPLE_CHOICE") {
    const chosen = Array.isArray(value) ? [...new Set(value)] : [];
    return Math.min(100, chosen.reduce((sum, key) => sum + score(key), 0));
  }
  return typeof value === "string" ? score(value) : 0;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreAssessment(content: TemplateContent, answers: AnswerMap): AssessmentScore {
  const visible = visibleQuestionKeys(content, answers);
  const questions: ScoredQuestion[] = [];
  for (const q of allQuestions(content)) {
    if (!visible.has(q.key) || !SCORED_TYPES.includes(q.type) || q.weight === 0) continue;
    questions.push({ questionKey: q.key, domain: q.domain, weight: q.weight, points: answerPoints(q, own(answers, q.key)) });
  }
  const byDomain = new Map<ControlDomain, DomainScore>();
  for (const q of questions) {
    if (q.points === null) continue;
    const d = byDomain.get(q.domain) ?? { domain: q.domain, label: CONTROL_DOMAINS[q.domain].label, earned: 0, possible: 0, counted: 0, score: null };
    d.earned += (q.weight * q.points) / 100;
    d.possible += q.weight;
    d.counted += 1;
    byDomain.set(q.domain, d);
  }
  const domains = [...byDomain.values()]
    .map((d) => ({ ...d, earned: round1(d.earned), score: d.possible ? round1((d.earned / d.possible) * 100) : null }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const earned = [...byDomain.values()].reduce((s, d) => s + d.earned, 0);
  const possible = [...byDomain.values()].reduce((s, d) => s + d.possible, 0);
  return { overall: possible ? round1((earned / possible) * 100) : null, domains, questions };
}
