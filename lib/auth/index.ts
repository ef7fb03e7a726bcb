// Auth.js: staff sign in with email + password, vendor contacts with a single-use email link. Sessions are JWT
// cookies that carry only ids and a session version; lib/auth/guard.ts checks both against the database on every
// request, which is what makes sign-out-everywhere, removal and role changes take effect at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";
import { log, logUnexpected } from "@/lib/log";
import { clientIp } from "@/lib/request";
import { passwordSignInSchema, tokenSchema } from "./schema";
import { authSecret } from "./secret";
import { authenticateWithMagicLink, authenticateWithPassword, type SessionClaims } from "./sign-in";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

/** HTTPS when APP_URL says so, otherwise when the request (or the reverse proxy in front of us) does. */
async function servedOverHttps(request?: Request): Promise<boolean> {
  const configured = readEnv().APP_URL;
  if (configured) return configured.startsWith("https:");
  const h = request?.headers ?? (await headers().catch(() => null));
  const proto = h?.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? (request ? new URL(request.url).protocol.slice(0, -1) : "http");
  return proto === "https";
}

/**
 * The session cookie: HttpOnly, SameSite=Lax, and over HTTPS Secure with the __Host- prefix (no Domain, Path=/), so
 * no subdomain can set or overwrite it.
 */
export const sessionCookie = (secure: boolean) => ({
  name: secure ? "__Host-chainward.session" : "chainward.session",
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
});

export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => {
  const secure = await servedOverHttps(request);
  return {
    secret: authSecret(),
    trustHost: true,
    useSecureCookies: secure,
    cookies: { sessionToken: sessionCookie(secure) },
    // The cookie lives as long as the longest session; lib/auth/session.ts ends idle and old ones earlier.
    session: { strategy: "jwt", maxAge: readEnv().SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // A refused sign-in is not an error (it is audited and rate-limited); anything else goes to the server log.
    logger: {
      error(error: Error) {
        if (error.name === "CredentialsSignin" || error.name === "RateLimitedSignIn") return;
        logUnexpected(error, { source: "auth" });
      },
      warn(code: string) {
        log.warn({ source: "auth", code }, "auth warning");
      },
      debug() {},
    },
    providers: [
      Credentials({
        id: "password",
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const input = passwordSignInSchema.safeParse(raw);
          if (!input.success) return null;
          const result = await authenticateWithPassword(input.data.email, input.data.password, await clientIp());
          if (!result.ok) {
            if (result.reason === "rate_limited") throw new RateLimitedSignIn();
            return null;
          }
          return { id: result.claims.userId, claims: result.claims };
        },
      }),
      Credentials({
        id: "magic-link",
        credentials: { token: {} },
        async authorize(raw) {
          const input = tokenSchema.safeParse(raw);
          if (!input.success) return null;
          const result = await authenticateWithMagicLink(input.data.token, await clientIp());
          return result.ok ? { id: result.claims.userId, claims: result.claims } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        const claims = (user as { claims?: SessionClaims } | undefined)?.claims;
        if (claims) {
          token.sub = claims.userId;
          token.mid = claims.membershipId;
          token.sv = claims.sessionVersion;
          token.sid = claims.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        return Object.assign(session, {
          claims: { userId: token.sub, membershipId: token.mid, sessionVersion: token.sv, sessionId: token.sid },
        });
      },
    },
  };
});
