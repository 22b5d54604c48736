// The packs the server re-scores with: questions/*.json, validated by the domain at start-up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../src/domain/pack/schema';
import { validatePackText } from '../src/domain/pack/validate-text';

export interface PackIndex {
  get(packId: string, version: string): Pack | undefined;
  /** Every pack as id and version, for the client and the logs. */
  list(): { id: string; version: string; title: string }[];
  /** Every pack: the Daily across packs is drawn from them all. */
  all(): readonly Pack[];
}

export function indexPacks(packs: readonly Pack[]): PackIndex {
  const byKey = new Map(packs.map((p) => [`${p.id}@${p.version}`, p]));
  return {
    get: (packId, version) => byKey.get(`${packId}@${version}`),
    list: () => packs.map((p) => ({ id: p.id, version: p.version, title: p.title })),
    all: () => packs,
  };
}

/** Loads every pack in the folder; a pack that does not validate stops the start-up (a deploy bug). */
export function loadPacks(dir: string): PackIndex {
  const packs: Pack[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const result = validatePackText(readFileSync(join(dir, file), 'utf8'));
    if (!result.ok) throw new Error(`${file}: not a valid pack (${result.problems.length} problems)`);
    packs.push(result.pack);
  }
  return indexPacks(packs);
}
