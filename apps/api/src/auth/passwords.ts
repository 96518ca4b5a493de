import { Algorithm, hash, verify } from '@node-rs/argon2';

/** DESIGN §6: argon2id, 19 MiB, t=2, p=1 (OWASP's minimum). Prebuilt binaries, no build step (docs/decisions.md). */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** Verifies against the stored hash, or a dummy one when there is no account, so timing does not tell. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  const against = hash ?? (await (dummyHash ??= hashPassword('tiergate-no-such-account')));
  const ok = await verify(against, password).catch(() => false);
  return hash !== null && ok;
}
