// A pack carried in a link's #hash: `#pack=2.<checksum>.<base64url(deflate-raw(pack JSON))>`.
// The studio's Play and Share make it; the game opens it like a dropped file (the same checks in a
// worker). In the hash so it never reaches a server (nor the server's logs), and so a challenge
// link's `?c=` stays short beside it. The checksum (cyrb128 of the JSON text) catches a link cut
// short or edited by hand; it proves nothing about who wrote the pack. Decoding is bounded: the
// link's length before anything, the inflated text's length while inflating (a deflate bomb stops
// at the cap). Never throws.
//
// Format 2 deflates with a preset dictionary (pack-link-dictionary.ts: the format's field names,
// the drafter's usual wrong answers, common football words), so a 10-question draft's link is
// ~1,500 characters instead of ~2,600. Format 1 (no dictionary) links still open.
import { Inflate, deflateSync } from 'fflate';
import { MAX_PACK_CHARS } from '../domain/pack/limits';
import { cyrb128 } from '../domain/rng';
import { PACK_LINK_DICTIONARY_2 } from './pack-link-dictionary';

export const PACK_LINK_KEY = 'pack';
export const PACK_LINK_FORMAT = 2;
/** What chat apps, SMS and mail keep whole: a Share link longer than this goes by server or file. */
export const SHARE_LINK_MAX_CHARS = 2000;
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

export function packChecksum(text: string, format: number = PACK_LINK_FORMAT): string {
  const [a, b] = cyrb128(`football-trivia/pack-link/${format}\u001f${text}`);
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

const dictionary = (format: number): Uint8Array | undefined => (format === 2 ? new TextEncoder().encode(PACK_LINK_DICTIONARY_2) : undefined);

function deflate(text: string, format: number): Uint8Array {
  const dict = dictionary(format);
  return deflateSync(new TextEncoder().encode(text), { level: 9, mem: 8, ...(dict ? { dictionary: dict } : {}) });
}

/** Fed this much at a time, so one push can never inflate past the cap by more than ~1 MB. */
const INFLATE_STEP = 1024;

/** Inflate, stopping as soon as the text would pass `maxChars` (null when damaged). */
function inflate(bytes: Uint8Array, maxChars: number, format: number): { text: string } | 'too-big' | null {
  // UTF-8 takes at most 3 bytes a UTF-16 unit: past that, the text is too long for sure.
  const maxBytes = maxChars * 3;
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const dict = dictionary(format);
  const stream = new Inflate(dict ? { dictionary: dict } : {}, (chunk, final) => {
    parts.push(chunk);
    total += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < bytes.length && total <= maxBytes; i += INFLATE_STEP) stream.push(bytes.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= bytes.length);
    if (total > maxBytes) return 'too-big';
    if (!ended) return null;
    const all = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(all);
    return text.length > maxChars ? 'too-big' : { text };
  } catch {
    return null;
  }
}

/** The payload for a pack's JSON text, or why it cannot ride in a link. */
export function encodePackLink(text: string, maxChars = MAX_PACK_LINK_CHARS, format: 1 | 2 = PACK_LINK_FORMAT): Promise<PackLinkEncoded> {
  // A promise, as when it used CompressionStream: callers need not change if it moves off-thread.
  return Promise.resolve(encodeNow(text, maxChars, format));
}

function encodeNow(text: string, maxChars: number, format: 1 | 2): PackLinkEncoded {
  const payload = `${format}.${packChecksum(text, format)}.${toBase64Url(deflate(text, format))}`;
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
export function decodePackLink(hashOrPayload: string): Promise<PackLinkDecoded> {
  return Promise.resolve(decodeNow(hashOrPayload));
}

function decodeNow(hashOrPayload: string): PackLinkDecoded {
  try {
    const payload = hashOrPayload.includes('=') ? packLinkPayload(hashOrPayload) : hashOrPayload;
    if (payload === null || payload === '') return fail('missing');
    if (payload.length > MAX_PACK_LINK_CHARS + 64) return fail('too-long');
    const [format, sum, body, ...rest] = payload.split('.');
    if (format !== '1' && format !== '2') return /^\d+$/.test(format ?? '') ? fail('unsupported') : fail('malformed');
    const version = Number(format);
    if (rest.length > 0 || !sum || !body || !/^[0-9a-z]{14}$/.test(sum)) return fail('malformed');
    const bytes = fromBase64Url(body);
    if (!bytes) return fail('malformed');
    const text = inflate(bytes, MAX_PACK_CHARS, version);
    if (text === 'too-big') return fail('too-big');
    if (text === null) return fail('malformed');
    if (packChecksum(text.text, version) !== sum) return fail('tampered');
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
  // Handover references stay format 1: a tab opened by an older studio still finds its pack.
  const sum = packChecksum(text, 1);
  try {
    // One handover at a time: older ones are dropped, so storage never fills with old packs.
    for (let i = storage.length - 1; i >= 0; i--) {
      const k = storage.key(i);
      if (k?.startsWith(HANDOVER_PREFIX) && k !== HANDOVER_PREFIX + sum) storage.removeItem(k);
    }
    storage.setItem(HANDOVER_PREFIX + sum, text);
    return { ok: true, ref: `1.${sum}` };
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
  if (packChecksum(text, 1) !== m[1]) return fail('tampered');
  return { ok: true, text };
}
