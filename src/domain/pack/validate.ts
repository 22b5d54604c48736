// Pack validation that never throws: every problem at once, each with a stable code, a JSON path
// and a plain-English message (validate-text.ts adds line and column when the text is known).
// Parsers return results, not exceptions, so the CLI, the game and a future server all handle a
// broken pack the same way.
import * as v from 'valibot';
import { scanData } from './limits';
import { formatPath, type PathSegment } from './path';
import { problem, type PackProblem, type ProblemCode } from './problems';
import { CHECK_CODES, Pack, PACK_ID_PATTERN, type Fact } from './schema';
import { semanticProblems } from './semantics';

export type { PackProblem, ProblemCode } from './problems';
export { formatProblem } from './problems';
export { formatPath, parsePath, type PathSegment } from './path';

export type PackResult =
  | { ok: true; pack: Pack; warnings: PackProblem[] }
  | { ok: false; problems: PackProblem[] };

/** Validate an already-parsed value (no line numbers). */
export function validatePack(data: unknown): PackResult {
  try {
    // Depth and reserved keys first: valibot recurses, and drops "__proto__" pools silently.
    const unsafe = scanData(data);
    if (unsafe.length > 0) return { ok: false, problems: unsafe };
    const result = v.safeParse(Pack, data);
    if (!result.success) return { ok: false, problems: result.issues.map(issueToProblem) };
    const found = semanticProblems(result.output);
    const errors = found.filter((p) => p.severity === 'error');
    if (errors.length > 0) return { ok: false, problems: found };
    return { ok: true, pack: result.output, warnings: found };
  } catch (error) {
    // A bug of ours must still come back as a result: a pack check is a boundary, not a crash.
    return { ok: false, problems: [internalError(error)] };
  }
}

export function internalError(error: unknown): PackProblem {
  const detail = error instanceof Error ? error.message : String(error);
  return problem('internal-error', '', `the pack could not be checked (a bug in the checker, please report it: ${detail})`);
}

function issueToProblem(issue: v.BaseIssue<unknown>): PackProblem {
  const segments: PathSegment[] = (issue.path ?? []).map((item) => item.key as PathSegment);
  return { code: codeOf(issue), path: formatPath(segments), message: plainMessage(issue), severity: 'error' };
}

function isMissingKey(issue: v.BaseIssue<unknown>): boolean {
  const last = issue.path?.at(-1);
  return issue.kind === 'schema' && issue.input === undefined && !!last && typeof last.key === 'string';
}

function codeOf(issue: v.BaseIssue<unknown>): ProblemCode {
  const custom = CHECK_CODES.get(issue.requirement);
  if (custom) return custom;
  const isText = typeof issue.input === 'string';
  switch (issue.type) {
    case 'strict_object':
      return isMissingKey(issue) ? 'required' : issue.expected === 'never' ? 'unknown-field' : 'wrong-type';
    case 'variant':
      return isMissingKey(issue) ? 'required' : isText ? 'unknown-answer-type' : 'wrong-type';
    case 'picklist':
    case 'literal':
      return isMissingKey(issue) ? 'required' : 'bad-choice';
    case 'regex':
      return issue.requirement === PACK_ID_PATTERN ? 'bad-id' : 'bad-format';
    case 'iso_date':
      return 'bad-date';
    case 'url':
    case 'includes':
      return 'bad-format';
    case 'min_length':
      return isText ? 'empty-text' : 'too-few';
    case 'max_length':
      return isText ? 'too-long' : 'too-many';
    case 'min_value':
    case 'max_value':
      return 'out-of-range';
    case 'integer':
      return 'not-whole';
    default:
      return isMissingKey(issue) ? 'required' : 'wrong-type';
  }
}

function plainMessage(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.at(-1);
  // valibot's default messages read like "Invalid type: Expected string but received 3";
  // ours come from the schema. Missing required keys get a message of their own here.
  if (isMissingKey(issue) && last) return `"${String(last.key)}" is required`;
  return issue.message;
}

export type { Fact };
