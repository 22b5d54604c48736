// Reads the drafting corpus: real articles with a header (url, publisher, published, kind), the key
// facts written before drafting, and the reviewer's verdicts on drafted facts. Used by the bench
// and by the corpus's own integrity test; throws on a malformed file so a broken corpus never
// yields quiet figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KINDS = [
  'match-report', 'transfer', 'sacking', 'injury', 'ban', 'obituary', 'title', 'cup-upset', 'continental-final', 'record',
  'womens', 'interview', 'preview', 'non-english-league', 'lower-league', 'retirement', 'award',
] as const;
export type ArticleKind = (typeof KINDS)[number];

export interface Key { sentence: string; value: string; about: string; kind: string }
export type Verdict = 'good' | 'weak' | 'false' | '?';
export interface Judged {
  quote: string;
  answer: string;
  subject?: string;
  /** The question the verdict was given for: a reworded question is judged again. */
  ask?: string;
  verdict: Verdict;
  reason: string;
  /** Which drafter made the fact (branch@commit), so before and after verdicts can sit side by side. */
  drafter?: string;
}

export interface Article {
  slug: string;
  /** The split it belongs to: `dev` or `holdout`. */
  split: string;
  url: string;
  publisher: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  published: string;
  kind: ArticleKind;
  text: string;
  keys: Key[];
  judged: Judged[];
  judgedFile: string;
}

const HEADER_END = '\n---\n';

/** Splits a corpus file into its header fields and the article text. */
export function parseArticleFile(raw: string, where: string): { header: Record<string, string>; text: string } {
  const end = raw.indexOf(HEADER_END);
  if (end < 0) throw new Error(`${where}: no "---" line between header and article`);
  const header: Record<string, string> = {};
  for (const line of raw.slice(0, end).split('\n')) {
    const m = /^([a-z-]+): (.+)$/.exec(line);
    if (!m) throw new Error(`${where}: header line is not "name: value": ${line}`);
    header[m[1]!] = m[2]!;
  }
  return { header, text: raw.slice(end + HEADER_END.length) };
}

function readJson<T>(file: string, fallback: T): T {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
}

/** Every article of one split directory. */
export function readSplit(dir: string, split: string): Article[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const slug = file.replace(/\.txt$/, '');
    const raw = readFileSync(join(dir, file), 'utf8');
    const judgedFile = join(dir, `${slug}.judged.json`);
    const base = { slug, split, keys: readJson<Key[]>(join(dir, `${slug}.keys.json`), []), judged: readJson<Judged[]>(judgedFile, []), judgedFile };
    const { header, text } = parseArticleFile(raw, join(dir, file));
    const kind = header.kind as ArticleKind;
    if (!KINDS.includes(kind)) throw new Error(`${file}: unknown kind ${header.kind}`);
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(header.published ?? '')) throw new Error(`${file}: published is not YYYY-MM(-DD)`);
    if (!header.url || !header.publisher) throw new Error(`${file}: url and publisher are required`);
    return { ...base, url: header.url, publisher: header.publisher, published: header.published!, kind, text };
  });
}

export const CORPUS_DIR = join(import.meta.dirname, '..', 'draft-corpus');
