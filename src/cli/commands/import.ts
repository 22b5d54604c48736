// npm run quiz -- import <opentdb|gift> <file> [--title T] [--id ID] [--published D] [--encoding E] [--out F]
// A full pack of hand-written questions on stdout (or --out); problems on stderr with line
// numbers. Exit 0 when anything came through, 1 when nothing did or when `check` would refuse the
// pack (too big, a title with a bidi control): then nothing is written.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basename, extname } from 'node:path';
import { MAX_PACK_CHARS } from '../../domain/pack/limits';
import { FALLBACK_TODAY, isIsoDay } from '../../authoring/draft/dates';
import { IMPORT_FORMATS, importText } from '../../authoring/formats/import-file';
import { ENCODINGS, type Encoding } from '../../authoring/formats/opentdb';
import { emit } from './output';
import { flagTextProblem, partsNeeded, refusalReasons } from './write-gate';

export { IMPORT_FORMATS };
/** Largest file import reads: twice what a pack may be (a pack is about 4× its GIFT source). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

export interface ImportArgs {
  format: string;
  file: string;
  title?: string;
  id?: string;
  published?: string;
  encoding?: string;
  out?: string;
}

export function importQuestions(args: ImportArgs, out: (line: string) => void, err: (line: string) => void): number {
  const format = args.format as (typeof IMPORT_FORMATS)[number];
  if (!IMPORT_FORMATS.includes(format)) {
    err(`import: unknown format "${args.format}"; use one of ${IMPORT_FORMATS.join(', ')}`);
    return 2;
  }
  if (args.encoding !== undefined && (format !== 'opentdb' || !ENCODINGS.includes(args.encoding as Encoding))) {
    err(`import: --encoding is for opentdb and must be one of ${ENCODINGS.join(', ')}`);
    return 2;
  }
  if (args.published !== undefined && !isIsoDay(args.published)) {
    err(`import: --published must be a real date written YYYY-MM-DD, not "${args.published}"`);
    return 2;
  }
  const badTitle = flagTextProblem('import', 'title', args.title);
  if (badTitle) {
    err(badTitle);
    return 2;
  }
  let text: string;
  try {
    const size = statSync(args.file).size;
    if (size > MAX_IMPORT_BYTES) {
      err(`import: ${args.file} is ${(size / 1024 / 1024).toFixed(1)} MB; import reads at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB at a time (split the file)`);
      return 1;
    }
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    err(`import: cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
    return 1;
  }
  const baseName = basename(args.file, extname(args.file));
  const { pack, problems } = importText(format, text, { baseName, ...pick(args) }, (args.encoding ?? 'auto') as Encoding);
  for (const p of problems) err(`${args.file}${p.line ? `:${p.line}` : ''}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
  const count = pack.questions?.length ?? 0;
  if (count === 0) {
    err(`import: nothing imported from ${args.file}`);
    return 1;
  }
  if (!args.published) err(`import: source.published set to ${FALLBACK_TODAY}; pass --published YYYY-MM-DD`);
  const json = JSON.stringify(pack, null, 2);
  // Refused, not split: one input becoming several packs would need ids, titles and files the
  // author never chose. Say how to split instead.
  if (json.length > MAX_PACK_CHARS) {
    const { parts, perPart } = partsNeeded(json.length, count);
    err(`import: nothing written${args.out ? ` (${args.out} left as it was)` : ''}: the ${count.toLocaleString('en')} questions make a ${(json.length / 1024 / 1024).toFixed(1)} MB pack, more than the ${MAX_PACK_CHARS / 1024 / 1024} MB that check and the game accept; split ${args.file} into ${parts} files of at most ${perPart.toLocaleString('en')} questions and import each`);
    return 1;
  }
  const refused = refusalReasons(json);
  if (refused.length > 0) {
    for (const r of refused) err(`import: check would refuse: ${r}`);
    err(`import: nothing written${args.out ? ` (${args.out} left as it was)` : ''}: fix what is above and import again`);
    return 1;
  }
  emit(json, args.out, out);
  const skipped = problems.filter((p) => p.severity === 'error').length;
  err(`import: ${count} question(s) imported${args.out ? ` into ${args.out}` : ''}${skipped ? `, ${skipped} problem(s) above` : ''}`);
  return 0;
}

function pick(args: ImportArgs): { title?: string; id?: string; published?: string } {
  return { ...(args.title !== undefined ? { title: args.title } : {}), ...(args.id !== undefined ? { id: args.id } : {}), ...(args.published !== undefined ? { published: args.published } : {}) };
}

/** `import` as typed on the command line. */
export function importCommand(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      title: { type: 'string' }, id: { type: 'string' }, published: { type: 'string' },
      encoding: { type: 'string' }, out: { type: 'string' },
    },
  });
  if (positionals.length !== 2) {
    err(`import: name a format (${IMPORT_FORMATS.join(' or ')}) and one file`);
    return 2;
  }
  return importQuestions({ format: positionals[0]!, file: positionals[1]!, ...values }, out, err);
}
