import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** A stored scrypt hash with the parameters that produced it. */
export interface PinHash {
  algorithm: 'scrypt';
  /** Base64. */
  salt: string;
  /** Base64. */
  hash: string;
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

// N = 2^15, r = 8 needs 128 * N * r = 32 MiB, exactly Node's default
// scrypt memory limit, so the limit is raised to leave headroom.
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function derive(
  pin: string,
  salt: Buffer,
  params: Pick<PinHash, 'N' | 'r' | 'p' | 'keyLength'>,
): Promise<Buffer> {
  const { N, r, p, keyLength } = params;
  const maxmem = Math.max(COST.maxmem, 256 * N * r);

  return new Promise((resolve, reject) => {
    scrypt(pin, salt, keyLength, { N, r, p, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** Hashes a PIN with a fresh random salt. */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES);
  const params = { N: COST.N, r: COST.r, p: COST.p, keyLength: KEY_LENGTH };
  const key = await derive(pin, salt, params);

  return {
    algorithm: 'scrypt',
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
    ...params,
  };
}

/** Compares a PIN with a stored hash in constant time. */
export async function pinMatches(
  pin: string,
  stored: PinHash,
): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
