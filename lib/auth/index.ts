// Auth.js: staff sign in with email + password, vendor contacts with a single-use email link. Sessions are JWT
// cookies that carry only ids and a session version; lib/auth/guard.ts checks both against the database on every
// request, which is what makes sign-out-everywhere, removal and role changes take effect at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "@/lib/request";
import { passwordSignInSchema, tokenSchema } from "./schema";
import { authSecret } from "./secret";
import { authenticateWithMagicLink, authenticateWithPassword, type SessionClaims } from "./sign-in";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const SESSION_MAX_AGE_S = 12 * 3600;


export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/sign-in", error: "/sign-in" },
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
      }
      return token;
    },
    session({ session, token }) {
      return Object.assign(session, {
        claims: { userId: token.sub, membershipId: token.mid, sessionVersion: token.sv },
      });
    },
  },
}));
