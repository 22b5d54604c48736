// What every importer produces, and the one place that turns it into a valid pack: ids, at most
// four options, numbers in ascending order, and any question the validator refuses left out
// with its line number. Importers report problems; they never throw.
import { MAX_ITEMS, type Difficulty, type HandWrittenQuestion, type Pack } from '../../domain/pack/schema';
import { parsePath, validatePack } from '../../domain/pack/validate';
import { slug } from '../draft/slug';

export interface ImportProblem {
  /** 1-based line in the imported file, when known. */
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ImportedQuestion {
  line: number;
  /** The source's own name for it (a GIFT ::title::), if any. */
  title?: string;
  prompt: string;
  options: string[];
  answer: number;
  explanation: string;
  difficulty?: Difficulty;
  keepOrder?: boolean;
}

export interface ImportResult {
  questions: ImportedQuestion[];
  problems: ImportProblem[];
  /** GIFT $CATEGORY or Open Trivia DB category, when there is exactly one. */
  category?: string;
}

export interface PackMeta {
  id?: string;
  title: string;
  authors: string[];
  licence: string;
  publisher: string;
  url?: string;
  published: string;
}

export const MAX_OPTIONS = 4;

export function importedPack(result: ImportResult, meta: PackMeta): { pack: Pack; problems: ImportProblem[] } {
  const problems = [...result.problems];
  const used = new Map<string, number>();
  const kept = result.questions.slice(0, MAX_ITEMS);
  if (kept.length < result.questions.length) {
    problems.push({ line: result.questions[MAX_ITEMS]!.line, severity: 'warning',
      message: `a pack holds at most ${MAX_ITEMS} questions: this one and the ${result.questions.length - MAX_ITEMS - 1} after it were left out (split the file)` });
  }
  let entries = kept.map((q, n) => {
    const trimmed = keepFour(q);
    if (trimmed !== q) {
      problems.push({ line: q.line, severity: 'warning',
        message: `${q.options.length} options: kept the right one and the first ${MAX_OPTIONS - 1} wrong ones (dropped ${q.options.filter((o) => !trimmed.options.includes(o)).map((o) => `"${o}"`).join(', ')})` });
    }
    const id = uniqueId(questionId(q, n), used);
    return { line: q.line, question: toHandWritten(id, ascendingIfNumbers(trimmed)) };
  });

  const build = (): Pack => ({
    id: meta.id ?? (slug(meta.title) || 'imported'),
    version: '0.1.0',
    title: meta.title,
    language: 'en',
    authors: meta.authors,
    licence: meta.licence,
    source: {
      title: meta.title,
      publisher: meta.publisher,
      ...(meta.url ? { url: meta.url } : {}),
      published: meta.published,
      asOf: meta.published,
    },
    facts: [],
    questions: entries.map((e) => e.question),
  });

  // The validator has the last word: a question it refuses is reported at its line and left out.
  for (;;) {
    const checked = validatePack(build());
    if (checked.ok) return { pack: checked.pack, problems: byLine(problems) };
    const bad = new Map<number, string[]>();
    for (const p of checked.problems) {
      const [head, index] = parsePath(p.path);
      if (head === 'questions' && typeof index === 'number' && p.severity === 'error') bad.set(index, [...(bad.get(index) ?? []), p.message]);
    }
    for (const [index, messages] of bad)
      problems.push({ line: entries[index]?.line, severity: 'error', message: `left out: ${messages.join('; ')}` });
    if (bad.size === 0) {
      // A pack-level problem (a bad --id, say): nothing a question can fix.
      for (const p of checked.problems) problems.push({ severity: 'error', message: `${p.path || 'pack'}: ${p.message}` });
      return { pack: build(), problems: byLine(problems) };
    }
    entries = entries.filter((_, i) => !bad.has(i));
  }
}

function byLine(problems: ImportProblem[]): ImportProblem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i).map((x) => x.p);
}

function keepFour(q: ImportedQuestion): ImportedQuestion {
  if (q.options.length <= MAX_OPTIONS) return q;
  const right = q.options[q.answer]!;
  const wrong = q.options.filter((_, i) => i !== q.answer).slice(0, MAX_OPTIONS - 1);
  const options = q.keepOrder ? q.options.filter((o) => o === right || wrong.includes(o)) : [right, ...wrong];
  return { ...q, options, answer: options.indexOf(right) };
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Options that are all numbers are shown smallest first (GUIDE §3), so their order is kept. */
function ascendingIfNumbers(q: ImportedQuestion): ImportedQuestion {
  if (q.keepOrder || !q.options.every((o) => NUMBER.test(o.trim()))) return q;
  const right = q.options[q.answer]!;
  const options = q.options.slice().sort((a, b) => Number(a) - Number(b));
  return { ...q, options, answer: options.indexOf(right), keepOrder: true };
}

function toHandWritten(id: string, q: ImportedQuestion): HandWrittenQuestion {
  return {
    id,
    prompt: q.prompt,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    ...(q.difficulty ? { difficulty: q.difficulty } : {}),
    ...(q.keepOrder ? { keepOrder: true } : {}),
  };
}

/** The source's title if it has one, else the prompt's first words. */
export function questionId(q: Pick<ImportedQuestion, 'title' | 'prompt'>, n: number): string {
  const fromTitle = q.title ? slug(q.title) : '';
  if (fromTitle) return fromTitle;
  const fromPrompt = slug(q.prompt.split(/\s+/).slice(0, 6).join(' '));
  return fromPrompt || `question-${n + 1}`;
}

/** `id`, else `id-2`, `id-3`…: each base remembers its next number, so a file whose questions
 *  all start with the same words costs one look-up each (a scan from 2 each made 1 MB take 20 s). */
function uniqueId(id: string, used: Map<string, number>): string {
  let k = used.get(id) ?? 1;
  let out = k === 1 ? id : `${id}-${k}`;
  while (used.has(out)) out = `${id}-${++k}`;
  used.set(id, k + 1);
  used.set(out, Math.max(used.get(out) ?? 1, 2));
  return out;
}

export function defaultExplanation(right: string): string {
  return `The answer is ${right}.`;
}
