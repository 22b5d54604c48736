// The pack service on the main thread: the worker's fallback, and what tests hand to createGame.
import { prepareRound } from './prepare-round';
import type { PackSources } from '../../domain/pack/pack-entry';
import type { PackService } from './pack-service';
import { loadPacks } from './packs';

export function inlinePackService(sources: PackSources): PackService {
  let entries: ReturnType<typeof loadPacks> | null = null;
  return {
    load: (onProgress) => (entries ??= loadPacks(sources, onProgress)),
    round: async (request) => prepareRound(await (entries ??= loadPacks(sources)), request),
    dispose() {},
  };
}
