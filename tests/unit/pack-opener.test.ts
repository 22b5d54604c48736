// Opening packs from files and URLs: caps, timeouts, HTTP errors, id clashes, where rounds come from.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkPackText, createOpenedPacks, describeProblem, isPackUrl, readFileText } from '../../src/app/packs/pack-opener';
import { fetchPackText } from '../../src/app/packs/fetch-pack';
import type { PackService } from '../../src/app/packs/pack-service';
import { createUiStore } from '../../src/state/ui-store';
import type { Pack } from '../../src/domain/pack/schema';
import { generateQuestions } from '../../src/domain/questions/generate';

const miniText = readFileSync('tests/fixtures/mini-pack.json', 'utf8');
const respond = (body: BodyInit | null, init: ResponseInit = {}) => vi.fn(async () => new Response(body, init)) as unknown as typeof fetch;

describe('isPackUrl', () => {
  it('tells a pack id from an address', () => {
    expect(isPackUrl('benzema-2022')).toBe(false);
    expect(isPackUrl(null)).toBe(false);
    expect(isPackUrl('')).toBe(false);
    for (const url of ['/packs/a.json', 'a.json', 'https://example.org/p.json', 'Mini']) expect(isPackUrl(url)).toBe(true);
  });
});

describe('readFileText', () => {
  it('reads small files and refuses big ones before reading', async () => {
    await expect(readFileText(new Blob(['{}']))).resolves.toEqual({ ok: true, text: '{}' });
    const big = await readFileText(new Blob(['x'.repeat(2000)]), 1000);
    expect(big).toMatchObject({ ok: false, message: expect.stringContaining('too big') });
  });
});

describe('fetchPackText', () => {
  const base = 'http://game.test/index.html';
  it('downloads, resolving relative addresses against the page', async () => {
    const f = respond(miniText, { headers: { 'content-type': 'application/json' } });
    await expect(fetchPackText('/p/mini.json', { base, fetch: f })).resolves.toMatchObject({ ok: true, text: miniText, contentType: 'application/json' });
    expect((f as unknown as { mock: { calls: unknown[][] } }).mock.calls[0]![0]).toBe('http://game.test/p/mini.json');
  });
  it('reports HTTP errors, bad addresses and other protocols', async () => {
    await expect(fetchPackText('/x.json', { base, fetch: respond('no', { status: 404, statusText: 'Not Found' }) })).resolves.toEqual({ ok: false, message: 'the server answered HTTP 404 Not Found' });
    await expect(fetchPackText('http://[::1', { base })).resolves.toMatchObject({ ok: false, message: expect.stringContaining('not a valid address') });
    await expect(fetchPackText('javascript:alert(1)', { base })).resolves.toMatchObject({ ok: false, message: expect.stringContaining('only http and https') });
    await expect(fetchPackText('data:application/json,{}', { base })).resolves.toMatchObject({ ok: false });
  });
  it('reports network (and CORS) failures', async () => {
    const f = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(fetchPackText('https://elsewhere.test/p.json', { base, fetch: f })).resolves.toMatchObject({ ok: false, message: expect.stringContaining('CORS') });
  });
  it('gives up after the timeout', async () => {
    const f = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    ) as unknown as typeof fetch;
    await expect(fetchPackText('/slow.json', { base, fetch: f, timeoutMs: 30 })).resolves.toEqual({ ok: false, message: 'the server did not answer within 0.03 s' });
  });
  it('caps the size by Content-Length and while streaming', async () => {
    await expect(fetchPackText('/big.json', { base, fetch: respond('x', { headers: { 'content-length': '5000000' } }) })).resolves.toMatchObject({
      ok: false,
      message: expect.stringContaining('too big'),
    });
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    await expect(fetchPackText('/endless.json', { base, fetch: respond(endless), maxBytes: 256 * 1024 })).resolves.toMatchObject({
      ok: false,
      message: expect.stringContaining('over 256 kB'),
    });
    expect(pulls).toBeLessThan(10);
  });
});

describe('checkPackText and opened packs', () => {
  it('a valid pack becomes a session entry; an id clash says what it replaces', async () => {
    const fresh = await checkPackText(miniText, 'mini.json', 'file', []);
    expect(fresh).toMatchObject({ ok: true, replaced: null, entry: { id: 'mini', title: 'Mini test pack (opened file)', file: 'file:mini.json' } });
    const listed = fresh.ok ? [{ ...fresh.entry, title: 'Bundled mini', file: '/questions/mini.json' }] : [];
    await expect(checkPackText(miniText, 'mini.json', 'url', listed)).resolves.toMatchObject({ ok: true, replaced: 'Bundled mini' });
  });
  it('a shared pack keeps its author’s title, and says how many questions a round of it can have', async () => {
    for (const origin of ['link', 'url'] as const) {
      const r = await checkPackText(miniText, 'The pack in this link', origin, []);
      expect(r).toMatchObject({ ok: true, entry: { title: 'Mini test pack' } });
    }
    const r = await checkPackText(miniText, 'mini.json', 'file', []);
    const pack = JSON.parse(miniText) as Pack;
    expect(r.ok && r.entry.roundQuestions).toBe(generateQuestions(pack, { seed: 'any', count: 1000 }).length);
  });
  it('problems keep line:column; HTML is named as such', async () => {
    const r = await checkPackText('{\n  "id": 1,\n}', 'bad.json', 'file', []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeProblem(r.problems[0]!)).toMatch(/^line 3:1 — /);
    const html = await checkPackText('<!doctype html>', 'p.json', 'url', [], 'text/html');
    expect(html).toMatchObject({ ok: false, message: expect.stringContaining('web page (HTML)') });
  });
  it('rounds from opened packs are made here, the rest by the service', async () => {
    const ui = createUiStore();
    const opened = createOpenedPacks(ui);
    const checked = await checkPackText(miniText, 'mini.json', 'file', []);
    if (!checked.ok) throw new Error('fixture invalid');
    const service: PackService = { load: async () => [], round: vi.fn(async () => null), dispose() {} };
    const bundled = { ...checked.entry, id: 'other', title: 'Other', file: '/questions/other.json' };
    ui.getState().setPacks([bundled]);
    opened.add(checked.entry);
    expect(ui.getState().packs.map((p) => p.id)).toEqual(['other', 'mini']);
    const request = { packIds: ['mini'], mode: 'classic' as const, difficulty: 'medium' as const, seed: 's' };
    const prepared = await opened.round(request, service);
    expect(prepared?.config.packId).toBe('mini');
    expect(prepared!.questions.length).toBeGreaterThan(0);
    expect(service.round).not.toHaveBeenCalled();
    await opened.round({ ...request, packIds: ['other'] }, service);
    expect(service.round).toHaveBeenCalledTimes(1);
  });
});
