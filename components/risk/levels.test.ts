import { describe, expect, it } from "vitest";
import { LEVEL_COLOURS, LEVEL_ORDER, levelRank } from "./levels";

const linear = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** CIE 1976 colour difference: above about 20 two colours read as different colours, not shades of one. */
const lab = (hex: string) => {
  const [r, g, b] = linear(hex) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + b * 0.0722, (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883].map(f) as [number, number, number];
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

describe("risk level colours", () => {
  it("keep 3:1 contrast against the light page (white) and the dark one (slate-900)", () => {
    for (const level of LEVEL_ORDER) {
      expect(contrast(LEVEL_COLOURS[level], "#ffffff"), level).toBeGreaterThanOrEqual(3);
      expect(contrast(LEVEL_COLOURS[level], "#0f172a"), level).toBeGreaterThanOrEqual(3);
    }
  });

  it("are four clearly different colours", () => {
    for (const [i, a] of LEVEL_ORDER.entries()) for (const b of LEVEL_ORDER.slice(i + 1)) expect(deltaE(LEVEL_COLOURS[a], LEVEL_COLOURS[b]), `${a} / ${b}`).toBeGreaterThan(20);
  });

  it("sort legends from critical to low, whatever the alphabet says", () => {
    expect(["low", "medium", "critical", "high"].sort((a, b) => levelRank(a) - levelRank(b))).toEqual(["critical", "high", "medium", "low"]);
    expect(["high vendors", "critical vendors", "average residual"].sort((a, b) => levelRank(a) - levelRank(b))).toEqual(["critical vendors", "high vendors", "average residual"]);
  });
});
