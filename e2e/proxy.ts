// A small reverse proxy inside the test process. It reaches the app from a loopback address of our choosing
// (127.0.0.2 is in the test server's TRUSTED_PROXIES, 127.0.0.3 is not), so one test can be a trusted proxy and
// another a client that talks to the server directly, each with its own rate-limit bucket.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { PORT } from "../playwright.config";

export interface Proxy {
  url: string;
  /** Requests passed on so far. */
  count: number;
  close(): Promise<void>;
}

/**
 * Passes every request on to the app from the local address `from`, with the headers `extra` returns for it
 * (given the request's headers as received) on top.
 */
export async function startProxy(from: string, extra: (headers: http.IncomingHttpHeaders, n: number) => Record<string, string> = () => ({})): Promise<Proxy> {
  const proxy: Proxy = { url: "", count: 0, close: async () => {} };
  const server = http.createServer((req, res) => {
    const headers = { ...req.headers, ...extra(req.headers, ++proxy.count) };
    const upstream = http.request({ host: "127.0.0.1", port: PORT, localAddress: from, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `http://localhost:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
