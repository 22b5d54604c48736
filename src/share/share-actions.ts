// Share, copy and download, with everything the browser provides passed in (tests pass fakes).
//
// The one rule that matters: browsers only allow share() and clipboard writes during a click's
// "user activation", and any `await` before the call can spend it (→ NotAllowedError). So these
// functions are NOT async: they call navigator.share / clipboard.writeText synchronously, on the
// first line of work, and only then return a promise. Call them directly from the click handler,
// with the text and the card already built (build the card when the results screen opens).
//
// Outcomes are a union, never a rejection: 'cancelled' (the user closed the share sheet: not an
// error, and we do not also copy), 'shared', 'copied', 'downloaded', or 'fallback' with the text,
// meaning "show it in a selectable text box" (onFallback is called too).

export type FallbackReason = 'no-share-no-clipboard' | 'clipboard-failed' | 'download-failed';

export type ShareOutcome =
  | { kind: 'shared' }
  | { kind: 'cancelled' }
  | { kind: 'copied' }
  | { kind: 'downloaded' }
  | { kind: 'fallback'; reason: FallbackReason; text: string };

/** The part of `navigator` used here. */
export interface ShareNavigatorLike {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data?: ShareData) => boolean;
}

/** The part of `navigator.clipboard` used here. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** The part of `document` used for downloads and the old copy command. */
export type DocumentLike = Pick<Document, 'createElement' | 'body'> & Partial<Pick<Document, 'execCommand' | 'activeElement'>>;

/** The part of `URL` used for downloads. */
export interface ObjectUrlApi {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

export interface CopyDeps {
  /** Usually `navigator.clipboard`; missing in insecure (http) contexts. */
  clipboard?: ClipboardLike | null;
  /** Enables the old `execCommand('copy')` when the Clipboard API is missing. */
  document?: DocumentLike | null;
  /** Called with the text when nothing could copy it: show a selectable text box. */
  onFallback?: (text: string) => void;
}

export interface ShareDeps extends CopyDeps {
  navigator?: ShareNavigatorLike | null;
}

export interface ShareInput {
  /** The whole message, link included (makeShareText): what gets copied. */
  text: string;
  /** The challenge link, also sent as the share's `url`. */
  url?: string;
  title?: string;
}

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

const isAbort = (error: unknown) => errorName(error) === 'AbortError';

function fallback(reason: FallbackReason, text: string, onFallback?: (text: string) => void): ShareOutcome {
  try {
    onFallback?.(text);
  } catch {
    // The outcome still tells the caller.
  }
  return { kind: 'fallback', reason, text };
}

/** execCommand('copy') through a hidden textarea: deprecated, but the only way on http. Synchronous. */
function legacyCopy(text: string, doc: DocumentLike | null | undefined): boolean {
  if (!doc || typeof doc.execCommand !== 'function' || !doc.body) return false;
  let area: HTMLTextAreaElement | null = null;
  const previous = doc.activeElement as HTMLElement | null | undefined;
  try {
    area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.left = '-9999px';
    area.style.opacity = '0';
    doc.body.appendChild(area);
    area.select();
    return doc.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    try {
      area?.remove();
      previous?.focus?.();
    } catch {
      // Best effort.
    }
  }
}

/**
 * Copy text. Calls clipboard.writeText synchronously (or execCommand when there is no Clipboard
 * API); resolves 'copied' or 'fallback'. Never rejects.
 */
export function copyText(text: string, deps: CopyDeps): Promise<ShareOutcome> {
  const clipboard = deps.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    let pending: Promise<void>;
    try {
      pending = clipboard.writeText(text);
    } catch {
      return Promise.resolve(legacyCopy(text, deps.document) ? { kind: 'copied' } : fallback('clipboard-failed', text, deps.onFallback));
    }
    return Promise.resolve(pending).then(
      (): ShareOutcome => ({ kind: 'copied' }),
      (): ShareOutcome => (legacyCopy(text, deps.document) ? { kind: 'copied' } : fallback('clipboard-failed', text, deps.onFallback)),
    );
  }
  if (legacyCopy(text, deps.document)) return Promise.resolve({ kind: 'copied' });
  return Promise.resolve(fallback('no-share-no-clipboard', text, deps.onFallback));
}

/** What goes to navigator.share: the link in `url`, not repeated in `text`. */
export function shareDataFor(input: ShareInput): ShareData {
  const data: ShareData = {};
  if (input.title) data.title = input.title;
  let text = input.text;
  if (input.url) {
    data.url = input.url;
    text = text
      .split('\n')
      .filter((line) => line.trim() !== input.url)
      .join('\n');
  }
  data.text = text;
  return data;
}

/** The text that is copied: always includes the link. */
function copyableText(input: ShareInput): string {
  return input.url && !input.text.includes(input.url) ? `${input.text}\n${input.url}` : input.text;
}

/**
 * Share a result: the share sheet if there is one (and it accepts the data), else the clipboard,
 * else a fallback. share() is called synchronously, before this returns. If share() fails for any
 * reason but cancellation (e.g. NotAllowedError), the text is copied instead. Never rejects.
 */
export function shareResult(input: ShareInput, deps: ShareDeps): Promise<ShareOutcome> {
  const nav = deps.navigator;
  const data = shareDataFor(input);
  const copy = () => copyText(copyableText(input), deps);

  if (nav && typeof nav.share === 'function') {
    let accepted = true;
    try {
      if (typeof nav.canShare === 'function') accepted = nav.canShare(data) !== false;
    } catch {
      accepted = false;
    }
    if (accepted) {
      let pending: Promise<void>;
      try {
        pending = nav.share(data);
      } catch {
        return copy();
      }
      return Promise.resolve(pending).then(
        (): ShareOutcome => ({ kind: 'shared' }),
        (error: unknown) => (isAbort(error) ? { kind: 'cancelled' } : copy()),
      );
    }
  }
  return copy();
}

/** A PNG file for sharing, from the card's blob. */
export function cardFile(blob: Blob, filename = 'football-trivia-result.png'): File {
  return new File([blob], filename, { type: blob.type || 'image/png' });
}

/**
 * Save a blob as a file through a temporary <a download>. Synchronous; false if it could not.
 * The object URL is revoked a little later: revoking at once can cancel the download.
 */
export function downloadBlob(
  blob: Blob,
  filename: string,
  doc: DocumentLike | null | undefined,
  urlApi: ObjectUrlApi = URL,
  later: (fn: () => void) => void = (fn) => setTimeout(fn, 30_000),
): boolean {
  if (!doc?.body) return false;
  let href: string | null = null;
  try {
    href = urlApi.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = href;
    link.download = filename;
    link.rel = 'noopener';
    link.style.display = 'none';
    doc.body.appendChild(link);
    link.click();
    link.remove();
    const url = href;
    later(() => urlApi.revokeObjectURL(url));
    return true;
  } catch {
    if (href) {
      try {
        urlApi.revokeObjectURL(href);
      } catch {
        // Ignore.
      }
    }
    return false;
  }
}

export interface ShareFileDeps {
  navigator?: ShareNavigatorLike | null;
  document?: DocumentLike | null;
  urlApi?: ObjectUrlApi;
  onFallback?: (text: string) => void;
}

/**
 * Share the result card image where the platform can share files (mostly mobile), otherwise
 * download it. share() is called synchronously. 'cancelled' downloads nothing; any other share
 * failure downloads instead. 'fallback' (with `text`) only if the download could not start either.
 */
export function shareFile(input: { file: File; text?: string; title?: string }, deps: ShareFileDeps): Promise<ShareOutcome> {
  const nav = deps.navigator;
  const download = (): ShareOutcome =>
    downloadBlob(input.file, input.file.name, deps.document, deps.urlApi)
      ? { kind: 'downloaded' }
      : fallback('download-failed', input.text ?? '', deps.onFallback);

  const data: ShareData = { files: [input.file] };
  if (input.text) data.text = input.text;
  if (input.title) data.title = input.title;
  let canShareFiles: boolean;
  try {
    canShareFiles = typeof nav?.share === 'function' && typeof nav.canShare === 'function' && nav.canShare({ files: [input.file] }) === true;
  } catch {
    canShareFiles = false;
  }
  if (nav && canShareFiles) {
    let pending: Promise<void>;
    try {
      // Called as a method: a detached navigator.share throws "Illegal invocation".
      pending = (nav.share as NonNullable<ShareNavigatorLike['share']>).call(nav, data);
    } catch {
      return Promise.resolve(download());
    }
    return Promise.resolve(pending).then(
      (): ShareOutcome => ({ kind: 'shared' }),
      (error: unknown): ShareOutcome => (isAbort(error) ? { kind: 'cancelled' } : download()),
    );
  }
  return Promise.resolve(download());
}
