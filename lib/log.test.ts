import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logUnexpected } from "./log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(stream as never, "info"), lines };
}

describe("server log", () => {
  it("redacts secrets and personal data, including emails inside error messages", async () => {
    const { logger, lines } = capture();
    logger.info({ user: { email: "dana@example.test", password: "hunter2!" }, token: "tok-secret-value", headers: { cookie: "chainward.session=session-secret-value" } }, "sign-in");
    const id = logUnexpected(new Error("Unique constraint failed for dana@example.test"), { path: "/vendors" }, logger);
    await new Promise((r) => setImmediate(r));
    const text = JSON.stringify(lines);
    for (const secret of ["dana@example.test", "hunter2!", "tok-secret-value", "session-secret-value"]) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ user: { email: "[redacted]", password: "[redacted]" }, token: "[redacted]", msg: "sign-in" });
    expect(lines[1]).toMatchObject({ level: 50, errorId: id, path: "/vendors", err: { name: "Error", message: "Unique constraint failed for [email]" } });
  });
});

describe("route handlers", () => {
  it("answer an unexpected error with a generic 500 and the id of its log line", async () => {
    const { route } = await import("./http");
    const { logger, lines } = capture();
    const handler = route(async () => {
      throw new Error("connection refused for postgres://admin:pw@db.internal");
    }, logger);
    const response = await handler(new Request("http://chainward.test/api/vendors/export"), {});
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; id: string };
    expect(JSON.stringify(body)).not.toContain("postgres");
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ errorId: body.id, path: "/api/vendors/export", method: "GET" });
    // Not-found and redirects are not errors: they pass through untouched.
    const { notFound } = await import("next/navigation");
    await expect(route(async () => notFound(), logger)(new Request("http://chainward.test/x"), {})).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});
