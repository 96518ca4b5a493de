import * as argon2 from 'argon2';

/** DESIGN §6: argon2id, 19 MiB, t=2, p=1 (OWASP's minimum). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** Verifies against the stored hash, or a dummy one when there is no account, so timing does not tell. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  const against = hash ?? (await (dummyHash ??= hashPassword('tiergate-no-such-account')));
  const ok = await argon2.verify(against, password).catch(() => false);
  return hash !== null && ok;
}
