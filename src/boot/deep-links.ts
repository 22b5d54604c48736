// Deep links: `?autostart=classic[&pack=id][&difficulty=hard]` starts a round at once (benchmarks,
// shared links); a challenge link (`?c=…`) opens on its intro; a pack carried in the link
// (`#pack=…`) is listed first. Decides the first screen once the packs (and that round) are in.
import type { GameController } from '../app/controller';
import type { PackListing } from '../domain/pack/pack-entry';
import type { Difficulty } from '../domain/pack/schema';
import { MENU_DIFFICULTIES, isMenuMode, type MenuMode } from '../state/settings-store';
import { isPackUrl, type OpenedPacks } from '../app/packs/opened-packs';
import type { UiStore } from '../state/ui-store';

export interface StartParams {
  mode: MenuMode;
  packId?: string;
  difficulty?: Difficulty;
}

/** `?autostart=classic[&pack=id][&difficulty=hard]`, or null when the page was not opened so. */
export function parseStartParams(search: string): StartParams | null {
  const params = new URLSearchParams(search);
  const mode = params.get('autostart');
  if (!isMenuMode(mode)) return null;
  const difficulty = params.get('difficulty');
  const packId = params.get('pack');
  // `?pack=<url>&autostart=…` is the pack opener's: it starts the round once the file is in.
  if (isPackUrl(packId)) return null;
  return {
    mode,
    ...(packId ? { packId } : {}),
    ...(difficulty && (MENU_DIFFICULTIES as readonly string[]).includes(difficulty) ? { difficulty: difficulty as Difficulty } : {}),
  };
}

export interface DeepLinkDeps {
  window: Window;
  /** The ui store itself (a pack in the link is listed before the menu shows). */
  uiStore: UiStore;
  search: string;
  controller: GameController;
  packs: Promise<PackListing[]>;
  openedPacks: OpenedPacks;
  /** A challenge link's round, prepared (sharing decides); null when the page has none. */
  prepareFromLink(listed: Promise<PackListing[]>): Promise<boolean> | null;
  /** The pack list to show on the menu. */
  setPacks(packs: PackListing[]): void;
}

/** The first screen: a deep link's question, a challenge's intro, or the menu. */
export function firstScreen(deps: DeepLinkDeps): Promise<'menu' | 'quiz' | 'intro'> {
  const { window: win, controller } = deps;
  const start = parseStartParams(deps.search);
  const listed = /[#&]pack(?:ref)?=/.test(win.location.hash)
    ? import('../app/packs/linked-pack').then(
        (m) => m.listLinkedPack(win.location.hash, deps.packs, deps.openedPacks, { uiStore: deps.uiStore, selectPack: (id) => controller.selectPack(id) }, localStorageOrNull(win)),
        () => deps.packs,
      )
    : deps.packs;
  // A deep link's round is requested at once, so it is ready as soon as its pack is.
  const linkRound = start ? null : deps.prepareFromLink(listed);
  const round: Promise<'quiz' | 'intro' | null> = start
    ? (listed === deps.packs ? controller.prepareRound(start) : listed.then(() => controller.prepareRound(start))).then((ok) => (ok ? 'quiz' : null))
    : linkRound
      ? linkRound.then((ok) => (ok ? 'intro' : null))
      : Promise.resolve(null);
  return Promise.all([listed.then((list) => deps.setPacks(list), () => deps.setPacks([])), round.catch(() => null)]).then(([, screen]) => screen ?? 'menu');
}

function localStorageOrNull(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
