// One door for a quiz file from elsewhere, shared by `quiz import` and the studio: Open Trivia DB
// or GIFT text → a full pack of hand-written questions, with the metadata each source implies.
import type { Pack } from '../../domain/pack/schema';
import { FALLBACK_TODAY } from '../draft/dates';
import { parseGift } from './gift';
import { importedPack, type ImportProblem, type ImportResult, type PackMeta } from './imported';
import { parseOpenTdb, type Encoding } from './opentdb';

export const IMPORT_FORMATS = ['opentdb', 'gift'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface MetaArgs {
  /** The file's name without its extension: a GIFT pack's title when it names no category. */
  baseName: string;
  title?: string;
  id?: string;
  published?: string;
}

export function importMeta(format: ImportFormat, args: MetaArgs, result: ImportResult): PackMeta {
  const published = args.published ?? FALLBACK_TODAY;
  if (format === 'opentdb') {
    return {
      id: args.id,
      title: args.title ?? (result.category ? `Open Trivia DB: ${result.category}` : 'Open Trivia DB questions'),
      authors: ['Open Trivia Database contributors'],
      licence: 'CC-BY-SA-4.0',
      publisher: 'Open Trivia Database',
      url: 'https://opentdb.com/',
      published,
    };
  }
  return {
    id: args.id,
    title: args.title ?? result.category ?? args.baseName,
    authors: ['Imported — replace me'],
    licence: 'unknown — fill in',
    publisher: 'unknown — fill in',
    published,
  };
}

export function importText(format: ImportFormat, text: string, args: MetaArgs, encoding: Encoding = 'auto'): { pack: Pack; problems: ImportProblem[] } {
  const result = format === 'gift' ? parseGift(text) : parseOpenTdb(text, encoding);
  return importedPack(result, importMeta(format, args, result));
}

/** What a file most likely is, from its text: a pack, an Open Trivia DB response, or GIFT. */
export function sniffFormat(text: string): 'pack' | ImportFormat {
  const head = text.trimStart();
  if (head.startsWith('{')) return /"response_code"\s*:/.test(text.slice(0, 4096)) && /"results"\s*:/.test(text) ? 'opentdb' : 'pack';
  return 'gift';
}
