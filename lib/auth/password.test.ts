import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const hashed = await hashPassword("a long passphrase with ümlauts and more than seventy-two bytes ...........");
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hashed, "a long passphrase with ümlauts and more than seventy-two bytes ...........")).toBe(true);
    expect(await verifyPassword(hashed, "a long passphrase with ümlauts and more than seventy-two bytes ..........!")).toBe(false);
  });

  it("treats a malformed stored hash as a wrong password", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
