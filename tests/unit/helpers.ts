import type { SyncStorage } from '../../src/state/safe-storage';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../src/domain/pack/schema';
import { validatePack } from '../../src/domain/pack/validate';

export const ROOT = join(import.meta.dirname, '..', '..');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

export function loadValidPack(path: string): Pack {
  const result = validatePack(readJson(path));
  if (!result.ok) throw new Error(`${path} is invalid: ${JSON.stringify(result.problems, null, 1)}`);
  return result.pack;
}

/** Every pack shipped in questions/ plus the test fixture: invariants must hold for all. */
export function allPackPaths(): string[] {
  const shipped = readdirSync(join(ROOT, 'questions'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => `questions/${f}`);
  return [...shipped, 'tests/fixtures/mini-pack.json'];
}

/** A deep copy to break in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** An in-memory storage that counts writes (the stores' tests hand it in instead of localStorage). */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: SyncStorage & { data: Map<string, string>; writes: number } = {
    data,
    writes: 0,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      storage.writes++;
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return storage;
}
