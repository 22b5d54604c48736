// A pack too big for a link that chat apps keep whole is stored on the site's own server
// (`POST /api/packs`, the leaderboard service: checked by the same validator, size-capped,
// rate-limited, content-addressed) and shared as `/p/<id>`, which sends a friend to
// `/?pack=/api/packs/<id>`. A static host has no such endpoint (404, 204, an HTML page, or no
// answer): then the author is told to send the file. Never throws.
export type ShortLink =
  | { ok: true; url: string }
  | { ok: false; reason: 'no-server' | 'refused' | 'network'; message: string };

export interface ShortLinkOptions {
  /** The page's address: the API and the short link are resolved against it. */
  base: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const ID = /^[A-Za-z0-9_-]{4,80}$/;

export const SEND_THE_FILE = 'Download the pack and send the file: the game opens it with “Open pack…”.';

export async function storePackOnServer(packText: string, options: ShortLinkOptions): Promise<ShortLink> {
  const fetchFn = options.fetch ?? fetch;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? 10_000);
  let res: Response;
  try {
    res = await fetchFn(new URL('./api/packs', options.base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: packText, signal: abort.signal });
  } catch {
    clearTimeout(timer);
    return { ok: false, reason: 'network', message: `The site’s server could not be reached for a short link. ${SEND_THE_FILE}` };
  }
  clearTimeout(timer);
  const json = (res.headers.get('content-type') ?? '').includes('application/json');
  const body: unknown = json ? await res.json().catch(() => null) : null;
  // 201 stored now; 200 the same pack was stored before (the id is its content's hash).
  if ((res.status === 201 || res.status === 200) && isStored(body)) return { ok: true, url: new URL(body.path, options.base).toString() };
  // A static host (no endpoint, or its HTML fallback page), or something else answering at /api.
  if (!json || res.status === 404 || res.status === 405 || res.status === 204 || body === null) {
    return { ok: false, reason: 'no-server', message: `This site keeps no packs (it has no leaderboard server), so there is no short link. ${SEND_THE_FILE}` };
  }
  const why = serverMessage(body);
  if (res.status === 429) return { ok: false, reason: 'refused', message: `Too many packs were shared from here in a short time: try again in a minute, or send the file. ${SEND_THE_FILE}` };
  if (res.status === 413) return { ok: false, reason: 'refused', message: `The server takes packs up to a size, and this one is bigger. ${SEND_THE_FILE}` };
  return { ok: false, reason: 'refused', message: `The server did not keep this pack${why ? `: ${why}` : ''}. ${SEND_THE_FILE}` };
}

function isStored(body: unknown): body is { id: string; path: string } {
  if (typeof body !== 'object' || body === null) return false;
  const { id, path } = body as Record<string, unknown>;
  return typeof id === 'string' && ID.test(id) && path === `/p/${id}`;
}

function serverMessage(body: unknown): string {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message.slice(0, 200) : '';
}
