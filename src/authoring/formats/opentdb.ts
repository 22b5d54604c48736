// Open Trivia DB API responses → imported questions. Text is HTML-encoded by default; responses
// asked for with `encode=url3986`, `urlLegacy` or `base64` are decoded too (found by looking).
import { decode } from 'html-entities';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { scanJsonText } from '../../domain/pack/limits';
import type { Difficulty } from '../../domain/pack/schema';
import { defaultExplanation, type ImportedQuestion, type ImportProblem, type ImportResult } from './imported';

export const ENCODINGS = ['auto', 'html', 'url3986', 'urlLegacy', 'base64'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const RESPONSE_CODES: Record<number, string> = {
  1: 'no results (the database has fewer questions than asked for)',
  2: 'invalid parameter in the request',
  3: 'session token not found',
  4: 'session token has returned every question (reset it)',
  5: 'rate limit: too many requests',
};

export function parseOpenTdb(text: string, encoding: Encoding = 'auto'): ImportResult {
  const problems: ImportProblem[] = [];
  const lineOf = lineFinder(text);
  // jsonc-parser recurses: a response nested thousands deep overflowed the stack. Scan first.
  const unsafe = scanJsonText(text, Number.POSITIVE_INFINITY);
  if (unsafe) return { questions: [], problems: [{ line: lineOf(unsafe.offset), severity: 'error', message: unsafe.problem.message }] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    return { questions: [], problems: [{ line: first ? lineOf(first.offset) : 1, severity: 'error',
      message: `not valid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}` }] };
  }
  const code = findNodeAtLocation(tree, ['response_code']);
  const codeValue: unknown = code ? getNodeValue(code) : undefined;
  if (typeof codeValue === 'number' && codeValue !== 0) {
    problems.push({ line: lineOf(code!.offset), severity: codeValue === 1 ? 'warning' : 'error',
      message: `response_code ${codeValue}: ${RESPONSE_CODES[codeValue] ?? 'unknown code'}` });
  }
  const results = findNodeAtLocation(tree, ['results']);
  if (!results || results.type !== 'array') {
    problems.push({ line: 1, severity: 'error', message: 'not an Open Trivia DB response: no "results" list' });
    return { questions: [], problems };
  }
  const items = results.children ?? [];
  const decodeText = decoder(encoding === 'auto' ? detect(items) : encoding);
  const questions: ImportedQuestion[] = [];
  const categories = new Set<string>();
  items.forEach((node, i) => {
    const line = lineOf(node.offset);
    const made = readResult(getNodeValue(node) as unknown, decodeText, line);
    if ('problem' in made) problems.push({ line, severity: 'error', message: `results[${i}]: ${made.problem}` });
    else {
      questions.push(made.question);
      if (made.category) categories.add(made.category);
      if (made.note) problems.push({ line, severity: 'warning', message: `results[${i}]: ${made.note}` });
    }
  });
  const category = categories.size === 1 ? [...categories][0] : undefined;
  return { questions, problems, ...(category ? { category } : {}) };
}

type Made = { question: ImportedQuestion; category?: string; note?: string } | { problem: string };

const DIFFICULTY_NAMES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

function readResult(raw: unknown, decodeText: (s: string) => string, line: number): Made {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { problem: 'not an object' };
  const r = raw as Record<string, unknown>;
  const field = (name: string): string | undefined => (typeof r[name] === 'string' ? decodeText(r[name]).trim() : undefined);
  const type = field('type');
  const prompt = field('question');
  const correct = field('correct_answer');
  if (!prompt) return { problem: '"question" is missing or empty' };
  if (!correct) return { problem: '"correct_answer" is missing or empty' };
  const wrongRaw = r.incorrect_answers;
  if (!Array.isArray(wrongRaw) || wrongRaw.some((w) => typeof w !== 'string'))
    return { problem: '"incorrect_answers" must be a list of texts' };
  const wrong = (wrongRaw as string[]).map((w) => decodeText(w).trim());
  const level = field('difficulty');
  const difficulty: Difficulty | undefined = DIFFICULTY_NAMES.find((d) => d === level);
  const note = level && !difficulty ? `unknown difficulty "${level}" left out` : undefined;
  const category = field('category');
  const common = { line, prompt, ...(difficulty ? { difficulty } : {}) };
  if (type === 'boolean') {
    const isTrue = /^true$/i.test(correct);
    if (!isTrue && !/^false$/i.test(correct)) return { problem: `a true/false question whose answer is "${correct}"` };
    return { question: { ...common, options: ['True', 'False'], answer: isTrue ? 0 : 1, keepOrder: true,
      explanation: `The statement is ${isTrue ? 'true' : 'false'}.` }, category, note };
  }
  if (type === 'multiple') {
    if (wrong.length === 0 || wrong.some((w) => !w)) return { problem: 'a multiple-choice question needs non-empty "incorrect_answers"' };
    return { question: { ...common, options: [correct, ...wrong], answer: 0, explanation: defaultExplanation(correct) }, category, note };
  }
  return { problem: `unknown question type ${JSON.stringify(type ?? r.type)} (expected "multiple" or "boolean")` };
}

function decoder(encoding: Exclude<Encoding, 'auto'>): (s: string) => string {
  switch (encoding) {
    case 'html':
      return (s) => decode(s);
    case 'url3986':
      return (s) => safe(() => decodeURIComponent(s), s);
    case 'urlLegacy':
      return (s) => safe(() => decodeURIComponent(s.replace(/\+/g, ' ')), s);
    case 'base64':
      return (s) => Buffer.from(s, 'base64').toString('utf8');
  }
}

/** base64 hides even the "type" values; URL encoding leaves no spaces and shows %XX. */
function detect(items: readonly Node[]): Exclude<Encoding, 'auto'> {
  const values = items.map((n) => getNodeValue(n) as Record<string, unknown>).filter((v) => v && typeof v === 'object');
  const types = values.map((v) => v.type).filter((t): t is string => typeof t === 'string');
  const questions = values.map((v) => v.question).filter((q): q is string => typeof q === 'string');
  if (types.length > 0 && types.every((t) => ['multiple', 'boolean'].includes(Buffer.from(t, 'base64').toString('utf8')))) return 'base64';
  if (questions.length > 0 && questions.every((q) => !/\s/.test(q)) && questions.some((q) => /%[0-9A-F]{2}/i.test(q)))
    return questions.some((q) => q.includes('+')) ? 'urlLegacy' : 'url3986';
  return 'html';
}

function safe(f: () => string, fallback: string): string {
  try {
    return f();
  } catch {
    return fallback;
  }
}

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
