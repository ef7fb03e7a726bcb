// The one place Chainward's code runs before Next.js on every request: route handlers, pages and proxy.ts cannot see
// the connection (its address, TLS) and never see a TRACE request, which Next.js fails on before anything of ours
// runs. instrumentation.ts installs the filters at start-up; each wraps nothing itself, so there is one wrapper around
// the HTTP(S) servers' "request" event, installed once per process.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";

/** Looks at (and may rewrite) a request before Next.js does; returns true when it has answered it itself. */
export type RequestFilter = (request: IncomingMessage, response: ServerResponse) => boolean | void;

const KEY = Symbol.for("chainward.requestFilters");
type Registry = Map<string, RequestFilter>;

/** Adds a filter under a name (adding the same name again replaces it); filters run in the order first added. */
export function beforeEveryRequest(name: string, filter: RequestFilter): void {
  const g = globalThis as { [KEY]?: Registry };
  if (g[KEY]) return void g[KEY].set(name, filter);
  const filters: Registry = new Map([[name, filter]]);
  g[KEY] = filters;
  for (const prototype of new Set([http.Server.prototype, https.Server.prototype])) {
    const emit = prototype.emit;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const [request, response] = args as [IncomingMessage, ServerResponse];
        for (const run of filters.values()) if (run(request, response) === true) return true;
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof prototype.emit;
  }
}
