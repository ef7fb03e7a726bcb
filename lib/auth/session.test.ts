import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createOrganization, TEST_PASSWORD } from "@/tests/factories";
import { purgeSessions, resolveSession } from "./session";
import { authenticateWithPassword } from "./sign-in";

const timeouts = { idleMs: 60 * 60_000, absoluteMs: 12 * 3_600_000 };
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

async function signedIn(role: "ADMIN" | "SECURITY_MANAGER" = "SECURITY_MANAGER") {
  const org = await createOrganization();
  const member = await createMember(org.id, role);
  const result = await authenticateWithPassword(member.user.email, TEST_PASSWORD, null);
  if (!result.ok) throw new Error("sign-in failed");
  const session = await db().session.findUniqueOrThrow({ where: { id: result.claims.sessionId } });
  return { ...member, claims: result.claims, start: session.createdAt };
}

describe("server-side sessions", () => {
  it("live while used; ends after the idle timeout, and each request moves the idle clock", async () => {
    const { claims, start, membership } = await signedIn();
    expect((await resolveSession(claims, at(start, 59 * 60_000), timeouts))?.membershipId).toBe(membership.id);
    // That request was seen: another 59 minutes later the session still lives.
    expect((await resolveSession(claims, at(start, 118 * 60_000), timeouts))?.membershipId).toBe(membership.id);
    expect(await resolveSession(claims, at(start, 180 * 60_000), timeouts)).toBeNull();
    // Ended for good: the row is gone.
    expect(await db().session.count({ where: { id: claims.sessionId } })).toBe(0);
  });

  it("ends at the absolute timeout however busy", async () => {
    const { claims, start } = await signedIn();
    for (let minutes = 50; minutes < 12 * 60; minutes += 50) expect(await resolveSession(claims, at(start, minutes * 60_000), timeouts)).not.toBeNull();
    expect(await resolveSession(claims, at(start, 12 * 3_600_000 + 1000), timeouts)).toBeNull();
  });

  it("refuses forged or stale claims: another user's session id, an old session version, a removed membership", async () => {
    const a = await signedIn();
    const b = await signedIn();
    expect(await resolveSession({ ...a.claims, sessionId: b.claims.sessionId }, a.start, timeouts)).toBeNull();
    expect(await resolveSession({ ...a.claims, sessionId: undefined }, a.start, timeouts)).toBeNull();
    await db().user.update({ where: { id: a.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveSession(a.claims, a.start, timeouts)).toBeNull();
    expect(await resolveSession(b.claims, b.start, timeouts)).not.toBeNull();
    await db().membership.delete({ where: { id: b.membership.id } });
    expect(await resolveSession(b.claims, b.start, timeouts)).toBeNull();
  });

  it("the job purges sessions that can no longer be used", async () => {
    const { claims, start } = await signedIn();
    await purgeSessions(at(start, 30 * 60_000), timeouts);
    expect(await db().session.count({ where: { id: claims.sessionId } })).toBe(1);
    await purgeSessions(at(start, 61 * 60_000), timeouts);
    expect(await db().session.count({ where: { id: claims.sessionId } })).toBe(0);
  });
});
