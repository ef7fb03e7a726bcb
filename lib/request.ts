// Facts about the current HTTP request that server code needs: the client's address and the app's public URL.
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";

export async function clientIp(): Promise<string | null> {
  const h = await headers();
  // The first x-forwarded-for hop is the client when a trusted reverse proxy sets it.
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || null;
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
 * DELETE) must name the host the request came to. Server actions get the same check from Next.js.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
