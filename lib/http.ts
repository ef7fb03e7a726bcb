// The frame of every route handler: an unexpected error becomes a generic 500 body with an id, and the same id is on
// the server's log line. Nothing about the error itself reaches the caller. A `RefusedRequest` becomes its own short
// answer. `authorizeExport` is the gate of every download route.
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import type { Logger } from "pino";
import { log, logUnexpected } from "@/lib/log";
import { hitWindow, limits } from "@/lib/security/rate-limit";
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";

/** A request the route refuses on purpose: answered with its status, a plain-text message and its headers. */
export class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  response(): Response {
    return new Response(`${this.message}\n`, {
      status: this.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...this.headers },
    });
  }
}

export function route<C>(handler: (request: Request, context: C) => Promise<Response>, logger: Logger = log) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      // Redirects and not-found are Next.js control flow, not errors.
      unstable_rethrow(error);
      if (error instanceof RefusedRequest) return error.response();
      const id = logUnexpected(error, { method: request.method, path: new URL(request.url).pathname }, logger);
      return NextResponse.json({ error: "Something went wrong. If it keeps happening, give this reference to your administrator.", id }, { status: 500, headers: { "Cache-Control": "no-store" } });
    }
  };
}

/**
 * A response body written as the client reads it: each chunk is produced only when the previous one has been taken, so
 * memory stays flat however large the body and however slow the reader. A reader that goes away stops the producer.
 */
export function streamed(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * The gate of every export download (CSV, DORA extracts, board PDF, backup, template JSON, import template, database
 * dump), before anything is read or audited:
 * - A request another site started is refused (403). Browsers say so in `Sec-Fetch-Site`: "cross-site", and also
 *   "same-site", since a sibling subdomain is another origin that may run other people's code. The app's own pages send
 *   "same-origin", a typed URL or a bookmark "none". A request without the header passes: scripts using their own
 *   session, and browsers too old to send it (for those, the per-user limit below still applies).
 * - Then the caller is authorized (`authorize`, which redirects or answers 404 as the route's guard does).
 * - Then the caller's downloads are counted: beyond `limits.exportsPerUser` the answer is 429 with `Retry-After`.
 */
export async function authorizeExport<A extends { userId: string }>(request: Request, authorize: () => Promise<A>, now = new Date()): Promise<A> {
  const site = request.headers.get("sec-fetch-site")?.toLowerCase();
  if (site === "cross-site" || site === "same-site") {
    log.warn({ event: "export_refused", reason: "cross_site", site, path: new URL(request.url).pathname }, "export refused");
    throw new RefusedRequest(403, "This download was requested by another website. Open it from Chainward itself.");
  }
  const caller = await authorize();
  const limit = limits.exportsPerUser;
  const { count, resetAt } = await hitWindow(`export:user:${caller.userId}`, limit, now);
  if (count > limit.max) {
    const seconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    log.warn({ event: "export_refused", reason: "rate_limit", userId: caller.userId, path: new URL(request.url).pathname }, "export refused");
    throw new RefusedRequest(429, `Too many downloads: at most ${limit.max} an hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { "Retry-After": String(seconds) });
  }
  return caller;
}

/** An export that went out, on the organization's audit trail (after authorizeExport let it through). */
export async function recordExport(actor: Actor, action: string, after?: Record<string, string | number>) {
  await db().$transaction((tx) => recordAudit(tx, { ...auditActor(actor), action, entityType: "Organization", entityId: actor.organizationId, after }));
}
