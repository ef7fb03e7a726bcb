// Runs before every page: a fresh nonce per request for a strict Content-Security-Policy. Next.js reads the policy
// from the request headers and puts the nonce on its own scripts; nothing else may run. It first refuses, with a 4xx
// in words, requests that Next.js would otherwise answer with a 500 or the error page (refusal below).
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_BODY_MAX_BYTES, REQUEST_TOO_LARGE } from "@/lib/uploads";

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production") {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts that Next.js's nonce-bearing scripts load may run; no other script may.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (React's style prop, chart libraries) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const METHODS = ["GET", "HEAD", "POST", "OPTIONS"];
/** Deeper arguments than any form sends; React's decoder recurses once per level and overflows the stack at thousands. */
const ACTION_ARGUMENT_MAX_DEPTH = 64;
const MALFORMED_ACTION = "This request to a form action is malformed.";

function refuse(status: number, message: string, headers: Record<string, string> = {}) {
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

/** Whether a JSON value nests arrays or objects more than `max` levels deep (without recursion of its own). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * A server action's body as Next.js's own client sends it: multipart with a boundary, or text holding the JSON array
 * of the arguments. Multipart bodies are left to Next.js (reading them here would parse every upload twice).
 */
async function actionBodyRefusal(request: NextRequest): Promise<NextResponse | null> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) return /;\s*boundary=/.test(type) ? null : refuse(400, MALFORMED_ACTION);
  if (!type.startsWith("text/plain")) return refuse(400, MALFORMED_ACTION);
  let args: unknown;
  try {
    args = JSON.parse(await request.text());
  } catch {
    return refuse(400, MALFORMED_ACTION);
  }
  return Array.isArray(args) && !nestedDeeperThan(args, ACTION_ARGUMENT_MAX_DEPTH) ? null : refuse(400, MALFORMED_ACTION);
}

/** A 400 for a path with an escape that does not decode as UTF-8 (Next.js would fail on it with a 500). */
function undecodable(request: NextRequest): NextResponse | null {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return null;
  } catch {
    return refuse(400, "This address is not valid: it contains an escaped character that is not UTF-8.");
  }
}

/** The 4xx for a request Chainward does not serve, or null to let it through. */
export async function refusal(request: NextRequest): Promise<NextResponse | null> {
  if (!METHODS.includes(request.method)) return refuse(405, `This address answers ${METHODS.join(", ")} only.`, { Allow: METHODS.join(", ") });
  const path = undecodable(request);
  if (path) return path;
  if (request.method !== "POST") return null;
  // A body over the limit: Next.js would cut it short (proxyClientMaxBodySize) or refuse it with a 500.
  const length = request.headers.get("content-length");
  if (length === null && request.headers.has("transfer-encoding")) return refuse(411, "Send the request body with a Content-Length.");
  if (Number(length) > REQUEST_BODY_MAX_BYTES) return refuse(413, REQUEST_TOO_LARGE);
  return request.headers.has("next-action") ? actionBodyRefusal(request) : null;
}

export async function proxy(request: NextRequest) {
  // Route handlers come here only when their path holds an escape (see config): checked, and otherwise left alone.
  if (request.nextUrl.pathname.startsWith("/api/")) return undecodable(request) ?? NextResponse.next();
  const refused = await refusal(request);
  if (refused) return refused;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: route handlers set their own headers, and static files need no nonce. Route handlers whose path holds
  // a "%" (an escape) come too, for the check that it decodes.
  matcher: [
    "/api/:path(.*%.*)",
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
