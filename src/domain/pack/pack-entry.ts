// What the menu knows about a pack file: valid (with the pack) or invalid (with readable problems).
// Types and formatting only, so the page can show entries without loading the validator.
import type { Pack } from './schema';
import type { PackProblem } from './validate';

export type PackEntry =
  | { status: 'ok'; file: string; id: string; title: string; pack: Pack; warnings: PackProblem[] }
  | { status: 'invalid'; file: string; id: string; title: string; problems: PackProblem[] };

/** File path → lazy loader, the shape `import.meta.glob(..., { import: 'default' })` returns. */
export type PackSources = Record<string, () => Promise<unknown>>;

/** The first valid pack among the preferred ids (a deep link's, the last played), else the first valid one. */
export function choosePack(entries: readonly PackEntry[], preferred: readonly (string | null | undefined)[]): Extract<PackEntry, { status: 'ok' }> | undefined {
  const valid = entries.filter((p): p is Extract<PackEntry, { status: 'ok' }> => p.status === 'ok');
  for (const id of preferred) {
    const hit = id ? valid.find((p) => p.id === id) : undefined;
    if (hit) return hit;
  }
  return valid[0];
}

export function fileLabel(path: string): string {
  return path.split('/').pop() ?? path;
}

