import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's baseline cost: 19 MiB, 2 passes, 1 lane. Unlike bcrypt,
// argon2 has no 72-byte limit. @node-rs/argon2 ships prebuilt binaries: no compiler or install script needed.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
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
