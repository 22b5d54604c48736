// Limits checked before any parser or schema sees a pack: its size, how deep it nests, and keys
// that would reach an object's prototype. A hostile file then costs one linear scan, never a stack
// overflow (recursive parsers) nor a silently dropped or inherited key.
import { formatPath, type PathSegment } from './path';
import { problem, type PackProblem } from './problems';

/** Largest pack text, in characters (the Benzema pack is ~40 k): the game and the CLI alike. */
export const MAX_PACK_CHARS = 2 * 1024 * 1024;
/** Deepest nesting of objects and lists: a pack needs 5 (facts[i].answer.values[j]). */
export const MAX_PACK_DEPTH = 32;
/** Keys that mean something to JavaScript objects; no pack may use one, anywhere. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Size and depth of JSON text, in one pass that knows strings; the offset of the first fault.
 *  Importers pass their own size cap (an Open Trivia DB response is not a pack). */
export function scanJsonText(text: string, maxChars = MAX_PACK_CHARS): { problem: PackProblem; offset: number } | undefined {
  if (text.length > maxChars) {
    const size = `${(text.length / 1024 / 1024).toFixed(1)} MB`;
    return { problem: problem('too-big', '', `the file is too big (${size}; a pack may be at most ${maxChars / 1024 / 1024} MB)`), offset: 0 };
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_PACK_DEPTH)
        return { problem: problem('too-deep', '', `nested more than ${MAX_PACK_DEPTH} levels deep: no pack needs that`), offset: i };
    } else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Parsed data (from a server, a bundler or JSON.parse): too deep, or holding a reserved key. */
export function scanData(data: unknown): PackProblem[] {
  const found: PackProblem[] = [];
  // Iterative, so data nested past any stack is still only walked, never recursed into.
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: data, path: [] }];
  while (stack.length > 0 && found.length < 50) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_PACK_DEPTH) {
      found.push(problem('too-deep', formatPath(path), `nested more than ${MAX_PACK_DEPTH} levels deep: no pack needs that`));
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (RESERVED_KEYS.has(key))
        found.push(problem('reserved-key', formatPath([...path, key]), `"${key}" cannot be used as a name: it is reserved in JavaScript`));
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found;
}
