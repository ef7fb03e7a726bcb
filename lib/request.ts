// Facts about the current HTTP request that server code needs: the client's address and the app's public URL.
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";
import { trustedOrigin } from "@/lib/forwarding/hook";

/**
 * The client's address: the connection's, or the one a trusted proxy (TRUSTED_PROXIES) forwarded. Headers a client
 * sends itself (X-Forwarded-For, X-Real-IP) never count. Null when unknown.
 */
export async function clientIp(): Promise<string | null> {
  return trustedOrigin(await headers()).ip;
}

/**
 * The public base URL for links in emails: APP_URL, which start-up requires in production. Never the request's Host
 * or X-Forwarded-Host, which a caller chooses (a sign-in link for a victim pointing at the caller's host). In
 * development it is the local server.
 */
export async function appBaseUrl(): Promise<string> {
  const configured = readEnv().APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  return `http://localhost:${Number(process.env.PORT) || 3000}`;
}

/**
 * True when a state-changing request comes from a page of this app: the Origin header (sent by browsers on POST and
 * DELETE) must name the host the request came to (its Host, or the X-Forwarded-Host of a trusted proxy). Server
 * actions get the same check from Next.js.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const { host } = trustedOrigin(request.headers);
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
