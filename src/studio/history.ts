// Undo and redo for the studio: a pure, immutable history of whole documents (a pack is small, and
// whole snapshots make undo exact). Typing in one field is one step, not one per key: a push with
// the same `key` as the last replaces the present instead of adding a step.
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The key of the last push, while the next one may still merge with it. */
  readonly lastKey: string | null;
}

export const MAX_STEPS = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null };
}

/** A new present. Same `key` as the previous push (typing in one field): merged into one step. */
export function push<T>(h: History<T>, next: T, key: string | null = null): History<T> {
  if (Object.is(next, h.present)) return h;
  if (key !== null && key === h.lastKey && h.past.length > 0) return { past: h.past, present: next, future: [], lastKey: key };
  const past = [...h.past, h.present];
  return { past: past.length > MAX_STEPS ? past.slice(past.length - MAX_STEPS) : past, present: next, future: [], lastKey: key };
}

/** Ends the current merge: the next push is a step of its own even with the same key. */
export function seal<T>(h: History<T>): History<T> {
  return h.lastKey === null ? h : { ...h, lastKey: null };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past.at(-1);
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: prev as T, future: [h.present, ...h.future], lastKey: null };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0] as T, future: h.future.slice(1), lastKey: null };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;
