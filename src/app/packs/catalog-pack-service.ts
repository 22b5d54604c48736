// The built game's pack service: the menu's listing comes from the catalog made at build time
// (build/pack-catalog.ts, which validated every bundled pack with the same loader), and a round
// loads only its own pack's chunk. No validator and no worker on the page.
import type { Pack } from '../../domain/pack/schema';
import { choosePack, type PackListing } from '../../domain/pack/pack-entry';
import type { PackService } from './pack-service';
// Static: every round needs the generator, so it comes in the wiring's own chunk (one request
// fewer on the way to a deep link's first question).
import { isDailyAcrossPacks, prepareRound } from './prepare-round';

export function catalogPackService(catalog: readonly PackListing[], packData: Readonly<Record<string, () => Promise<unknown>>>): PackService {
  const packs = new Map<string, Promise<Pack>>();
  const packFor = (file: string) => {
    let pack = packs.get(file);
    if (!pack) {
      const load = packData[file];
      // Checked at build time: the data is the validator's own output.
      pack = load ? (load() as Promise<Pack>) : Promise.reject(new Error(`no data for ${file}`));
      // A failed download may succeed on the next try (offline, then online).
      pack.catch(() => packs.delete(file));
      packs.set(file, pack);
    }
    return pack;
  };
  return {
    load(onProgress) {
      onProgress?.(1, 1);
      return Promise.resolve([...catalog]);
    },
    async round(request) {
      // The Daily across packs needs every pack: their chunks load together, once each.
      if (isDailyAcrossPacks(request)) {
        const listed = catalog.filter((p): p is Extract<PackListing, { status: 'ok' }> => p.status === 'ok');
        const entries = await Promise.all(listed.map(async (listing) => ({ ...listing, pack: await packFor(listing.file) })));
        return prepareRound(entries, request);
      }
      const listing = choosePack(catalog, request.packIds);
      if (!listing) return null;
      const pack = await packFor(listing.file);
      return prepareRound([{ ...listing, pack }], request);
    },
    dispose() {},
  };
}
