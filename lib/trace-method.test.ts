import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { refuseTraceMethod } from "./trace-method";

/** Sends one request with the given method to a server whose own handler answers 200. */
async function statusOf(method: string): Promise<{ status: number; allow?: string; handled: boolean }> {
  let handled = false;
  const server = http.createServer((_req, res) => {
    handled = true;
    res.end("handled");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => http.request({ port, host: "127.0.0.1", method, path: "/" }, resolve).on("error", reject).end());
    response.resume();
    return { status: response.statusCode!, allow: response.headers.allow, handled };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("TRACE", () => {
  it("is answered with a 405 before the application's handler sees it; other methods reach the handler", async () => {
    refuseTraceMethod();
    refuseTraceMethod(); // Twice (instrumentation may run again): still one wrapper.
    expect(await statusOf("TRACE")).toEqual({ status: 405, allow: "GET, HEAD, POST, OPTIONS", handled: false });
    expect(await statusOf("GET")).toEqual({ status: 200, allow: undefined, handled: true });
    expect(await statusOf("POST")).toEqual({ status: 200, allow: undefined, handled: true });
  });
});
