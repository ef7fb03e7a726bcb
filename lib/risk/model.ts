// The vendor risk model: a pure, deterministic function from a vendor's records to an explainable score.
// Documented in docs/risk-model.md; every weight is named here, nowhere else.
import type { DataSensitivity, Privilege, Severity, Substitutability, Tier } from "@/lib/generated/prisma/enums";
import { countOf } from "@/lib/format";

export interface ChannelRisk {
  /** The channel's record id (alarms and their acceptances refer to it); not used by the score. */
  id?: string;
  name: string;
  kindLabel: string;
  privilege: Privilege;
  canPushCode: boolean;
  mfaEnforced: boolean;
  alwaysOn: boolean;
  monitored: boolean;
  consoleInternetExposed: boolean;
  killSwitchTested: boolean;
  /** Criticality of each system the channel reaches. */
  systems: Tier[];
}

export interface RiskInputs {
  dataSensitivity: DataSensitivity;
  criticalFunction: boolean;
  substitutability: Substitutability | null;
  /** Enabled channels only. */
  channels: ChannelRisk[];
  /** Ledger entries currently in breach of the patch SLA. */
  slaBreaches: number;
  /** Known-exploited vulnerabilities in the vendor's products whose fix we have not deployed. */
  openKev: number;
  /** Questionnaire control score of the last completed assessment, 0 (no control passes) to 1 (all pass); null when never assessed. */
  controlScore: number | null;
  /** Findings still open or in remediation (accepted risks and resolved findings are not here). */
  openFindings: { severity: Severity; ageDays: number }[];
  /** Days since the vendor's next review fell due; 0 when it is not due yet (or never set). */
  reviewOverdueDays: number;
}

export const WEIGHTS = {
  version: "2026-11-questionnaires-1",
  data: { NONE: 0, INTERNAL: 10, CONFIDENTIAL: 20, PERSONAL: 25, SPECIAL_CATEGORY: 30 } satisfies Record<DataSensitivity, number>,
  criticalFunction: 15,
  substitutability: { EASY: 0, DIFFICULT: 5, IMPOSSIBLE: 10, unknown: 5 },
  privilege: { READ: 1, WRITE: 2, ADMIN: 3, CODE_EXECUTION: 4 } satisfies Record<Privilege, number>,
  systemCriticality: { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1 } satisfies Record<Tier, number>,
  accessMax: 45,
  accessScale: 40,
  baseLikelihood: 20,
  hygiene: { noMfa: 3, consoleExposed: 3, killSwitchUntested: 2, alwaysOn: 1, unmonitored: 1 },
  hygieneMax: 30,
  hygieneScale: 10,
  breachMax: 20,
  breachScale: 2,
  kevMax: 15,
  controlsMax: 20,
  neverAssessed: 10,
  /** Per open finding, doubled linearly over its first 180 days. */
  finding: { CRITICAL: 5, HIGH: 3, MEDIUM: 1.5, LOW: 0.5 } satisfies Record<Severity, number>,
  findingAgeDays: 180,
  findingsMax: 15,
  findingsScale: 6,
  staleMax: 10,
  staleScale: 90,
  levels: { critical: 50, high: 30, medium: 15 },
};

export type Weights = typeof WEIGHTS;

/**
 * What an organization's administrators may tune, and within which bounds (explained on the page /risks/model). Every
 * tunable is a maximum of a saturating part or a level threshold, so the score stays within 0–100 and every
 * monotonicity property of the model holds for any values inside the bounds.
 */
export const TUNABLE_BOUNDS = {
  criticalFunction: [0, 30],
  accessMax: [20, 60],
  hygieneMax: [10, 40],
  breachMax: [0, 30],
  kevMax: [0, 30],
  controlsMax: [0, 30],
  neverAssessed: [0, 30],
  findingsMax: [0, 30],
  staleMax: [0, 20],
  levelCritical: [35, 80],
  levelHigh: [20, 60],
  levelMedium: [5, 40],
} as const satisfies Record<string, readonly [number, number]>;

export type Tunables = Record<keyof typeof TUNABLE_BOUNDS, number>;

export const DEFAULT_TUNABLES: Tunables = {
  criticalFunction: WEIGHTS.criticalFunction,
  accessMax: WEIGHTS.accessMax,
  hygieneMax: WEIGHTS.hygieneMax,
  breachMax: WEIGHTS.breachMax,
  kevMax: WEIGHTS.kevMax,
  controlsMax: WEIGHTS.controlsMax,
  neverAssessed: WEIGHTS.neverAssessed,
  findingsMax: WEIGHTS.findingsMax,
  staleMax: WEIGHTS.staleMax,
  levelCritical: WEIGHTS.levels.critical,
  levelHigh: WEIGHTS.levels.high,
  levelMedium: WEIGHTS.levels.medium,
};

/** What each tunable value changes, in the words of the settings page and the in-app model page. */
export const TUNABLE_LABELS: Record<keyof Tunables, string> = {
  criticalFunction: "Impact: supports a critical or important function",
  accessMax: "Impact: reach of access channels (maximum)",
  hygieneMax: "Likelihood: channel hygiene gaps (maximum)",
  breachMax: "Likelihood: patch SLA breaches (maximum)",
  kevMax: "Likelihood: open known-exploited vulnerabilities (maximum)",
  controlsMax: "Likelihood: failed questionnaire controls (maximum)",
  neverAssessed: "Likelihood: never assessed",
  findingsMax: "Likelihood: open findings (maximum)",
  staleMax: "Likelihood: overdue reassessment (maximum)",
  levelCritical: "Residual score from which a vendor is critical",
  levelHigh: "Residual score from which a vendor is high",
  levelMedium: "Residual score from which a vendor is medium",
};

const monthYear = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * A weights version in words: "Standard weights of November 2026", or "Your organization's weights (revision 3, based on
 * the standard weights of November 2026)". Scores and snapshots keep the version code; people read this.
 */
export function weightsLabel(version: string): string {
  const [base = "", tuned] = version.split("/tuned-");
  const date = /^(\d{4})-(\d{2})-/.exec(base);
  const standard = date ? `standard weights of ${monthYear.format(new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, 1)))}` : `weights ${base}`;
  if (tuned === undefined) return standard.charAt(0).toUpperCase() + standard.slice(1);
  return `Your organization's weights (revision ${tuned}, based on the ${standard})`;
}

/** The weights an organization scores with: the defaults, its tuned values, and a version naming both. */
export function weightsFor(tuned: Partial<Tunables> | null, revision: number): Weights {
  if (!tuned) return WEIGHTS;
  const t = { ...DEFAULT_TUNABLES, ...tuned };
  const { levelCritical, levelHigh, levelMedium, ...maxima } = t;
  return { ...WEIGHTS, ...maxima, levels: { critical: levelCritical, high: levelHigh, medium: levelMedium }, version: `${WEIGHTS.version}/tuned-${revision}` };
}

export type RiskLevel = "critical" | "high" | "medium" | "low";

/** The level of a residual score under an organization's thresholds. */
export const levelOf = (residual: number, levels: Weights["levels"]): RiskLevel =>
  residual >= levels.critical ? "critical" : residual >= levels.high ? "high" : residual >= levels.medium ? "medium" : "low";

export interface RiskFactor {
  /** Points this factor adds to impact or likelihood. */
  points: number;
  part: "impact" | "likelihood";
  text: string;
}

export interface RiskScore {
  impact: number;
  likelihood: number;
  residual: number;
  level: RiskLevel;
  factors: RiskFactor[];
  weightsVersion: string;
}

/** Saturating curve: grows with x, never past max, so no single input can dominate without bound. */
const saturate = (max: number, x: number, scale: number) => max * (1 - Math.exp(-x / scale));
const round1 = (x: number) => Math.round(x * 10) / 10;

const isPrivileged = (c: ChannelRisk) => c.canPushCode || c.privilege === "ADMIN" || c.privilege === "CODE_EXECUTION";

function hygienePoints(c: ChannelRisk): number {
  const h = WEIGHTS.hygiene;
  return (c.mfaEnforced ? 0 : h.noMfa) + (c.consoleInternetExposed ? h.consoleExposed : 0) + (c.killSwitchTested ? 0 : h.killSwitchUntested) + (c.alwaysOn ? h.alwaysOn : 0) + (c.monitored ? 0 : h.unmonitored);
}

function describeChannel(c: ChannelRisk): string {
  const critical = c.systems.filter((s) => s === "CRITICAL").length;
  const verb = c.privilege === "CODE_EXECUTION" || c.canPushCode ? "can execute code on" : c.privilege === "ADMIN" ? "has admin access to" : c.privilege === "WRITE" ? "can change data on" : "can read";
  const gaps = [c.alwaysOn ? "always-on" : "", c.mfaEnforced ? "" : "without MFA"].filter(Boolean);
  const systems = `${countOf(c.systems.length, "system")}${critical ? `, ${critical} of them critical` : ""}`;
  return `${verb} ${systems}, through ${gaps[0] === "always-on" ? "an always-on" : /^[aeiou]/i.test(c.kindLabel) ? "an" : "a"} ${c.kindLabel} channel${gaps.includes("without MFA") ? " without MFA" : ""} (${c.name})`;
}

export function computeVendorRisk(input: RiskInputs, W: Weights = WEIGHTS): RiskScore {
  const factors: RiskFactor[] = [];

  // Impact: what the vendor could hurt.
  const data = W.data[input.dataSensitivity];
  if (data) factors.push({ part: "impact", points: data, text: `handles ${input.dataSensitivity.toLowerCase().replace("_", "-")} data` });
  const crit = input.criticalFunction ? W.criticalFunction : 0;
  if (crit) factors.push({ part: "impact", points: crit, text: "supports a critical or important function" });
  const subst = input.substitutability ? W.substitutability[input.substitutability] : W.substitutability.unknown;
  if (subst) factors.push({ part: "impact", points: subst, text: input.substitutability ? `is ${input.substitutability === "IMPOSSIBLE" ? "not substitutable" : "hard to replace"}` : "substitutability not assessed" });

  const reachOf = (c: ChannelRisk) => W.privilege[c.privilege] * Math.max(1, c.systems.reduce((sum, s) => sum + W.systemCriticality[s], 0));
  const totalReach = input.channels.reduce((sum, c) => sum + reachOf(c), 0);
  const access = saturate(W.accessMax, totalReach, W.accessScale);
  // Share the access points among channels by their reach, so the words name the channels that matter.
  for (const c of input.channels) {
    const share = totalReach ? (access * reachOf(c)) / totalReach : 0;
    if (share >= 0.5) factors.push({ part: "impact", points: share, text: describeChannel(c) });
  }
  const impact = Math.min(100, data + crit + subst + access);

  // Likelihood: how probable it is that this happens.
  const privileged = input.channels.filter(isPrivileged);
  const hygieneTotal = privileged.reduce((sum, c) => sum + hygienePoints(c), 0);
  const hygiene = saturate(W.hygieneMax, hygieneTotal, W.hygieneScale);
  for (const c of privileged) {
    const share = hygieneTotal ? (hygiene * hygienePoints(c)) / hygieneTotal : 0;
    const gaps = [
      c.mfaEnforced ? "" : "no MFA",
      c.consoleInternetExposed ? "console exposed to the internet" : "",
      c.killSwitchTested ? "" : "emergency disconnect never tested",
    ].filter(Boolean);
    if (share >= 0.5 && gaps.length) factors.push({ part: "likelihood", points: share, text: `${c.name}: ${gaps.join(", ")}` });
  }
  const breaches = saturate(W.breachMax, input.slaBreaches, W.breachScale);
  if (input.slaBreaches) factors.push({ part: "likelihood", points: breaches, text: countOf(input.slaBreaches, "patch SLA breach", "patch SLA breaches") });
  const kev = saturate(W.kevMax, input.openKev, 1);
  if (input.openKev) factors.push({ part: "likelihood", points: kev, text: `${countOf(input.openKev, "known-exploited vulnerability", "known-exploited vulnerabilities")} not patched` });
  const controls = input.controlScore == null ? W.neverAssessed : (1 - Math.min(1, Math.max(0, input.controlScore))) * W.controlsMax;
  if (controls) factors.push({ part: "likelihood", points: controls, text: input.controlScore == null ? "never assessed" : `questionnaire controls at ${Math.round(input.controlScore * 100)}%` });
  const findingPoints = input.openFindings.reduce((sum, f) => sum + W.finding[f.severity] * (1 + Math.min(Math.max(f.ageDays, 0), W.findingAgeDays) / W.findingAgeDays), 0);
  const findings = saturate(W.findingsMax, findingPoints, W.findingsScale);
  if (input.openFindings.length) {
    const serious = input.openFindings.filter((f) => f.severity === "CRITICAL" || f.severity === "HIGH").length;
    const oldest = Math.max(...input.openFindings.map((f) => f.ageDays));
    factors.push({
      part: "likelihood",
      points: findings,
      text: `${countOf(input.openFindings.length, "open finding")}${serious ? ` (${serious} critical or high)` : ""}, the oldest ${countOf(oldest, "day")} old`,
    });
  }
  const stale = saturate(W.staleMax, Math.max(0, input.reviewOverdueDays), W.staleScale);
  if (input.reviewOverdueDays > 0) factors.push({ part: "likelihood", points: stale, text: `reassessment overdue by ${countOf(input.reviewOverdueDays, "day")}` });
  const likelihood = Math.min(100, W.baseLikelihood + hygiene + breaches + kev + controls + findings + stale);

  const residual = Math.round((impact * likelihood) / 100);
  const level = levelOf(residual, W.levels);
  return {
    impact: round1(impact),
    likelihood: round1(likelihood),
    residual,
    level,
    factors: factors
      .map((f) => ({ ...f, points: round1(f.points) }))
      .sort((a, b) => b.points - a.points || a.text.localeCompare(b.text)),
    weightsVersion: W.version,
  };
}
