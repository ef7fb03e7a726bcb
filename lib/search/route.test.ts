// The command palette's endpoint, called as the browser calls it.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);

import { GET } from "@/app/api/search/route";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { signInAs } from "@/tests/request-context";
import type { SearchHit } from "./search";

const search = (q: string | null) => GET(new Request(`http://chainward.test/api/search${q === null ? "" : `?q=${encodeURIComponent(q)}`}`), {});
const outcome = async (q: string) => {
  try {
    return (await search(q)).status;
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
};

describe("GET /api/search", () => {
  it("answers staff with their own organization's records, and refuses a bad search with its reason", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const mine = await createVendor(org.id, "Harbourline Freight");
    await createVendor(other.id, "Harbourline Freight");
    await signInAs((await createMember(org.id, "EXECUTIVE")).actor);
    const response = await search("harbour");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const { hits } = (await response.json()) as { hits: SearchHit[] };
    expect(hits.map((h) => h.id)).toEqual([mine.id]);

    const empty = await search("  ");
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: "Type something to search for" });
    expect((await search(null)).status).toBe(400);
    expect((await search("x".repeat(101))).status).toBe(400);
  });

  it("turns away vendor contacts (404) and signed-out callers (sign-in)", async () => {
    const org = await createOrganization();
    const vendor = await createVendor(org.id, "Harbourline Freight");
    await signInAs((await createMember(org.id, "VENDOR", { vendorId: vendor.id })).actor);
    expect(await outcome("harbour")).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await signInAs(null);
    expect(await outcome("harbour")).toMatch(/NEXT_REDIRECT;.*\/sign-in/);
  });
});
