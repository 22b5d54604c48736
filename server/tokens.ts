// Run tokens: what the server issued (run id, pack, seed, mode, difficulty, issue time), signed
// with HMAC-SHA256 so the server keeps no state per issued run and the client cannot edit any of it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RunIdentity } from './repo/types';

export interface RunClaims extends RunIdentity {
  issuedAt: number;
}

const b64 = (buf: Buffer) => buf.toString('base64url');

function sign(secret: Buffer, body: string): Buffer {
  return createHmac('sha256', secret).update(`run.v1.${body}`).digest();
}

export function signRun(secret: Buffer, claims: RunClaims): string {
  const body = b64(Buffer.from(JSON.stringify(claims)));
  return `v1.${body}.${b64(sign(secret, body))}`;
}

/** The claims if the token is ours and untouched, else null (no reason given to a forger). */
export function verifyRun(secret: Buffer, token: string): RunClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1') return null;
  const [, body, mac] = parts as [string, string, string];
  const expected = sign(secret, body);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as RunClaims;
  } catch {
    return null;
  }
}

/** A keyed hash (device ids, client addresses): stable per secret, useless without it. */
export function keyedHash(secret: Buffer, kind: string, value: string): string {
  return createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url').slice(0, 32);
}
