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
