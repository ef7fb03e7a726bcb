import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clearLimit, consume, hit, isLimited } from "./rate-limit";

const limit = { max: 3, windowMs: 60_000 };
const key = () => `test:${randomBytes(4).toString("hex")}`;

describe("rate limit", () => {
  it("allows max attempts in a window, then refuses", async () => {
    const k = key();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consume(k, limit));
    expect(results).toEqual([true, true, true, false, false]);
    expect(await isLimited(k, limit)).toBe(true);
  });

  it("starts a new window once the old one has passed", async () => {
    const k = key();
    const t0 = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 3; i++) await hit(k, limit, t0);
    expect(await isLimited(k, limit, new Date(t0.getTime() + 1_000))).toBe(true);
    const later = new Date(t0.getTime() + limit.windowMs + 1);
    expect(await isLimited(k, limit, later)).toBe(false);
    expect(await hit(k, limit, later)).toBe(1);
  });

  it("counts concurrent attempts exactly once each", async () => {
    const k = key();
    const counts = await Promise.all(Array.from({ length: 6 }, () => hit(k, { max: 100, windowMs: 60_000 })));
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("forgets a key when cleared", async () => {
    const k = key();
    for (let i = 0; i < 4; i++) await hit(k, limit);
    await clearLimit(k);
    expect(await isLimited(k, limit)).toBe(false);
  });
});
