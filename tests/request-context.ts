// The request that server actions and route handlers read (headers, cookies, the session cookie's claims), for tests
// that call them directly. Each such test file mocks the Next.js and Auth.js modules with these:
//   vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
//   vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
//   vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);
// and signs in with signInAs(actor).
import type { Actor } from "@/lib/auth/guard";
import { createSession } from "@/lib/auth/session";
import { db } from "@/lib/db";

let claims: Record<string, unknown> | null = null;

/** The claims of the current fake session cookie (null: signed out). */
export const currentClaims = () => claims;

/** Starts a real session for the member and makes it the request's; null signs out. */
export async function signInAs(actor: Pick<Actor, "userId" | "membershipId"> | null) {
  if (!actor) return void (claims = null);
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
  const sessionId = await db().$transaction((tx) => createSession(tx, actor.userId, actor.membershipId));
  claims = { userId: actor.userId, membershipId: actor.membershipId, sessionVersion: user.sessionVersion, sessionId };
}

export const nextHeaders = {
  headers: async () => new Headers({ host: "chainward.test", origin: "http://chainward.test", "x-forwarded-for": "192.0.2.10" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
};

export const nextCache = { revalidatePath: () => undefined, revalidateTag: () => undefined };

export const authIndex = {
  sessionClaims: async () => claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
  RateLimitedSignIn: class extends Error {},
  RateLimitedAddress: class extends Error {},
  sessionCookie: () => ({}),
};
