// Turns the bundled `questions/*.json` modules into menu entries. Every file is validated at
// runtime with the same validator the CLI uses; a broken file becomes an entry with readable
// problems instead of an exception, so one bad pack never takes the game down.
import { validatePack, type PackProblem } from '../../domain/pack/validate';
import { fileLabel, type PackEntry, type PackListing, type PackSources } from '../../domain/pack/pack-entry';
import { groupCount } from '../../domain/questions/recent';

export type { PackEntry, PackSources } from '../../domain/pack/pack-entry';

/** An entry without its pack: what the menu needs. */
export function listing(entry: PackEntry): PackListing {
  if (entry.status !== 'ok') return entry;
  const { pack, ...rest } = entry;
  return { ...rest, questions: groupCount(pack), ...(pack.source.published ? { published: pack.source.published } : {}) };
}

export async function loadPacks(sources: PackSources, onProgress?: (done: number, total: number) => void): Promise<PackEntry[]> {
  const files = Object.keys(sources).sort();
  let done = 0;
  const report = () => {
    try {
      onProgress?.(done, files.length);
    } catch {
      // Progress is cosmetic.
    }
  };
  report();
  const loaded = await Promise.all(
    files.map(async (file): Promise<PackEntry> => {
      let entry: PackEntry;
      try {
        const data = await sources[file]!();
        entry = entryFor(file, data);
      } catch (error) {
        entry = invalid(file, [{ code: 'file-unreadable', path: '', message: `the file could not be loaded (${describe(error)})`, severity: 'error' }]);
      }
      done++;
      report();
      return entry;
    }),
  );
  // Two files claiming one id would make rounds and links ambiguous: the later file loses.
  const seen = new Set<string>();
  return loaded.map((entry) => {
    if (entry.status !== 'ok') return entry;
    if (seen.has(entry.id)) {
      return invalid(entry.file, [{ code: 'duplicate-id', path: 'id', message: `another pack file already uses the id "${entry.id}"`, severity: 'error' }], entry.title);
    }
    seen.add(entry.id);
    return entry;
  });
}

function entryFor(file: string, data: unknown): PackEntry {
  const result = validatePack(data);
  if (result.ok) {
    return { status: 'ok', file, id: result.pack.id, title: result.pack.title, version: result.pack.version, pack: result.pack, warnings: result.warnings };
  }
  const title = typeof (data as { title?: unknown } | null)?.title === 'string' ? String((data as { title: string }).title) : undefined;
  return invalid(file, result.problems.filter((p) => p.severity === 'error'), title);
}

function invalid(file: string, problems: PackProblem[], title?: string): PackEntry {
  const label = fileLabel(file);
  return { status: 'invalid', file, id: `invalid:${label}`, title: title?.trim() || label, problems };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
