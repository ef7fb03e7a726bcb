// Auth.js: staff sign in with email + password, vendor contacts with a single-use email link or code. Sessions are JWT
// cookies that carry only ids and a session version; lib/auth/guard.ts checks both against the database on every
// request, which is what makes sign-out-everywhere, removal and role changes take effect at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import { decode, type JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { readEnv } from "@/lib/env";
import { trustedOrigin } from "@/lib/forwarding/hook";
import { log, logUnexpected } from "@/lib/log";
import { clientIp } from "@/lib/request";
import { codeSignInSchema, passwordSignInSchema, switchOrganizationSchema, tokenSchema } from "./schema";
import { authSecret } from "./secret";
import { resolveSession } from "./session";
import { authenticateWithCode, authenticateWithMagicLink, authenticateWithPassword, switchOrganization, type SessionClaims } from "./sign-in";
import { newBrowserValue } from "./tokens";

/** Too many failed attempts for the account. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

/** Too many failed attempts from the caller's network address (across accounts). */
export class RateLimitedAddress extends CredentialsSignin {
  code = "rate_limited_address";
}

/** The password was right; the person belongs to several organizations and chooses one. */
export class OrganizationChoiceRequired extends CredentialsSignin {
  code = "choose_organization";
}

/** The password was right; the account's second factor is needed. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor";
}

export class InvalidSecondFactor extends CredentialsSignin {
  code = "invalid_code";
}

/** A supplier's sign-in code: none left to try in this browser (used, expired, too many wrong tries, or never sent). */
export class NoSignInCode extends CredentialsSignin {
  code = "no_code";
}

/**
 * HTTPS when APP_URL says so, or when the request came over it: its own connection, or a trusted proxy's
 * X-Forwarded-Proto (lib/forwarding); a client's own X-Forwarded-Proto does not count.
 */
async function servedOverHttps(request?: Request): Promise<boolean> {
  if (readEnv().APP_URL?.startsWith("https:")) return true;
  const h = request?.headers ?? (await headers().catch(() => null));
  return !!h && trustedOrigin(h).proto === "https";
}

/**
 * The session cookie: HttpOnly, SameSite=Lax, and over HTTPS Secure with the __Host- prefix (no Domain, Path=/), so
 * no subdomain can set or overwrite it.
 */
export const sessionCookie = (secure: boolean) => ({
  name: secure ? "__Host-chainward.session" : "chainward.session",
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
});

/**
 * The cookie that binds a supplier's sign-in code to the browser that asked for it: a random value, HttpOnly and
 * SameSite=Strict, for as long as a code lives.
 */
const codeBrowserCookie = (secure: boolean) => ({
  name: secure ? "__Host-chainward.code-browser" : "chainward.code-browser",
  options: { httpOnly: true, sameSite: "strict" as const, path: "/", secure, maxAge: 15 * 60 },
});

/** This browser's value for sign-in codes: the one in its cookie, or a new one set now (server actions only). */
export async function codeBrowser(): Promise<string> {
  const { name, options } = codeBrowserCookie(await servedOverHttps());
  const jar = await cookies();
  const current = jar.get(name)?.value;
  if (current && /^[\w-]{43}$/.test(current)) return current;
  const value = newBrowserValue();
  jar.set(name, value, options);
  return value;
}

/** Forgets this browser's value once its code signed in (server actions only). */
export async function forgetCodeBrowser(): Promise<void> {
  (await cookies()).delete(codeBrowserCookie(await servedOverHttps()).name);
}

async function currentCodeBrowser(): Promise<string | null> {
  return (await cookies()).get(codeBrowserCookie(await servedOverHttps()).name)?.value ?? null;
}

/** The ids a session cookie carries (set by the jwt callback below). */
const claimsOf = (token: JWT): Partial<SessionClaims> => ({
  userId: token.sub,
  membershipId: token.mid as string | undefined,
  sessionVersion: token.sv as number | undefined,
  sessionId: token.sid as string | undefined,
});

// Decrypting a cookie takes a key derivation and several cipher operations; a page only needs the ids inside, which
// lib/auth/guard.ts then checks against the Session row on every request. So each decrypted cookie is remembered
// until it expires (a bounded number of them, the oldest forgotten first).
const decoded = new Map<string, { claims: Partial<SessionClaims>; expiresAt: number }>();
const DECODED_KEPT = 10_000;

/** The claims of the request's session cookie, or null when it has none that decrypts and has not expired. */
export async function sessionClaims(): Promise<Partial<SessionClaims> | null> {
  const { name } = sessionCookie(await servedOverHttps());
  const token = (await cookies()).get(name)?.value;
  if (!token) return null;
  const known = decoded.get(token);
  if (known && known.expiresAt > Date.now()) return known.claims;
  const payload = await decode({ token, secret: authSecret(), salt: name }).catch(() => null);
  if (!payload || typeof payload.exp !== "number") return null;
  const claims = claimsOf(payload);
  if (decoded.size >= DECODED_KEPT) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, { claims, expiresAt: payload.exp * 1000 });
  return claims;
}

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
    // A refused sign-in is not an error (lib/auth/sign-in.ts logs, audits and rate-limits it); anything else is.
    logger: {
      error(error: Error) {
        // Class names are minified in production builds; Auth.js errors carry their type.
        if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
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
        credentials: { email: {}, password: {}, code: {} },
        async authorize(raw) {
          const input = passwordSignInSchema.safeParse(raw);
          if (!input.success) return null;
          const result = await authenticateWithPassword(input.data.email, input.data.password, await clientIp(), input.data.code, input.data.organizationId);
          if (!result.ok) {
            if (result.reason === "rate_limited_account") throw new RateLimitedSignIn();
            if (result.reason === "rate_limited_address") throw new RateLimitedAddress();
            if (result.reason === "choose_organization") throw new OrganizationChoiceRequired();
            if (result.reason === "second_factor") throw new SecondFactorRequired();
            if (result.reason === "invalid_code") throw new InvalidSecondFactor();
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
      Credentials({
        // A supplier's 6-digit code, typed in the browser that asked for it.
        id: "portal-code",
        credentials: { email: {}, code: {} },
        async authorize(raw) {
          const input = codeSignInSchema.safeParse(raw);
          const browser = await currentCodeBrowser();
          if (!input.success || !browser) throw new NoSignInCode();
          const result = await authenticateWithCode(input.data.email, input.data.code, browser, await clientIp());
          if (!result.ok) throw result.reason === "invalid_code" ? new InvalidSecondFactor() : new NoSignInCode();
          return { id: result.claims.userId, claims: result.claims };
        },
      }),
      Credentials({
        // A signed-in staff member moving to another organization they belong to: a new session, the old one ends.
        id: "switch-organization",
        credentials: { organizationId: {} },
        async authorize(raw) {
          const input = switchOrganizationSchema.safeParse(raw);
          const claims = await sessionClaims();
          const current = input.success && claims ? await resolveSession(claims) : null;
          if (!input.success || !current) return null;
          const result = await switchOrganization(current, input.data.organizationId, await clientIp());
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
        return Object.assign(session, { claims: claimsOf(token) });
      },
    },
  };
});
