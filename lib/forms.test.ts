import { describe, expect, it } from "vitest";
import { passwordSignInSchema, setPasswordSchema } from "@/lib/auth/schema";
import { invalid, submittedValues } from "./forms";

describe("form helpers", () => {
  it("echo typed values back, but never secrets", () => {
    const fd = new FormData();
    fd.set("email", "a@b.test");
    fd.set("password", "hunter2hunter2");
    fd.set("confirm", "hunter2hunter2");
    fd.set("token", "abc");
    fd.set("$ACTION_ID_1", "");
    expect(submittedValues(fd)).toEqual({ email: "a@b.test" });
  });

  it("turn schema errors into field messages", () => {
    const fd = new FormData();
    fd.set("email", "not-an-email");
    const parsed = passwordSignInSchema.safeParse({ email: "not-an-email", password: "" });
    const state = invalid(parsed.error!, fd);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.email?.[0]).toMatch(/valid email/);
    expect(state.fieldErrors?.password?.[0]).toMatch(/Enter your password/);
    expect(state.values).toEqual({ email: "not-an-email" });
  });

  it("normalise emails and check password confirmation", () => {
    expect(passwordSignInSchema.parse({ email: "  Alex@Example.TEST ", password: "x" }).email).toBe("alex@example.test");
    const mismatch = setPasswordSchema.safeParse({ token: "t".repeat(30), password: "a long enough pass", confirm: "different" });
    expect(mismatch.error?.issues[0]?.path).toEqual(["confirm"]);
  });
});
