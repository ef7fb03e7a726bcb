// Every request the server receives passes here before Next.js sees it (instrumentation.ts installs the hook at
// start-up). Route handlers and pages cannot see the connection, and Next.js fills X-Forwarded-For from it only when
// the client sent none; so the hook works out the client's address, scheme and host (lib/forwarding/addresses.ts)
// and hands them on in private headers, which the code reads through trustedOrigin(). A client cannot fake them: the
// hook removes whatever it sent under those names, and the values carry a mark that is random for each server
// process. A request without the mark (one the server accepted in the moment before the hook was installed, or one
// made outside a server, as in tests) has no known address.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import { beforeEveryRequest } from "@/lib/server-hook";
import { parseTrustedProxies, requestOrigin, type AddressRange, type RequestOrigin } from "./addresses";

const PREFIX = "x-chainward-";
const MARK = `${PREFIX}mark`;
const IP = `${PREFIX}client-ip`;
const PROTO = `${PREFIX}proto`;
const HOST = `${PREFIX}host`;
/** Headers only a trusted proxy may set; from anyone else they are dropped, and Next.js fills its own from the connection. */
const FORWARDING = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

const STATE = Symbol.for("chainward.forwarding");
type State = { mark: string; trusted: AddressRange[] };
const state = () => (globalThis as { [STATE]?: State })[STATE];

/** Rewrites one incoming request's headers (exported for tests). */
export function applyForwarding(req: IncomingMessage, trusted: readonly AddressRange[], mark: string): void {
  const h = req.headers;
  for (const name of Object.keys(h)) if (name.startsWith(PREFIX)) delete h[name];
  const origin = requestOrigin(
    {
      remoteAddress: req.socket?.remoteAddress,
      forwardedFor: h["x-forwarded-for"],
      realIp: h["x-real-ip"],
      forwardedProto: h["x-forwarded-proto"],
      forwardedHost: h["x-forwarded-host"],
      host: h.host,
      encrypted: !!(req.socket as TLSSocket | undefined)?.encrypted,
    },
    trusted,
  );
  if (!origin.viaTrustedProxy) for (const name of FORWARDING) delete h[name];
  h[MARK] = mark;
  h[PROTO] = origin.proto;
  if (origin.ip) h[IP] = origin.ip;
  if (origin.host) h[HOST] = origin.host;
}

/**
 * Installs the hook once per process, trusting the proxies in TRUSTED_PROXIES (none when the variable is unset or
 * invalid; start-up then stops the server with the reason). Returns the mark (for tests).
 */
export function installForwarding(trustedProxies: string | undefined = process.env.TRUSTED_PROXIES): string {
  const g = globalThis as { [STATE]?: State };
  let trusted: AddressRange[] = [];
  try {
    trusted = parseTrustedProxies(trustedProxies);
  } catch {
    // lib/env.ts names the bad entry when the configuration is checked.
  }
  if (g[STATE]) {
    g[STATE].trusted = trusted;
    return g[STATE].mark;
  }
  const current: State = { mark: randomBytes(16).toString("hex"), trusted };
  g[STATE] = current;
  beforeEveryRequest("forwarding", (req) => {
    try {
      applyForwarding(req, current.trusted, current.mark);
    } catch {
      // Never break a request over this: without the mark it simply has no known address.
      for (const name of Object.keys(req.headers)) if (name.startsWith(PREFIX)) delete req.headers[name];
    }
  });
  return current.mark;
}

/** The client's address, scheme and host as the hook worked them out; nothing known when the request lacks its mark. */
export function trustedOrigin(headers: Headers): Pick<RequestOrigin, "ip" | "proto" | "host"> {
  const mark = state()?.mark;
  const sent = headers.get(MARK) ?? "";
  if (!mark || sent.length !== mark.length || !timingSafeEqual(Buffer.from(sent), Buffer.from(mark))) return { ip: null, proto: "http", host: headers.get("host") };
  return { ip: headers.get(IP), proto: headers.get(PROTO) === "https" ? "https" : "http", host: headers.get(HOST) };
}
