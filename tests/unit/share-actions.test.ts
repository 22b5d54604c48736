import { describe, expect, it, vi } from 'vitest';
import {
  cardFile,
  copyText,
  downloadBlob,
  shareDataFor,
  shareFile,
  shareResult,
  type ClipboardLike,
  type DocumentLike,
  type ObjectUrlApi,
  type ShareNavigatorLike,
} from '../../src/share/share-actions';

const URL_ = 'https://example.org/quiz/?c=abc';
const TEXT = `⚽ Football Trivia\nBenzema 2022\n7/10 · 1,234 points\n🟩🟥\n${URL_}`;

/** A navigator whose share() behaves like a browser's: a method (throws if detached) that settles as told. */
function fakeNavigator(outcome: 'resolve' | Error, opts: { canShare?: (data?: ShareData) => boolean } = {}) {
  const log: string[] = [];
  const nav = {
    log,
    share: vi.fn(function (this: unknown, data: ShareData): Promise<void> {
      if (this !== nav) throw new TypeError('Illegal invocation');
      log.push('share');
      void data;
      return outcome === 'resolve' ? Promise.resolve() : Promise.reject(outcome);
    }),
    ...(opts.canShare ? { canShare: vi.fn(opts.canShare) } : {}),
  };
  return nav;
}

function fakeClipboard(outcome: 'resolve' | Error = 'resolve', log?: string[]) {
  return {
    writeText: vi.fn((text: string): Promise<void> => {
      log?.push('writeText');
      void text;
      return outcome === 'resolve' ? Promise.resolve() : Promise.reject(outcome);
    }),
  } satisfies ClipboardLike;
}

const domError = (name: string) => new DOMException(name, name);

/** A document with just enough for a hidden textarea or a download link. */
function fakeDocument(execResult = true) {
  const created: Record<string, unknown>[] = [];
  const appended: unknown[] = [];
  const doc = {
    created,
    appended,
    body: { appendChild: (el: unknown) => (appended.push(el), el) },
    activeElement: null,
    createElement: (tag: string) => {
      const el: Record<string, unknown> = {
        tag,
        style: {},
        attributes: {},
        setAttribute(k: string, v: string) {
          (el.attributes as Record<string, string>)[k] = v;
        },
        select: vi.fn(),
        click: vi.fn(),
        removed: false,
        remove() {
          el.removed = true;
        },
      };
      created.push(el);
      return el;
    },
    execCommand: vi.fn(() => execResult),
  };
  return doc as typeof doc & DocumentLike;
}

describe('shareResult', () => {
  it('calls navigator.share synchronously, before any await, and resolves "shared"', async () => {
    const nav = fakeNavigator('resolve');
    const clipboard = fakeClipboard();
    const pending = shareResult({ text: TEXT, url: URL_, title: 'Football Trivia' }, { navigator: nav, clipboard });
    // Still inside the "click handler": share must already have been called.
    expect(nav.share).toHaveBeenCalledTimes(1);
    expect(await pending).toEqual({ kind: 'shared' });
    expect(clipboard.writeText).not.toHaveBeenCalled();
    const data = nav.share.mock.calls[0]![0];
    expect(data.url).toBe(URL_);
    expect(data.text).not.toContain(URL_); // the link travels once, as the url
    expect(data.text).toContain('7/10');
    expect(data.title).toBe('Football Trivia');
  });

  it('treats AbortError as "the user cancelled": no copy, no fallback', async () => {
    const nav = fakeNavigator(domError('AbortError'));
    const clipboard = fakeClipboard();
    const onFallback = vi.fn();
    expect(await shareResult({ text: TEXT, url: URL_ }, { navigator: nav, clipboard, onFallback })).toEqual({ kind: 'cancelled' });
    expect(clipboard.writeText).not.toHaveBeenCalled();
    expect(onFallback).not.toHaveBeenCalled();
  });

  it.each(['NotAllowedError', 'DataError', 'InvalidStateError'])('copies instead when share fails with %s', async (name) => {
    const nav = fakeNavigator(domError(name));
    const clipboard = fakeClipboard('resolve', nav.log);
    expect(await shareResult({ text: TEXT, url: URL_ }, { navigator: nav, clipboard })).toEqual({ kind: 'copied' });
    expect(nav.log).toEqual(['share', 'writeText']);
    expect(clipboard.writeText).toHaveBeenCalledWith(TEXT);
  });

  it('copies (synchronously) when there is no navigator.share, e.g. desktop Firefox', async () => {
    const clipboard = fakeClipboard();
    const pending = shareResult({ text: TEXT, url: URL_ }, { navigator: {}, clipboard });
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
    expect(await pending).toEqual({ kind: 'copied' });
  });

  it('copies when canShare says no', async () => {
    const nav = fakeNavigator('resolve', { canShare: () => false });
    const clipboard = fakeClipboard();
    expect(await shareResult({ text: TEXT, url: URL_ }, { navigator: nav, clipboard })).toEqual({ kind: 'copied' });
    expect(nav.share).not.toHaveBeenCalled();
  });

  it('appends the link to the copied text when the text lacks it', async () => {
    const clipboard = fakeClipboard();
    await shareResult({ text: 'Score 5', url: URL_ }, { navigator: null, clipboard });
    expect(clipboard.writeText).toHaveBeenCalledWith(`Score 5\n${URL_}`);
  });

  it('falls back to a selectable text box when the clipboard rejects', async () => {
    const onFallback = vi.fn();
    const clipboard = fakeClipboard(domError('NotAllowedError'));
    const outcome = await shareResult({ text: TEXT, url: URL_ }, { navigator: {}, clipboard, onFallback });
    expect(outcome).toEqual({ kind: 'fallback', reason: 'clipboard-failed', text: TEXT });
    expect(onFallback).toHaveBeenCalledWith(TEXT);
  });

  it('share rejected and clipboard rejected: fallback', async () => {
    const onFallback = vi.fn();
    const outcome = await shareResult(
      { text: TEXT, url: URL_ },
      { navigator: fakeNavigator(domError('NotAllowedError')), clipboard: fakeClipboard(new Error('denied')), onFallback },
    );
    expect(outcome.kind).toBe('fallback');
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('neither share nor clipboard nor document: fallback', async () => {
    const onFallback = vi.fn();
    expect(await shareResult({ text: TEXT }, { navigator: undefined, clipboard: undefined, onFallback })).toEqual({
      kind: 'fallback',
      reason: 'no-share-no-clipboard',
      text: TEXT,
    });
    expect(onFallback).toHaveBeenCalledWith(TEXT);
  });

  it('never rejects, even when share or writeText throw synchronously or canShare throws', async () => {
    const throwing: ShareNavigatorLike = {
      share: () => {
        throw new TypeError('bad data');
      },
    };
    const clipboard: ClipboardLike = {
      writeText: () => {
        throw new Error('boom');
      },
    };
    await expect(shareResult({ text: TEXT }, { navigator: throwing, clipboard })).resolves.toMatchObject({ kind: 'fallback' });
    const canShareThrows = fakeNavigator('resolve', {
      canShare: () => {
        throw new Error('nope');
      },
    });
    await expect(shareResult({ text: TEXT }, { navigator: canShareThrows, clipboard: fakeClipboard() })).resolves.toEqual({ kind: 'copied' });
    await expect(shareResult({ text: TEXT }, { navigator: fakeNavigator('resolve'), clipboard, onFallback: () => { throw new Error('x'); } })).resolves.toEqual({ kind: 'shared' });
  });
});

describe('copyText', () => {
  it('calls clipboard.writeText synchronously', async () => {
    const clipboard = fakeClipboard();
    const pending = copyText('hello', { clipboard });
    expect(clipboard.writeText).toHaveBeenCalledWith('hello');
    expect(await pending).toEqual({ kind: 'copied' });
  });

  it('uses execCommand through a hidden textarea when there is no Clipboard API (http)', async () => {
    const doc = fakeDocument(true);
    const pending = copyText('hello', { clipboard: undefined, document: doc });
    expect(doc.execCommand).toHaveBeenCalledWith('copy'); // synchronously
    expect(await pending).toEqual({ kind: 'copied' });
    expect(doc.created[0]).toMatchObject({ tag: 'textarea', value: 'hello', removed: true });
  });

  it('falls back when execCommand refuses', async () => {
    const onFallback = vi.fn();
    expect(await copyText('hello', { document: fakeDocument(false), onFallback })).toMatchObject({ kind: 'fallback' });
    expect(onFallback).toHaveBeenCalledWith('hello');
  });
});

describe('shareDataFor', () => {
  it('leaves the text alone when there is no url', () => {
    expect(shareDataFor({ text: 'a\nb' })).toEqual({ text: 'a\nb' });
  });
});

describe('shareFile and downloadBlob', () => {
  const png = () => cardFile(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), 'result.png');
  const urlApi = (): ObjectUrlApi & { revoked: string[] } => {
    const revoked: string[] = [];
    return { revoked, createObjectURL: () => 'blob:fake/1', revokeObjectURL: (u) => void revoked.push(u) };
  };

  it('shares the PNG where files can be shared, synchronously', async () => {
    const nav = fakeNavigator('resolve', { canShare: (d) => Array.isArray(d?.files) });
    const file = png();
    const pending = shareFile({ file, text: 'My score' }, { navigator: nav, document: fakeDocument() });
    expect(nav.share).toHaveBeenCalledTimes(1);
    expect(await pending).toEqual({ kind: 'shared' });
    expect(nav.share.mock.calls[0]![0]).toEqual({ files: [file], text: 'My score' });
    expect(file.type).toBe('image/png');
  });

  it('downloads instead when files cannot be shared', async () => {
    const nav = fakeNavigator('resolve', { canShare: () => false });
    const doc = fakeDocument();
    const api = urlApi();
    const outcome = await shareFile({ file: png() }, { navigator: nav, document: doc, urlApi: api });
    expect(outcome).toEqual({ kind: 'downloaded' });
    expect(nav.share).not.toHaveBeenCalled();
    expect(doc.created[0]).toMatchObject({ tag: 'a', href: 'blob:fake/1', download: 'result.png', removed: true });
    expect(doc.created[0]!.click).toHaveBeenCalledTimes(1);
  });

  it('a cancelled file share downloads nothing; a failed one downloads', async () => {
    const doc = fakeDocument();
    const cancel = fakeNavigator(domError('AbortError'), { canShare: () => true });
    expect(await shareFile({ file: png() }, { navigator: cancel, document: doc, urlApi: urlApi() })).toEqual({ kind: 'cancelled' });
    expect(doc.created).toHaveLength(0);
    const refuse = fakeNavigator(domError('NotAllowedError'), { canShare: () => true });
    expect(await shareFile({ file: png() }, { navigator: refuse, document: doc, urlApi: urlApi() })).toEqual({ kind: 'downloaded' });
  });

  it('no document: fallback with the text', async () => {
    const onFallback = vi.fn();
    expect(await shareFile({ file: png(), text: 'T' }, { navigator: null, document: null, onFallback })).toEqual({ kind: 'fallback', reason: 'download-failed', text: 'T' });
    expect(onFallback).toHaveBeenCalledWith('T');
  });

  it('downloadBlob revokes the object URL later, not at once', () => {
    const api = urlApi();
    const later: (() => void)[] = [];
    expect(downloadBlob(new Blob(['x']), 'x.png', fakeDocument(), api, (fn) => later.push(fn))).toBe(true);
    expect(api.revoked).toEqual([]);
    later.forEach((fn) => fn());
    expect(api.revoked).toEqual(['blob:fake/1']);
    expect(downloadBlob(new Blob(['x']), 'x.png', null, api)).toBe(false);
  });
});
