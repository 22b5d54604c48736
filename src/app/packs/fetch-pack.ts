// `?pack=<url>`: downloading an author's pack (http(s) only, a timeout, a size cap, a plain message
// for every failure). Its own module, loaded only when a link names a pack file, so the game's
// first load does not carry it.
import { describe, formatSize, MAX_PACK_BYTES, tooBig, type TextResult } from './pack-opener';
import { readCapped } from '../../share/read-capped';

export const FETCH_TIMEOUT_MS = 10_000;

export interface FetchOptions {
  fetch?: typeof fetch;
  /** Resolve relative URLs against this (the page's address). */
  base?: string;
  timeoutMs?: number;
  maxBytes?: number;
}

/** Download a pack: http(s) only, with a timeout and a size cap, and a plain message for every failure. */
export async function fetchPackText(address: string, options: FetchOptions = {}): Promise<TextResult> {
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  let url: URL;
  try {
    url = new URL(address, options.base);
  } catch {
    return { ok: false, message: `“${address}” is not a valid address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `only http and https addresses can be opened, not ${url.protocol}` };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await doFetch(url.href, { signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    } catch (error) {
      if (timedOut) return { ok: false, message: `the server did not answer within ${timeoutMs / 1000} s` };
      return {
        ok: false,
        message: `the pack could not be downloaded: network error, or the server does not allow other sites to read it (CORS) (${describe(error)})`,
      };
    }
    if (!response.ok) return { ok: false, message: `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, message: tooBig(declared) };
    const contentType = response.headers.get('content-type') ?? undefined;
    if (!response.body) {
      const text = await response.text();
      return text.length > maxBytes ? { ok: false, message: tooBig(text.length) } : { ok: true, text, ...(contentType ? { contentType } : {}) };
    }
    // Count bytes as they arrive: a missing or lying Content-Length must not fill the memory.
    const bytes = await readCapped(response.body, maxBytes);
    if (!bytes) return { ok: false, message: `the file is too big (over ${formatSize(maxBytes)})` };
    return { ok: true, text: new TextDecoder().decode(bytes), ...(contentType ? { contentType } : {}) };
  } catch (error) {
    if (timedOut) return { ok: false, message: `the server did not finish sending within ${timeoutMs / 1000} s` };
    return { ok: false, message: `the download failed (${describe(error)})` };
  } finally {
    clearTimeout(timer);
  }
}

