import { createHash, randomBytes } from 'node:crypto';

/**
 * SHA-256 (hex) of a secret. Every secret Cairn issues (tokens, sessions, share links) is 256
 * random bits, so a fast hash is enough: there is nothing to brute-force, and a leaked database
 * leaks no working secret.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new secret: `prefix` and 256 random bits, so leaked ones are easy to recognise. */
export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** A new public id: `prefix` and 72 random bits (12 characters), unguessable and short. */
export function newId(prefix = ''): string {
  return prefix + randomBytes(9).toString('base64url');
}
