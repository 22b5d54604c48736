// npm run quiz -- draft <article.txt | -> [--title T] [--url U] [--published D] [--today D] [--out F] [--explain]
// Writes a draft pack, never one `check` would refuse (then nothing is written, exit 1); tells the
// author on stderr what it took from each sentence (and with --explain what it skipped and why)
// and what `check` says of it.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validatePack } from '../../domain/pack/validate';
import { answerText } from '../../domain/questions/forms';
import { FALLBACK_TODAY, isIsoDay } from '../../authoring/draft/dates';
import { draftPack, GAP_BECAUSE, type SentenceReport } from '../../authoring/draft/draft-pack';
import type { Fact } from '../../domain/pack/schema';
import { looksLikeText, MAX_INPUT_CHARS } from '../../authoring/draft/limits';
import { emit, readInput } from './output';
import { looksEnglish } from './language';
import { flagTextProblem, refusalReasons } from './write-gate';

export interface DraftArgs {
  input: string;
  title?: string;
  url?: string;
  published?: string;
  today?: string;
  out?: string;
  explain?: boolean;
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
  const badTitle = flagTextProblem('draft', 'title', args.title);
  if (badTitle) {
    err(badTitle);
    return 2;
  }
  if (args.url !== undefined && !isUrl(args.url)) {
    err(`draft: --url must be a full URL like https://example.com/article, not "${args.url}"`);
    return 2;
  }
  let article: string;
  try {
    // A file far beyond the cap is refused before it is read into memory.
    if (args.input !== '-' && statSync(args.input).size > MAX_INPUT_CHARS * 4) throw Object.assign(new Error('too big'), { code: 'E2BIG' });
    article = readInput(args.input, readStdin, (f) => readFileSync(f, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'E2BIG') {
      err(tooLong());
      return 1;
    }
    err(`draft: cannot read ${args.input}: ${code === 'ENOENT' ? 'no such file' : String(error)}`);
    return 1;
  }
  if (article.length > MAX_INPUT_CHARS) {
    err(tooLong());
    return 1;
  }
  if (article.trim() === '') {
    err('draft: the article is empty');
    return 1;
  }
  if (!looksLikeText(article)) {
    err('draft: this does not look like an article (mostly not letters): give a plain-text file');
    return 1;
  }
  if (!looksEnglish(article)) {
    err('draft: this article does not look like English; the drafter reads English articles only (in other languages it takes words it does not know for names): draft an English report of the same story');
    return 1;
  }
  const { pack, todaySource, sentences, report } = draftPack(article, args);
  const today = pack.source.asOf;
  if (todaySource === 'fallback')
    err(`draft: no publication date found in the article; the pack says ${FALLBACK_TODAY}: pass --published YYYY-MM-DD`);
  err(`draft: ${pack.facts.length} facts from ${sentences} sentences (today = ${today}, from ${todaySource})`);
  const byId = new Map(pack.facts.map((f) => [f.id, f]));
  for (const line of summary(report, byId, args.explain === true)) err(`  ${line}`);

  const json = JSON.stringify(pack, null, 2);
  const refused = refusalReasons(json);
  if (refused.length > 0) {
    for (const r of refused) err(`draft: check would refuse: ${r}`);
    const fix = refused.some((r) => /^(source\.)?title:/.test(r)) ? 'pass --title with a title of your own' : 'fix what is above, or draft the article in smaller parts';
    err(`draft: nothing written${args.out ? ` (${args.out} left as it was)` : ''}: ${fix}`);
    return 1;
  }
  const checked = validatePack(pack);
  if (checked.ok) for (const w of checked.warnings) err(`draft: check warning: ${w.path}: ${w.message}`);
  err('draft: check passes; review every fact, fix or delete it, then remove its "review" field');
  emit(json, args.out, out);
  if (args.out) err(`draft: wrote ${args.out}`);
  return pack.facts.length > 0 ? 0 : 1;
}

const tooLong = () => `draft: the article is longer than ${MAX_INPUT_CHARS.toLocaleString('en')} characters; draft it in parts`;

/** "sentence 9: count-37 = 37, count-97 = 97"; with --explain also what was skipped and why. */
function summary(report: readonly SentenceReport[], byId: Map<string, Fact>, explain: boolean): string[] {
  const lines: string[] = [];
  for (const r of report) {
    const took = r.took.map((id) => `${id} = ${answerText(byId.get(id)!)}`);
    if (took.length > 0) lines.push(`sentence ${r.number}: ${took.join(', ')}`);
    if (!explain) continue;
    if (took.length === 0) lines.push(`sentence ${r.number}: nothing taken${r.skipped.length ? '' : ' (no number, date or name in it)'} — “${clip(r.text)}”`);
    for (const s of r.skipped) lines.push(`  skipped ${s.text ? `“${s.text}”` : 'the sentence'}: ${s.why}`);
    for (const id of r.took) {
      const review = byId.get(id)!.review ?? '';
      const at = review.indexOf(GAP_BECAUSE);
      if (at >= 0) lines.push(`  ${id} is ${review.slice(at)}`);
    }
  }
  return lines;
}

const clip = (t: string) => (t.length > 80 ? `${t.slice(0, 77)}…` : t);

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
      today: { type: 'string' }, out: { type: 'string' }, explain: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) {
    err('draft: name exactly one article file, or - to read standard input');
    return 2;
  }
  return draft({ input: positionals[0]!, ...values }, out, err);
}
