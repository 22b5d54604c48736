// npm run quiz -- draft <article.txt | -> [--title T] [--url U] [--published D] [--today D] [--out F]
// Writes a draft pack; tells the author on stderr what it found and what `check` says of it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Fact } from '../../domain/pack/schema';
import { validatePack } from '../../domain/pack/validate';
import { answerText } from '../../domain/questions/forms';
import { FALLBACK_TODAY, isIsoDay } from '../draft/dates';
import { draftPack } from '../draft/draft-pack';
import { emit, readInput } from './output';

export interface DraftArgs {
  input: string;
  title?: string;
  url?: string;
  published?: string;
  today?: string;
  out?: string;
}

export function draft(
  args: DraftArgs,
  out: (line: string) => void,
  err: (line: string) => void,
  readStdin: () => string = () => readFileSync(0, 'utf8'),
): number {
  for (const key of ['published', 'today'] as const) {
    const value = args[key];
    if (value !== undefined && !isIsoDay(value)) {
      err(`draft: --${key} must be a real date written YYYY-MM-DD, not "${value}"`);
      return 2;
    }
  }
  if (args.url !== undefined && !isUrl(args.url)) {
    err(`draft: --url must be a full URL like https://example.com/article, not "${args.url}"`);
    return 2;
  }
  let article: string;
  try {
    article = readInput(args.input, readStdin, (f) => readFileSync(f, 'utf8'));
  } catch (error) {
    err(`draft: cannot read ${args.input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
    return 1;
  }
  if (article.trim() === '') {
    err('draft: the article is empty');
    return 1;
  }
  const { pack, todaySource, sentences } = draftPack(article, args);
  const today = pack.source.asOf;
  if (todaySource === 'fallback')
    err(`draft: no publication date found: relative dates ("last year") are counted from ${FALLBACK_TODAY}; pass --published YYYY-MM-DD`);
  err(`draft: ${pack.facts.length} facts from ${sentences} sentences (today = ${today}, from ${todaySource})`);
  for (const line of summary(pack.facts)) err(`  ${line}`);

  const checked = validatePack(pack);
  if (checked.ok) {
    for (const w of checked.warnings) err(`draft: check warning: ${w.path}: ${w.message}`);
    err('draft: check passes; review every fact, fix or delete it, then remove its "review" field');
  } else {
    for (const p of checked.problems) err(`draft: check: ${p.path}: ${p.message}`);
  }
  emit(JSON.stringify(pack, null, 2), args.out, out);
  if (args.out) err(`draft: wrote ${args.out}`);
  return pack.facts.length > 0 ? 0 : 1;
}

/** One line per sentence: "sentence 9: france-goals = 37, france-caps = 97". */
function summary(facts: readonly Fact[]): string[] {
  const bySentence = new Map<string, string[]>();
  for (const f of facts) {
    const where = /sentence (\d+)/.exec(f.review ?? '')?.[1] ?? '?';
    bySentence.set(where, [...(bySentence.get(where) ?? []), `${f.id} = ${answerText(f)}`]);
  }
  return [...bySentence].map(([n, items]) => `sentence ${n}: ${items.join(', ')}`);
}

function isUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** `draft` as typed on the command line. */
export function draftCommand(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      title: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' },
      today: { type: 'string' }, out: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    err('draft: name exactly one article file, or - to read standard input');
    return 2;
  }
  return draft({ input: positionals[0]!, ...values }, out, err);
}
