// The studio's short links: what it makes of each answer `POST /api/packs` can give (the
// leaderboard server's, a static host's, none at all).
import { describe, expect, it } from 'vitest';
import { storePackOnServer } from '../../src/studio/short-link';

const base = 'https://trivia.example.org/studio.html';
const answer = (status: number, body: unknown, type = 'application/json') => {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = (async (url: URL | string, init?: RequestInit) => {
    calls.push({ url: url.toString(), init });
    return new Response(status === 204 ? null : typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': type } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
};

describe('short pack links', () => {
  it('posts the pack JSON and shares the server’s /p/<id> on this site', async () => {
    const server = answer(201, { id: 'k3Xa9_pQ', path: '/p/k3Xa9_pQ' });
    await expect(storePackOnServer('{"id":"x"}', { base, fetch: server.fetch })).resolves.toEqual({ ok: true, url: 'https://trivia.example.org/p/k3Xa9_pQ' });
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]!.url).toBe('https://trivia.example.org/api/packs');
    expect(server.calls[0]!.init).toMatchObject({ method: 'POST', body: '{"id":"x"}' });
    // Shared before: the server answers 200 with the same id.
    await expect(storePackOnServer('{"id":"x"}', { base, fetch: answer(200, { id: 'k3Xa9_pQ', path: '/p/k3Xa9_pQ' }).fetch })).resolves.toEqual({ ok: true, url: 'https://trivia.example.org/p/k3Xa9_pQ' });
  });

  it('on a static host (404, 204, an HTML page) says to send the file', async () => {
    for (const server of [answer(404, 'Not found', 'text/plain'), answer(204, null), answer(200, '<!doctype html><p>game</p>', 'text/html'), answer(404, { message: 'Route POST:/api/packs not found' })]) {
      const r = await storePackOnServer('{}', { base, fetch: server.fetch });
      expect(r).toMatchObject({ ok: false, reason: 'no-server', message: expect.stringContaining('send the file') });
    }
  });

  it('says why the server refused, and never takes an answer that is not a short link', async () => {
    await expect(storePackOnServer('{}', { base, fetch: answer(422, { error: { code: 'invalid-pack', message: 'facts[0].quote must not be empty' } }).fetch })).resolves.toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('facts[0].quote must not be empty') });
    await expect(storePackOnServer('{}', { base, fetch: answer(429, { error: { code: 'rate-limited', message: 'slow down' } }).fetch })).resolves.toMatchObject({ ok: false, reason: 'refused', message: expect.stringMatching(/^Too many packs/) });
    await expect(storePackOnServer('{}', { base, fetch: answer(413, { error: { code: 'body-too-large', message: 'x' } }).fetch })).resolves.toMatchObject({ ok: false, message: expect.stringContaining('bigger') });
    // A 201 whose path is not /p/<its id> (or an id that could carry a path) is not a link we share.
    for (const body of [{ id: 'abc123', path: 'https://evil.example/p/abc123' }, { id: '../x/y', path: '/p/../x/y' }, { id: 'abcd' }]) {
      await expect(storePackOnServer('{}', { base, fetch: answer(201, body).fetch })).resolves.toMatchObject({ ok: false });
    }
  });

  it('says the server could not be reached when the request fails or times out', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(storePackOnServer('{}', { base, fetch: failing })).resolves.toMatchObject({ ok: false, reason: 'network', message: expect.stringContaining('could not be reached') });
    const hanging = ((_u: unknown, init?: RequestInit) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    await expect(storePackOnServer('{}', { base, fetch: hanging, timeoutMs: 5 })).resolves.toMatchObject({ ok: false, reason: 'network' });
  });
});
