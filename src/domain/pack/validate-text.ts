// Validation of pack *text*: the same checks as validatePack, plus line:column for every problem,
// found with jsonc-parser (the parser VS Code uses). Apart from validate.ts so places that only
// validate parsed data (the pack worker, the server) do not carry the parser.
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parsePath, validatePack, type PackProblem, type PackResult, type PathSegment } from './validate';

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
