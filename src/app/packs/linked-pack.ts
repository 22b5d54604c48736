// A pack carried in the page's link (`#pack=…`, made by the studio's Play and Share): decoded and
// checked exactly like a dropped file (validatePackText in the worker), then listed and selected
// for this session, before any round is prepared, so `?autostart=` and a challenge link (`?c=`) for
// it work too. Loaded only when the hash has a pack, so the game's first load does not carry it.
import type { PackListing } from '../../domain/pack/pack-entry';
import { decodePackLink, hasPackLink, takeHandedOverPack } from '../../share/pack-link';
import type { GameController } from '../controller';
import type { UiStore } from '../../state/ui-store';
import { checkPackText, describeProblem, type OpenedPacks } from './pack-opener';

export async function listLinkedPack(hash: string, listed: Promise<PackListing[]>, opened: OpenedPacks, app: { uiStore: UiStore; selectPack: GameController['selectPack'] }, storage: Pick<Storage, 'getItem'> | null): Promise<PackListing[]> {
  // `#packref=`: a pack too big for a link, left in this browser's storage by the studio's Play.
  const [decoded, entries] = await Promise.all([hasPackLink(hash) ? decodePackLink(hash) : Promise.resolve(takeHandedOverPack(hash, storage)), listed]);
  const ui = app.uiStore.getState();
  ui.setPacks(entries);
  if (!decoded.ok) {
    ui.setNotice(decoded.message);
    return entries;
  }
  const result = await checkPackText(decoded.text, 'The pack in this link', 'link', entries);
  if (!result.ok) {
    const first = result.problems.slice(0, 2).map(describeProblem).join('; ');
    ui.setNotice(`${result.message}${first ? ` ${first}.` : ''}`);
    return entries;
  }
  // Listed (replacing a pack with its id) and prepared on the main thread, like an opened file.
  opened.add(result.entry);
  app.selectPack(result.entry.id);
  return app.uiStore.getState().packs;
}
