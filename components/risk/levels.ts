// The risk levels as charts draw them: always in this order, critical first, each in its own colour. The colours keep
// at least 3:1 contrast against the page in light and dark mode and are clearly apart from each other (checked in
// levels.test.ts); every chart also names the level in its legend and table.
export const LEVEL_ORDER = ["critical", "high", "medium", "low"] as const;
export type Level = (typeof LEVEL_ORDER)[number];

export const LEVEL_COLOURS: Record<Level, string> = { critical: "#dc2626", high: "#ea580c", medium: "#a16207", low: "#059669" };

/** For chart legends: a series named after a level (or "critical vendors") sorts by the level, not alphabetically. */
export function levelRank(name: string): number {
  const index = LEVEL_ORDER.findIndex((level) => name.startsWith(level));
  return index === -1 ? LEVEL_ORDER.length : index;
}
