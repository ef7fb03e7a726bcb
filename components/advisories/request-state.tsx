import { Badge } from "@/components/ui/badge";
import type { RequestState } from "@/lib/advisories/advisories";

export const requestStateLabels: Record<RequestState, string> = {
  EXPOSED: "Affected, not patched",
  OVERDUE: "No answer, overdue",
  INVESTIGATING: "Investigating",
  NOT_ANSWERED: "No answer yet",
  PATCHED: "Patched",
  NOT_AFFECTED: "Not affected",
};

const tones = { EXPOSED: "red", OVERDUE: "red", INVESTIGATING: "amber", NOT_ANSWERED: "slate", PATCHED: "green", NOT_AFFECTED: "green" } as const;

export function RequestStateBadge({ state }: { state: RequestState }) {
  return <Badge tone={tones[state]}>{requestStateLabels[state]}</Badge>;
}

/** The states in the order a security manager reads them: worst first. */
export const REQUEST_STATES = Object.keys(requestStateLabels) as RequestState[];
