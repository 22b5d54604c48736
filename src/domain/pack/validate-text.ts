// Validation of pack *text*: the one path from text to a checked pack, used by the CLI and by the
// game for every opened file. The same checks as validatePack, after a bounded scan of size and
// depth, plus line:column for every problem (found with jsonc-parser, the parser VS Code uses).
// Apart from validate.ts so places that only validate parsed data (the pack worker, the server)
// do not carry the parser.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { scanJsonText } from './limits';
import { parsePath } from './path';
import { problem, type PackProblem } from './problems';
import { sourceQuoteProblems, type ReadSource } from './source-quotes';
import { internalError, validatePack, type PackResult } from './validate';
import { itemLint } from './item-lint';

export interface TextOptions {
  /** Reads the pack's `source.file`, when the caller can: then every quote is checked against it. */
  readSource?: ReadSource;
  /** Also run the item-writing lint (`check` does; the game need not on every load). */
  lint?: boolean;
}

/** Parse and validate pack text; every problem carries a line and column. Never throws. */
export function validatePackText(input: string, options: TextOptions = {}): PackResult {
  // A UTF-8 byte-order mark is not JSON, but editors write it and browsers' decoders drop it:
  // read it as a space, so the CLI and the game agree and every offset stays where it was.
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  const lineStarts = computeLineStarts(text);
  const at = (p: PackProblem, offset: number): PackProblem => ({ ...p, ...position(lineStarts, offset) });
  try {
    const unsafe = scanJsonText(text);
    if (unsafe) return { ok: false, problems: [at(unsafe.problem, unsafe.offset)] };
    if (text.trim() === '') return { ok: false, problems: [at(problem('empty-file', '', 'the file is empty'), 0)] };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, problems: syntaxProblems(text, error).map((e) => at(e.problem, e.offset)) };
    }
    // The node tree costs far more than JSON.parse (seconds for 2 MB on a busy machine): build it
    // only when there is a problem to place.
    let tree: Node | null | undefined;
    const locate = (p: PackProblem): PackProblem => {
      tree ??= parseTree(text, [], { allowTrailingComma: false, disallowComments: true }) ?? null;
      return at(p, tree ? offsetOf(tree, p.path) : 0);
    };
    const result = validatePack(data);
    if (!result.ok) return { ok: false, problems: result.problems.map(locate) };
    const fromSource = options.readSource ? sourceQuoteProblems(result.pack, options.readSource) : [];
    if (fromSource.length > 0) return { ok: false, problems: fromSource.map(locate) };
    const warnings = options.lint ? [...result.warnings, ...itemLint(result.pack)] : result.warnings;
    return { ...result, warnings: warnings.map(locate) };
  } catch (error) {
    return { ok: false, problems: [at(internalError(error), 0)] };
  }
}

/** The deepest node of a path that exists: an unknown key's own node, else its parent. */
function offsetOf(tree: Node, path: string): number {
  const segments = parsePath(path);
  for (let n = segments.length; n > 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return tree.offset;
}

/** Where the JSON goes wrong, in jsonc-parser's words (it names every slip with its offset);
 *  JSON.parse's own message when only JSON.parse objects (jsonc reads U+00A0 as a space, say). */
function syntaxProblems(text: string, error: unknown): Array<{ problem: PackProblem; offset: number }> {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  // The parser often reports one slip twice at the same place: the first says it best.
  const firstAtOffset = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i).slice(0, 20);
  if (firstAtOffset.length > 0) {
    return firstAtOffset.map((e) => ({
      problem: problem('json-syntax', '', `the file is not valid JSON: ${describeParseError(printParseErrorCode(e.error))}`),
      offset: e.offset,
    }));
  }
  const detail = error instanceof Error ? error.message : String(error);
  const offset = Number(/position (\d+)/.exec(detail)?.[1] ?? 0);
  return [{ problem: problem('json-syntax', '', `the file is not valid JSON: ${detail}`), offset: Math.min(offset, text.length) }];
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
