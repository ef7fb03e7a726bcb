// The frame of every route handler: an unexpected error becomes a generic 500 body with an id, and the same id is on
// the server's log line. Nothing about the error itself reaches the caller.
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import type { Logger } from "pino";
import { log, logUnexpected } from "@/lib/log";

export function route<C>(handler: (request: Request, context: C) => Promise<Response>, logger: Logger = log) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      // Redirects and not-found are Next.js control flow, not errors.
      unstable_rethrow(error);
      const id = logUnexpected(error, { method: request.method, path: new URL(request.url).pathname }, logger);
      return NextResponse.json({ error: "Something went wrong. If it keeps happening, give this reference to your administrator.", id }, { status: 500, headers: { "Cache-Control": "no-store" } });
    }
  };
}
