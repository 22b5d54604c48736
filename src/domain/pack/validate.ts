// Pack validation that never throws: every problem at once, each with a JSON path, a line and
// column where the text is known, and a plain-English message. Parsers return results, not
// exceptions, so the CLI, the game and a future server all handle a broken pack the same way.
import * as v from 'valibot';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { Pack, type Fact } from './schema';
import { semanticProblems } from './semantics';

export interface PackProblem {
  /** JSON path like `facts[3].answer.value`, or `` for the whole file. */
  path: string;
  message: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
}

export type PackResult =
  | { ok: true; pack: Pack; warnings: PackProblem[] }
  | { ok: false; problems: PackProblem[] };

export type PathSegment = string | number;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Validate an already-parsed value (no line numbers). */
export function validatePack(data: unknown): PackResult {
  const result = v.safeParse(Pack, data);
  if (!result.success) {
    return { ok: false, problems: result.issues.map(issueToProblem) };
  }
  const found = semanticProblems(result.output);
  const errors = found.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: found };
  return { ok: true, pack: result.output, warnings: found };
}

/** Parse and validate pack text, adding line:column to every problem it can place. */
export function validatePackText(text: string): PackResult {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  const lineStarts = computeLineStarts(text);
  if (parseErrors.length > 0 || !tree) {
    // The parser often reports one slip twice at the same place: the first says it best.
    const firstAtOffset = parseErrors.filter((e, i) => parseErrors.findIndex((o) => o.offset === e.offset) === i);
    const problems: PackProblem[] = firstAtOffset.map((e) => ({
      path: '',
      message: `the file is not valid JSON: ${describeParseError(printParseErrorCode(e.error))}`,
      ...position(lineStarts, e.offset),
      severity: 'error' as const,
    }));
    if (problems.length === 0) problems.push({ path: '', message: 'the file is empty', severity: 'error' });
    return { ok: false, problems };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `the file is not valid JSON: ${String(error)}`, severity: 'error' }] };
  }
  const result = validatePack(data);
  const locate = (p: PackProblem & { segments?: PathSegment[] }): PackProblem => {
    const segments = p.segments ?? parsePath(p.path);
    // Point at the deepest node that exists: an unknown key's own node, else its parent.
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, segments.slice(0, n));
      if (node) {
        const offset = node.parent?.type === 'property' && n > 0 ? node.parent.offset : node.offset;
        const { segments: _drop, ...rest } = p;
        return { ...rest, ...position(lineStarts, offset) };
      }
    }
    return p;
  };
  if (result.ok) return { ...result, warnings: result.warnings.map(locate) };
  return { ok: false, problems: result.problems.map(locate) };
}

function issueToProblem(issue: v.BaseIssue<unknown>): PackProblem {
  const segments: PathSegment[] = (issue.path ?? []).map((item) => item.key as PathSegment);
  return { path: formatPath(segments), message: plainMessage(issue), severity: 'error' };
}

function plainMessage(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.at(-1);
  // valibot's default messages read like "Invalid type: Expected string but received 3";
  // ours come from the schema. Missing required keys get a message of their own here.
  if (issue.kind === 'schema' && issue.input === undefined && last && typeof last.key === 'string') {
    return `"${last.key}" is required`;
  }
  return issue.message;
}

/** `facts[3].answer["odd key"]` → ['facts', 3, 'answer', 'odd key'] */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else if (m[3] !== undefined) segments.push(JSON.parse(m[3]) as string);
  }
  return segments;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'badly written number',
    PropertyNameExpected: 'expected a "quoted" field name',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected a colon after the field name',
    CommaExpected: 'expected a comma',
    CloseBraceExpected: 'expected a closing }',
    CloseBracketExpected: 'expected a closing ]',
    EndOfFileExpected: 'unexpected text after the end',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'comments are not allowed',
    UnexpectedEndOfString: 'a string is not closed',
    UnexpectedEndOfNumber: 'a number is cut short',
    InvalidUnicode: 'bad \\u escape',
    InvalidEscapeCharacter: 'bad escape character',
    InvalidCharacter: 'bad character in a string',
  };
  return words[code] ?? code;
}

export type { Fact };
