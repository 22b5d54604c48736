// Pack validation that never throws: every problem at once, each with a JSON path and a
// plain-English message (validate-text.ts adds line and column when the text is known). Parsers return results, not
// exceptions, so the CLI, the game and a future server all handle a broken pack the same way.
import * as v from 'valibot';
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

export type { Fact };
