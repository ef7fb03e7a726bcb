// The session cookie is decrypted once and then remembered: the remembered claims must be exactly what decryption
// gives, never outlive the cookie's expiry, and never be handed out for a cookie that does not decrypt.
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

let cookie: string | undefined;
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "chainward.test" }),
  cookies: async () => ({ get: (name: string) => (name === "chainward.session" && cookie ? { name, value: cookie } : undefined) }),
}));

const { sessionClaims } = await import("./index");
const { authSecret } = await import("./secret");

const token = (claims: Record<string, unknown>, maxAge = 3600) =>
  encode({ token: claims, secret: authSecret(), salt: "chainward.session", maxAge });

describe("session cookie claims", () => {
  beforeEach(() => {
    cookie = undefined;
    vi.useRealTimers();
  });

  it("reads the ids the sign-in put in the cookie, the same on the second request", async () => {
    cookie = await token({ sub: "u1", mid: "m1", sv: 3, sid: "s1" });
    const expected = { userId: "u1", membershipId: "m1", sessionVersion: 3, sessionId: "s1" };
    expect(await sessionClaims()).toEqual(expected);
    expect(await sessionClaims()).toEqual(expected);
    cookie = await token({ sub: "u2", mid: "m2", sv: 1, sid: "s2" });
    expect((await sessionClaims())?.sessionId).toBe("s2");
  });

  it("no claims without a cookie, for a forged or altered one, or one encrypted with another secret", async () => {
    expect(await sessionClaims()).toBeNull();
    cookie = "not-a-token";
    expect(await sessionClaims()).toBeNull();
    const real = await token({ sub: "u1", mid: "m1", sv: 1, sid: "s1" });
    cookie = real.slice(0, -4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionClaims()).toBeNull();
    cookie = await encode({ token: { sub: "u1", mid: "m1", sv: 1, sid: "s1" }, secret: "another-secret-0123456789abcdef0123", salt: "chainward.session" });
    expect(await sessionClaims()).toBeNull();
  });

  it("a remembered cookie stops counting when it expires (decryption allows 15 s of clock skew)", async () => {
    cookie = await token({ sub: "u1", mid: "m1", sv: 1, sid: "s1" }, 60);
    expect(await sessionClaims()).not.toBeNull();
    vi.useFakeTimers({ now: Date.now() + 90_000, toFake: ["Date"] });
    expect(await sessionClaims()).toBeNull();
  });
});
