// Packs opened in this session (see pack-opener.ts): the list the menu merges them into and where
// their rounds are made. Small, so the page has it from the start; reading and checking a pack
// file (pack-opener.ts, with the validator) loads only when one is opened.
import { PACK_ID_PATTERN } from '../../domain/pack/pack-id';
import type { UiStore } from '../../state/ui-store';
import { choosePack, type PackEntry } from '../../domain/pack/pack-entry';
import type { PackService, PreparedRound, RoundRequest } from './pack-service';
import { isDailyAcrossPacks, prepareRound } from './prepare-round';

export type OkEntry = Extract<PackEntry, { status: 'ok' }>;

/** `?pack=` names a bundled pack by id (`benzema-2022`) or a pack file by URL (`/my/pack.json`). */
export function isPackUrl(value: string | null | undefined): value is string {
  return !!value && !PACK_ID_PATTERN.test(value);
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
      // The Daily across packs is the shipped packs' alone, the same for everyone.
      if (isDailyAcrossPacks(request)) return service.round(request);
      const listed = uiStore.getState().packs;
      const chosen = listed.length > 0 ? choosePack(listed, request.packIds) : undefined;
      const own = chosen ? opened.get(chosen.id) : undefined;
      if (own && own === chosen) return prepareRound([own], request);
      return service.round(request);
    },
  };
}
