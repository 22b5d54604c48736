// Packs opened in the running game (authoring): from a file picker, a drag-and-drop, or
// `?pack=<url>`. Reading is capped and never throws; the text is checked with the same
// `validatePackText` the CLI uses (so problems carry line:column). A valid pack joins the menu's
// list for this session only; one whose id matches a listed pack replaces it until a reload.
// Rounds from opened packs are prepared on the main thread (the worker only knows the bundled ones).
import type { PackProblem } from '../../domain/pack/validate';
export { describeProblem } from '../../domain/pack/problems';
import type { PackListing } from '../../domain/pack/pack-entry';
import type { OkEntry } from './opened-packs';
// Static: the generator is in the page's core chunk already (vite.config.ts); a dynamic import of
// it would make the bundler build its namespace object at run time, and the core need a runtime.
import { generateQuestions } from '../../domain/questions/generate';
// The page keeps the small half (opened-packs.ts); this module loads when a pack is opened.
export { createOpenedPacks, isPackUrl, type OkEntry, type OpenedPacks } from './opened-packs';

/** Largest pack file accepted (the bundled pack is ~40 kB). */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export type PackOrigin = 'file' | 'url' | 'link';

export type OpenResult =
  | { ok: true; entry: OkEntry; name: string; origin: PackOrigin; replaced: string | null }
  | { ok: false; name: string; origin: PackOrigin; message: string; problems: PackProblem[] };

export type TextResult = { ok: true; text: string; contentType?: string } | { ok: false; message: string };



export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export const tooBig = (bytes: number) => `the file is too big (${formatSize(bytes)}; a pack may be at most ${formatSize(MAX_PACK_BYTES)})`;

/** Read a picked or dropped file as text, refusing anything over the cap before reading it. */
export async function readFileText(file: Blob, maxBytes = MAX_PACK_BYTES): Promise<TextResult> {
  if (file.size > maxBytes) return { ok: false, message: tooBig(file.size) };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `the file could not be read (${describe(error)})` };
  }
}

/** Validate a pack's text (the validator is loaded on first use, keeping it out of the first chunk). */
/** How long a pack may take to check before the game gives up on it (the page stays usable meanwhile). */
export const CHECK_BUDGET_MS = 15_000;

type CheckResult = ReturnType<typeof import('../../domain/pack/validate-text').validatePackText>;

/** Validate in a worker with a time budget; inline where workers are missing (tests, old browsers). */
async function validateOffThread(text: string): Promise<CheckResult> {
  if (typeof Worker === 'undefined') return (await import('../../domain/pack/validate-text')).validatePackText(text);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pack-check-worker.ts', import.meta.url), { type: 'module', name: 'pack-check' });
  } catch {
    return (await import('../../domain/pack/validate-text')).validatePackText(text);
  }
  return new Promise<CheckResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`checking took longer than ${CHECK_BUDGET_MS / 1000} s`));
    }, CHECK_BUDGET_MS);
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.addEventListener('message', (event: MessageEvent<import('./pack-check-worker').CheckReply>) => {
      done();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    });
    // A worker that cannot start (blocked script, CSP): check here instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done();
      import('../../domain/pack/validate-text').then((m) => resolve(m.validatePackText(text)), reject);
    });
    worker.postMessage({ text } satisfies import('./pack-check-worker').CheckRequest);
  });
}

export async function checkPackText(text: string, name: string, origin: PackOrigin, listed: readonly PackListing[], contentType?: string): Promise<OpenResult> {
  let result: CheckResult;
  try {
    result = await validateOffThread(text);
  } catch (error) {
    return { ok: false, name, origin, message: `${name} could not be checked (${describe(error)})`, problems: [] };
  }
  if (!result.ok) {
    const problems = result.problems.filter((p) => p.severity === 'error');
    const html = /^\s*</.test(text) || /html/i.test(contentType ?? '');
    const message = html
      ? `${name} is not a pack: it looks like a web page (HTML), not JSON.`
      : `${name} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; the game still has its other packs.`;
    return { ok: false, name, origin, message, problems };
  }
  const pack = result.pack;
  const clash = listed.find((e) => e.id === pack.id);
  // A friend who opens a shared link sees the author's title; a file the player opened is marked.
  const title = origin === 'file' ? `${pack.title} (opened file)` : pack.title;
  const roundQuestions = generateQuestions(pack, { seed: 'menu', count: pack.facts.length + (pack.questions?.length ?? 0) }).length;
  const entry: OkEntry = { status: 'ok', file: `${origin}:${name}`, id: pack.id, title, version: pack.version, pack, warnings: result.warnings, roundQuestions };
  return { ok: true, entry, name, origin, replaced: clash ? clash.title : null };
}


export function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
