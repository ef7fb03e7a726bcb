import argon2 from "argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes); argon2 has no 72-byte limit, unlike bcrypt.
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, options);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so unknown emails take as long as wrong passwords.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("chainward-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
