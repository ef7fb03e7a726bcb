// Start-up refuses a production server without APP_URL: emailed links would otherwise have no trustworthy origin.
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkServingEnv, readEnv } from "@/lib/env";
import { prepareDatabase } from "./startup";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("start-up configuration check", () => {
  it("stops a production server without APP_URL with one sentence naming it", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("APP_URL", "");
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
    const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    await expect(prepareDatabase(() => {})).rejects.toThrow("exit 1");
    expect(exit).toHaveBeenCalledWith(1);
    expect(errors.join("\n")).toMatch(/APP_URL: must be set to the address people open Chainward at/);
  });

  it("lets a production server with APP_URL, and a development server without, start", async () => {
    expect(() => checkServingEnv(readEnv({ APP_URL: "https://chainward.example.com" }), "production")).not.toThrow();
    expect(() => checkServingEnv(readEnv({}), "development")).not.toThrow();
    expect(() => checkServingEnv(readEnv({}), "test")).not.toThrow();
    expect(() => checkServingEnv(readEnv({}), "production")).toThrow(/APP_URL/);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const exit = vi.spyOn(process, "exit");
    await prepareDatabase(() => {});
    expect(exit).not.toHaveBeenCalled();
  });

  it("accepts only http and https URLs as APP_URL", () => {
    expect(() => readEnv({ APP_URL: "javascript:alert(1)" })).toThrow(/APP_URL must be an absolute http/);
    expect(() => readEnv({ APP_URL: "evil.example" })).toThrow(/APP_URL must be an absolute http/);
    expect(readEnv({ APP_URL: "" }).APP_URL).toBeUndefined();
  });
});
