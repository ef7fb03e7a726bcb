import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { REQUEST_BODY_MAX_BYTES, REQUEST_BODY_OVERHEAD_BYTES, UPLOAD_LIMITS } from "./uploads";

// next.config.js is plain JavaScript (no declaration file).
const nextConfig = ((await import("../next.config.js" as string)) as { default: NextConfig }).default;

const bytes = (limit: unknown) => {
  const match = /^(\d+)mb$/i.exec(String(limit));
  return match ? Number(match[1]) * 1024 * 1024 : Number(limit);
};

describe("upload limits", () => {
  it("agree end to end: every file fits a request body with room to spare, and Next.js reads every body up to that limit", () => {
    for (const [form, limit] of Object.entries(UPLOAD_LIMITS)) expect(limit.maxBytes + REQUEST_BODY_OVERHEAD_BYTES, form).toBeLessThanOrEqual(REQUEST_BODY_MAX_BYTES);
    // Without proxyClientMaxBodySize, Next.js cuts a body off at 10 MB because proxy.ts exists.
    expect(bytes(nextConfig.experimental?.proxyClientMaxBodySize)).toBe(REQUEST_BODY_MAX_BYTES);
    expect(bytes(nextConfig.experimental?.serverActions?.bodySizeLimit)).toBe(REQUEST_BODY_MAX_BYTES);
  });
});
