// proxy.ts's refusals, one request at a time (e2e/limits.spec.ts sends the same requests to the built server).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy, refusal } from "@/proxy";
import { REQUEST_BODY_MAX_BYTES, REQUEST_TOO_LARGE } from "./uploads";

const url = "http://localhost:3000/vendors/import";
const action = (contentType: string, body: string) => new NextRequest(url, { method: "POST", headers: { "next-action": "60290ae645208568f711a45c20eca63c7ffd681be0", "content-type": contentType }, body });
const statusOf = async (request: NextRequest) => (await refusal(request))?.status ?? "through";

describe("proxy refusals", () => {
  it("let ordinary pages, forms and actions through", async () => {
    expect(await statusOf(new NextRequest(url))).toBe("through");
    expect(await statusOf(new NextRequest("http://localhost:3000/vendors?q=%C3%A9"))).toBe("through");
    expect(await statusOf(new NextRequest(url, { method: "HEAD" }))).toBe("through");
    expect(await statusOf(new NextRequest(url, { method: "OPTIONS" }))).toBe("through");
    expect(await statusOf(new NextRequest(url, { method: "POST", headers: { "content-length": String(REQUEST_BODY_MAX_BYTES) } }))).toBe("through");
    expect(await statusOf(action("multipart/form-data; boundary=----WebKitFormBoundaryAbC", "------WebKitFormBoundaryAbC--"))).toBe("through");
    expect(await statusOf(action("text/plain;charset=UTF-8", JSON.stringify(["$undefined", { a: [[{ b: 1 }]] }])))).toBe("through");
  });

  it("answer other methods with a 405 naming the allowed ones", async () => {
    for (const method of ["PUT", "DELETE", "PATCH", "PROPFIND"]) {
      const response = await refusal(new NextRequest(url, { method }));
      expect(response?.status, method).toBe(405);
      expect(response?.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    }
  });

  it("answer a path that does not decode as UTF-8 with a 400", async () => {
    expect(await statusOf(new NextRequest("http://localhost:3000/vendors/%ff%fe"))).toBe(400);
    expect(await statusOf(new NextRequest("http://localhost:3000/vendors/%c0%af"))).toBe(400);
  });

  it("answer a body over the server's limit with a 413 in words, and a body of unknown length with a 411", async () => {
    const response = await refusal(new NextRequest(url, { method: "POST", headers: { "content-length": String(REQUEST_BODY_MAX_BYTES + 1) } }));
    expect(response?.status).toBe(413);
    expect(await response?.text()).toBe(REQUEST_TOO_LARGE);
    expect(await statusOf(new NextRequest(url, { method: "POST", headers: { "transfer-encoding": "chunked" } }))).toBe(411);
  });

  it("answer a server action body its decoder would fail on with a 400", async () => {
    expect(await statusOf(action("multipart/form-data", "x"))).toBe(400);
    expect(await statusOf(action("application/json", "[]"))).toBe(400);
    expect(await statusOf(action("text/plain;charset=UTF-8", "garbage{"))).toBe(400);
    expect(await statusOf(action("text/plain;charset=UTF-8", '{"email":"x"}'))).toBe(400);
    expect(await statusOf(action("text/plain;charset=UTF-8", `${"[".repeat(100_000)}${"]".repeat(100_000)}`))).toBe(400);
    expect(await statusOf(action("text/plain;charset=UTF-8", `[${'{"a":'.repeat(65)}1${"}".repeat(65)}]`))).toBe(400);
  });
});

describe("proxy on route handlers", () => {
  it("answers a route handler path that does not decode with a 400, and lets any other through without a page's headers", async () => {
    expect((await proxy(new NextRequest("http://localhost:3000/api/evidence/%ff"))).status).toBe(400);
    const through = await proxy(new NextRequest("http://localhost:3000/api/evidence/abc%20def", { method: "DELETE" }));
    expect(through.headers.get("x-middleware-next")).toBe("1");
    expect(through.headers.get("content-security-policy")).toBeNull();
  });
});
