// Packs opened in the running game (authoring): from a file picker, a drag-and-drop, or
// `?pack=<url>`. Reading is capped and never throws; the text is checked with the same
// `validatePackText` the CLI uses (so problems carry line:column). A valid pack joins the menu's
// list for this session only; one whose id matches a listed pack replaces it until a reload.
// Rounds from opened packs are prepared on the main thread (the worker only knows the bundled ones).
import type { PackProblem } from '../../domain/pack/validate';
import { PACK_ID_PATTERN } from '../../domain/pack/pack-id';
export { describeProblem } from '../../domain/pack/problems';
import type { UiStore } from '../../state/ui-store';
import { choosePack, type PackEntry } from '../../domain/pack/pack-entry';
import type { PackService, PreparedRound, RoundRequest } from './pack-service';

/** Largest pack file accepted (the bundled pack is ~40 kB). */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export type OkEntry = Extract<PackEntry, { status: 'ok' }>;
export type PackOrigin = 'file' | 'url' | 'link';

export type OpenResult =
  | { ok: true; entry: OkEntry; name: string; origin: PackOrigin; replaced: string | null }
  | { ok: false; name: string; origin: PackOrigin; message: string; problems: PackProblem[] };

export type TextResult = { ok: true; text: string; contentType?: string } | { ok: false; message: string };


/** `?pack=` names a bundled pack by id (`benzema-2022`) or a pack file by URL (`/my/pack.json`). */
export function isPackUrl(value: string | null | undefined): value is string {
  return !!value && !PACK_ID_PATTERN.test(value);
}

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

export async function checkPackText(text: string, name: string, origin: PackOrigin, listed: readonly PackEntry[], contentType?: string): Promise<OpenResult> {
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
  const suffix = origin === 'file' ? 'opened file' : `opened from ${origin === 'url' ? 'URL' : 'link'}`;
  const entry: OkEntry = { status: 'ok', file: `${origin}:${name}`, id: pack.id, title: `${pack.title} (${suffix})`, pack, warnings: result.warnings };
  return { ok: true, entry, name, origin, replaced: clash ? clash.title : null };
}


/** Session-only packs: what the menu lists, and where their rounds are made. */
export interface OpenedPacks {
  list(): readonly OkEntry[];
  /** Put a valid opened pack into the menu's list (replacing one with its id) and select it. */
  add(entry: OkEntry): void;
  /** Prepare a round: opened packs here, everything else by the pack service. */
  round(request: RoundRequest, service: PackService): Promise<PreparedRound | null>;
}

export function createOpenedPacks(uiStore: UiStore): OpenedPacks {
  const opened = new Map<string, OkEntry>();
  return {
    list: () => [...opened.values()],
    add(entry) {
      opened.set(entry.id, entry);
      const packs = uiStore.getState().packs;
      const at = packs.findIndex((p) => p.id === entry.id);
      uiStore.getState().setPacks(at >= 0 ? packs.map((p, i) => (i === at ? entry : p)) : [...packs, entry]);
    },
    async round(request, service) {
      const listed = uiStore.getState().packs;
      const chosen = listed.length > 0 ? choosePack(listed, request.packIds) : undefined;
      if (chosen && opened.get(chosen.id) === chosen) {
        const { prepareRound } = await import('./prepare-round');
        return prepareRound([chosen], request);
      }
      return service.round(request);
    },
  };
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
