// A pack carried in a link's #hash: `#pack=1.<checksum>.<base64url(deflate-raw(pack JSON))>`.
// The studio's Play and Share make it; the game opens it like a dropped file (the same checks in a
// worker). In the hash so it never reaches a server (nor the server's logs), and so a challenge
// link's `?c=` stays short beside it. The checksum (cyrb128 of the JSON text) catches a link cut
// short or edited by hand; it proves nothing about who wrote the pack. Decoding is bounded: the
// link's length before anything, the inflated text's length while inflating (a deflate bomb stops
// at the cap). Never throws.
import { MAX_PACK_CHARS } from '../domain/pack/limits';
import { cyrb128 } from '../domain/rng';
import { readCapped } from './read-capped';

export const PACK_LINK_KEY = 'pack';
export const PACK_LINK_FORMAT = 1;
/** Longest payload a link may carry (32 k characters ≈ 24 kB compressed): links beyond that are
 *  cut by chat apps and mail clients, so a bigger pack is sent as a file. */
export const MAX_PACK_LINK_CHARS = 32_768;

export type PackLinkProblem = 'missing' | 'too-long' | 'unsupported' | 'malformed' | 'tampered' | 'too-big';

export type PackLinkDecoded = { ok: true; text: string } | { ok: false; reason: PackLinkProblem; message: string };
export type PackLinkEncoded = { ok: true; payload: string } | { ok: false; reason: 'too-long'; message: string; chars: number };

const MESSAGES: Record<PackLinkProblem, string> = {
  missing: 'This link carries no pack.',
  'too-long': 'This pack link is too long to be one of ours.',
  unsupported: 'This pack link comes from a newer version of the game. Try reloading the page.',
  malformed: 'This pack link is damaged (perhaps cut short when it was copied). Ask for it again, or for the pack file.',
  tampered: 'This pack link has been changed since it was made, so the pack in it cannot be trusted. Ask for it again.',
  'too-big': 'The pack in this link is bigger than any pack may be.',
};

const fail = (reason: PackLinkProblem): PackLinkDecoded => ({ ok: false, reason, message: MESSAGES[reason] });

export function packChecksum(text: string): string {
  const [a, b] = cyrb128(`football-trivia/pack-link/${PACK_LINK_FORMAT}\u001f${text}`);
  return a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0');
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a spread of a big array would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflate, stopping as soon as the text would pass `maxChars` bytes (null then, or when damaged). */
async function inflate(bytes: Uint8Array, maxChars: number): Promise<{ text: string } | 'too-big' | null> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    // UTF-8 takes at most 3 bytes a UTF-16 unit: past that, the text is too long for sure.
    const all = await readCapped(stream, maxChars * 3);
    if (!all) return 'too-big';
    const text = new TextDecoder('utf-8', { fatal: true }).decode(all);
    return text.length > maxChars ? 'too-big' : { text };
  } catch {
    return null;
  }
}

/** The payload for a pack's JSON text, or why it cannot ride in a link. */
export async function encodePackLink(text: string, maxChars = MAX_PACK_LINK_CHARS): Promise<PackLinkEncoded> {
  const payload = `${PACK_LINK_FORMAT}.${packChecksum(text)}.${toBase64Url(await deflate(text))}`;
  if (payload.length > maxChars) {
    const kb = Math.ceil(payload.length / 1024);
    return { ok: false, reason: 'too-long', chars: payload.length, message: `This pack is too big for a link (${kb} KB; a link carries at most ${Math.floor(maxChars / 1024)} KB). Download it and send the file instead.` };
  }
  return { ok: true, payload };
}

/** The `pack` value of a hash ('#pack=…&…'), or null. */
export function packLinkPayload(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of h.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === PACK_LINK_KEY) return part.slice(eq + 1);
  }
  return null;
}

export function hasPackLink(hash: string): boolean {
  return packLinkPayload(hash) !== null;
}

/** The pack's JSON text from a link's hash (or its bare payload). Never throws. */
export async function decodePackLink(hashOrPayload: string): Promise<PackLinkDecoded> {
  try {
    const payload = hashOrPayload.includes('=') ? packLinkPayload(hashOrPayload) : hashOrPayload;
    if (payload === null || payload === '') return fail('missing');
    if (payload.length > MAX_PACK_LINK_CHARS + 64) return fail('too-long');
    const [format, sum, body, ...rest] = payload.split('.');
    if (format !== String(PACK_LINK_FORMAT)) return /^\d+$/.test(format ?? '') ? fail('unsupported') : fail('malformed');
    if (rest.length > 0 || !sum || !body || !/^[0-9a-z]{14}$/.test(sum)) return fail('malformed');
    const bytes = fromBase64Url(body);
    if (!bytes) return fail('malformed');
    const text = await inflate(bytes, MAX_PACK_CHARS);
    if (text === 'too-big') return fail('too-big');
    if (text === null) return fail('malformed');
    if (packChecksum(text.text) !== sum) return fail('tampered');
    return { ok: true, text: text.text };
  } catch {
    return fail('malformed');
  }
}

/** A page address with the pack in its hash (`base`'s own hash replaced). */
export function packLinkUrl(base: string | URL, payload: string): string {
  const url = new URL(String(base));
  url.hash = `${PACK_LINK_KEY}=${payload}`;
  return url.toString();
}

// ---- handover for packs too big for a link --------------------------------------------------------
// The studio's Play opens the game in another tab of the same site: a pack too big for a link is
// left in localStorage under its checksum, and the link names only that (`#packref=1.<checksum>`).
// Only Play uses this (a friend's browser has no such entry): Share still says to send the file.

export const PACK_REF_KEY = 'packref';
const HANDOVER_PREFIX = 'football-trivia/pack-handover/';

type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Leave the pack for the game tab; the reference for its link, or why it could not be left. */
export function handOverPack(text: string, storage: KeyStorage): { ok: true; ref: string } | { ok: false; message: string } {
  const sum = packChecksum(text);
  try {
    // One handover at a time: older ones are dropped, so storage never fills with old packs.
    for (let i = storage.length - 1; i >= 0; i--) {
      const k = storage.key(i);
      if (k?.startsWith(HANDOVER_PREFIX) && k !== HANDOVER_PREFIX + sum) storage.removeItem(k);
    }
    storage.setItem(HANDOVER_PREFIX + sum, text);
    return { ok: true, ref: `${PACK_LINK_FORMAT}.${sum}` };
  } catch {
    return { ok: false, message: 'This browser refused to pass the pack to the game (its storage is full or off). Download it and open it in the game with “Open pack”.' };
  }
}

/** The pack a `#packref=` link names, from the storage the studio left it in. Never throws. */
export function takeHandedOverPack(hash: string, storage: Pick<Storage, 'getItem'> | null): PackLinkDecoded {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const ref = h.split('&').find((p) => p.startsWith(`${PACK_REF_KEY}=`))?.slice(PACK_REF_KEY.length + 1) ?? '';
  const m = /^1\.([0-9a-z]{14})$/.exec(ref);
  if (!m) return fail('malformed');
  let text: string | null;
  try {
    text = storage?.getItem(HANDOVER_PREFIX + m[1]) ?? null;
  } catch {
    text = null;
  }
  if (text === null) return { ok: false, reason: 'missing', message: 'The pack this link names was handed over by the pack studio in this browser and is not here any more. Press Play in the studio again, or open the downloaded file.' };
  if (packChecksum(text) !== m[1]) return fail('tampered');
  return { ok: true, text };
}
