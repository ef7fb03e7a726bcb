// What server code learns about the request: the address rate limits and the audit log use, the base URL of emailed
// links, and whether a request came from a page of this app. None of it may come from headers a caller forges.
import { afterEach, describe, expect, it, vi } from "vitest";

let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const { appBaseUrl, clientIp, isSameOrigin } = await import("./request");
const { installForwarding } = await import("./forwarding/hook");

const forgedHost = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.1", "x-real-ip": "203.0.113.2" };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("appBaseUrl", () => {
  it("never builds emailed links from the Host or X-Forwarded-Host a caller sends", async () => {
    requestHeaders = new Headers(forgedHost);
    vi.stubEnv("APP_URL", "");
    vi.stubEnv("PORT", "");
    expect(await appBaseUrl()).toBe("http://localhost:3000");
    vi.stubEnv("PORT", "4123");
    expect(await appBaseUrl()).toBe("http://localhost:4123");
    vi.stubEnv("APP_URL", "https://chainward.example.com/");
    expect(await appBaseUrl()).toBe("https://chainward.example.com");
  });
});

describe("clientIp", () => {
  it("ignores X-Forwarded-For and X-Real-IP that did not pass the forwarding hook", async () => {
    requestHeaders = new Headers(forgedHost);
    expect(await clientIp()).toBeNull();
    installForwarding(undefined);
    requestHeaders = new Headers({ ...forgedHost, "x-chainward-client-ip": "203.0.113.4", "x-chainward-mark": "f".repeat(32) });
    expect(await clientIp()).toBeNull();
  });

  it("answers the address the hook worked out", async () => {
    const mark = installForwarding(undefined);
    requestHeaders = new Headers({ host: "chainward.example", "x-chainward-mark": mark, "x-chainward-client-ip": "198.51.100.20", "x-chainward-proto": "http" });
    expect(await clientIp()).toBe("198.51.100.20");
  });
});

describe("isSameOrigin", () => {
  const request = (headers: Record<string, string>) => new Request("http://chainward.example/api/evidence", { method: "POST", headers });

  it("compares Origin with the Host, not with an X-Forwarded-Host the caller sent", () => {
    expect(isSameOrigin(request({ host: "chainward.example", origin: "http://chainward.example" }))).toBe(true);
    expect(isSameOrigin(request({ host: "chainward.example", origin: "https://evil.example", "x-forwarded-host": "evil.example" }))).toBe(false);
    expect(isSameOrigin(request({ host: "chainward.example" }))).toBe(false);
    expect(isSameOrigin(request({ host: "chainward.example", origin: "null" }))).toBe(false);
  });

  it("compares Origin with a trusted proxy's host when the hook says so", () => {
    const mark = installForwarding(undefined);
    const viaProxy = { host: "app.internal:3000", origin: "https://chainward.example", "x-chainward-mark": mark, "x-chainward-host": "chainward.example" };
    expect(isSameOrigin(request(viaProxy))).toBe(true);
    expect(isSameOrigin(request({ ...viaProxy, "x-chainward-mark": "0".repeat(32) }))).toBe(false);
  });
});
