// The hook on a real HTTP server: connections from different loopback addresses stand for a direct client and a
// trusted proxy. What the application later reads (trustedOrigin) must be the connection, unless a trusted proxy
// forwarded the request, and nothing a client writes into headers may change that.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installForwarding, trustedOrigin } from "./hook";

type Seen = { origin: ReturnType<typeof trustedOrigin>; headers: http.IncomingHttpHeaders };

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) for (const v of [value ?? []].flat()) headers.append(name, v);
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ origin: trustedOrigin(headers), headers: req.headers } satisfies Seen));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** One request from the given local address, with the given headers. */
function send(from: string, headers: Record<string, string | string[]>): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: "/", localAddress: from, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body) as Seen));
    });
    req.on("error", reject);
    req.end();
  });
}

const forged = {
  host: "chainward.example",
  "x-forwarded-for": "203.0.113.1, 10.0.0.1",
  "x-real-ip": "203.0.113.2",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
  "x-forwarded-port": "443",
  forwarded: "for=203.0.113.3",
  "x-chainward-client-ip": "203.0.113.4",
  "x-chainward-proto": "https",
  "x-chainward-host": "evil.example",
  "x-chainward-mark": "0123456789abcdef0123456789abcdef",
};

describe("forwarding hook", () => {
  it("before it is installed, believes nothing a request says about its origin (no address is known)", async () => {
    const seen = await send("127.0.0.3", forged);
    expect(seen.origin).toEqual({ ip: null, proto: "http", host: "chainward.example" });
  });

  it("takes a direct client for its connection and drops the forwarding headers it forged", async () => {
    const mark = installForwarding("127.0.0.2");
    for (let i = 0; i < 5; i++) {
      const seen = await send("127.0.0.3", { ...forged, "x-forwarded-for": `198.51.100.${i}`, "x-chainward-mark": mark });
      expect(seen.origin).toEqual({ ip: "127.0.0.3", proto: "http", host: "chainward.example" });
      for (const name of ["x-forwarded-for", "x-real-ip", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"]) expect(seen.headers[name], name).toBeUndefined();
    }
  });

  it("believes a trusted proxy's X-Forwarded-For, -Proto and -Host, read from the right", async () => {
    installForwarding("127.0.0.2");
    const seen = await send("127.0.0.2", { ...forged, "x-forwarded-for": "192.0.2.66, 203.0.113.9" });
    expect(seen.origin).toEqual({ ip: "203.0.113.9", proto: "https", host: "evil.example" });
    // The proxy's headers stay for Next.js, which builds its own URLs from them.
    expect(seen.headers["x-forwarded-for"]).toBe("192.0.2.66, 203.0.113.9");
    expect(seen.headers["x-chainward-client-ip"]).toBe("203.0.113.9");
  });

  it("trusts no proxy when TRUSTED_PROXIES is unset or invalid", async () => {
    for (const setting of [undefined, "", "not-an-address"]) {
      installForwarding(setting);
      const seen = await send("127.0.0.2", { ...forged, "x-forwarded-for": "203.0.113.9" });
      expect(seen.origin, String(setting)).toEqual({ ip: "127.0.0.2", proto: "http", host: "chainward.example" });
    }
  });

  it("ignores the private headers unless they carry this process's mark", async () => {
    const mark = installForwarding("127.0.0.2");
    const headers = new Headers({ host: "chainward.example", "x-chainward-client-ip": "203.0.113.4", "x-chainward-proto": "https", "x-chainward-host": "evil.example" });
    for (const guess of [null, "", "0".repeat(32), mark.slice(1), `${mark}0`]) {
      if (guess === null) headers.delete("x-chainward-mark");
      else headers.set("x-chainward-mark", guess);
      expect(trustedOrigin(headers), String(guess)).toEqual({ ip: null, proto: "http", host: "chainward.example" });
    }
    headers.set("x-chainward-mark", mark);
    expect(trustedOrigin(headers)).toEqual({ ip: "203.0.113.4", proto: "https", host: "evil.example" });
  });
});
