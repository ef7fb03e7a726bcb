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

/** The public base URL for links in emails: APP_URL when set, otherwise the host the request came to. */
export async function appBaseUrl(): Promise<string> {
  const configured = readEnv().APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
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
