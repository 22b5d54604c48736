// An existing pack file into the studio: a pack's JSON as it is (its problems then show on the
// cards, as `quiz check` would list them), or GIFT / Open Trivia DB through the CLI's importers.
import { importText, sniffFormat } from '../authoring/formats/import-file';
import { MAX_PACK_CHARS } from '../domain/pack/limits';
import type { Pack } from '../domain/pack/schema';

export type Imported = { ok: true; pack: Pack; message: string } | { ok: false; message: string };

const MAX_IMPORT_CHARS = 2 * MAX_PACK_CHARS;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function importPackFile(name: string, text: string): Imported {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, message: `${name} is too big to import (a pack may be at most ${MAX_PACK_CHARS / 1024 / 1024} MB).` };
  const format = sniffFormat(text);
  if (format === 'pack') {
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      return { ok: false, message: `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
    }
    // Enough shape to show cards; every other problem is the validator's to report, at its field.
    if (!isObject(data) || !Array.isArray(data.facts) || !isObject(data.source)) return { ok: false, message: `${name} is not a pack: it needs "facts" (a list) and "source".` };
    if (!data.facts.every(isObject) || (data.questions !== undefined && (!Array.isArray(data.questions) || !data.questions.every(isObject)))) return { ok: false, message: `${name} is not a pack: every fact and question must be an object.` };
    const pack = data as unknown as Pack;
    return { ok: true, pack, message: `Imported ${name}: ${pack.facts.length} facts${pack.questions?.length ? `, ${pack.questions.length} hand-written questions` : ''}.` };
  }
  const baseName = name.replace(/\.[^.]+$/, '');
  const { pack, problems } = importText(format, text, { baseName });
  const count = pack.questions?.length ?? 0;
  if (count === 0) return { ok: false, message: `Nothing could be imported from ${name}${problems[0] ? `: ${problems[0].message}` : ''}.` };
  const skipped = problems.filter((p) => p.severity === 'error').length;
  const label = format === 'gift' ? 'GIFT' : 'Open Trivia DB';
  return { ok: true, pack, message: `Imported ${count} question${count === 1 ? '' : 's'} from ${name} (${label})${skipped ? `; ${skipped} could not be imported` : ''}. Fill in the pack details (publisher, date).` };
}
