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

const playerMac = (secret: Buffer, id: string) => b64(createHmac('sha256', secret).update(`player.v1.${id}`).digest()).slice(0, 16);

/** A player identity the server issues: 22 random characters and 16 of MAC (38, base64url). */
export function issuePlayerId(secret: Buffer, random: Buffer): string {
  const id = b64(random).slice(0, 22);
  return id + playerMac(secret, id);
}

/** Whether this server issued the id (a client cannot make one up, so one person's many ids cost many issues). */
export function isIssuedPlayerId(secret: Buffer, value: string): boolean {
  if (value.length !== 38) return false;
  const expected = Buffer.from(playerMac(secret, value.slice(0, 22)));
  const given = Buffer.from(value.slice(22));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
