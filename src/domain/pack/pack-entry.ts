// What the menu knows about a pack file: valid (with the pack) or invalid (with readable problems).
// Types and formatting only, so the page can show entries without loading the validator.
import type { Pack } from './schema';
import type { PackProblem } from './validate';

export type PackEntry =
  | {
      status: 'ok';
      file: string;
      id: string;
      title: string;
      version: string;
      pack: Pack;
      warnings: PackProblem[];
      /** The most questions one round of it can have (one per group), where it is known (opened
       *  packs, which may be small): the menu promises no more. */
      roundQuestions?: number;
    }
  | { status: 'invalid'; file: string; id: string; title: string; problems: PackProblem[] };

/**
 * What the menu lists: an entry, without the pack's facts for a valid one. The built game lists
 * its bundled packs from a catalog made at build time and loads a pack's facts only when a round
 * needs them; entries (opened packs, the dev server's) are listings too.
 */
export type PackListing = (Omit<Extract<PackEntry, { status: 'ok' }>, 'pack'> & PackSize) | Extract<PackEntry, { status: 'invalid' }>;

/** What the menu says about a pack's size and date: "18 questions · 20 December 2022". */
export interface PackSize {
  /** Independent fact groups: the most questions a round (or a Survival run) can ask. */
  questions?: number;
  /** The article's date, YYYY-MM-DD. */
  published?: string;
}

/** File path → lazy loader, the shape `import.meta.glob(..., { import: 'default' })` returns. */
export type PackSources = Record<string, () => Promise<unknown>>;

/** The first valid pack among the preferred ids (a deep link's, the last played), else the first valid one. */
export function choosePack<E extends PackListing>(entries: readonly E[], preferred: readonly (string | null | undefined)[]): Extract<E, { status: 'ok' }> | undefined {
  const valid = entries.filter((p): p is Extract<E, { status: 'ok' }> => p.status === 'ok');
  for (const id of preferred) {
    const hit = id ? valid.find((p) => p.id === id) : undefined;
    if (hit) return hit;
  }
  return valid[0];
}

export function fileLabel(path: string): string {
  return path.split('/').pop() ?? path;
}

