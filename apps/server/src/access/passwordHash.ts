import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the library's default algorithm) with its default costs (19 MiB, 2 passes): OWASP's
 * recommended minimum, about 30 ms per hash here.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let decoy: Promise<string> | undefined;

/**
 * True when `password` matches `passwordHash`. Without a hash (no such account) it checks against
 * a decoy, so an unknown email takes as long as a wrong password and does not reveal itself.
 */
export async function verifyPassword(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  if (passwordHash === undefined) {
    decoy ??= hash('decoy password, never matches a real account');
    await verify(await decoy, password);
    return false;
  }
  return verify(passwordHash, password);
}
