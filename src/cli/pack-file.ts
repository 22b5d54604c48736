// Reading pack files for the CLI: the domain's one text path (validatePackText) with the source
// article read from beside the pack. Problems print as `file:line:col: path: message`.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MAX_PACK_CHARS } from '../domain/pack/limits';
import { formatProblem as formatDomainProblem, problem, type PackProblem } from '../domain/pack/problems';
import type { Pack } from '../domain/pack/schema';
import { validatePackText } from '../domain/pack/validate-text';

export type LoadedPack =
  | { ok: true; pack: Pack; warnings: PackProblem[] }
  | { ok: false; problems: PackProblem[] };

/** Whole-file problems sit at 1:1, so every line of `check` has a place an editor can open. */
const atStart = (p: PackProblem): PackProblem => ({ ...p, line: 1, column: 1 });

export function loadPackFile(file: string): LoadedPack {
  const text = readText(file, MAX_PACK_CHARS * 4);
  if (typeof text !== 'string') return { ok: false, problems: [atStart(text)] };
  return validatePackText(text, { readSource: (name) => readArticle(resolve(dirname(file), name)), lint: true });
}

/** The file's text, or why not: a file too big is refused before it is read into memory. */
function readText(file: string, maxBytes: number): string | PackProblem {
  try {
    const size = statSync(file).size;
    if (size > maxBytes) return problem('too-big', '', `the file is too big (${(size / 1024 / 1024).toFixed(1)} MB; a pack may be at most ${MAX_PACK_CHARS / 1024 / 1024} MB)`);
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    return problem('file-unreadable', '', `cannot read the file: ${reason}`);
  }
}

function readArticle(path: string): string | null {
  try {
    // Articles are a few kB; anything past the pack cap is not one.
    if (statSync(path).size > MAX_PACK_CHARS * 4) return null;
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function formatProblem(file: string, p: PackProblem): string {
  return formatDomainProblem(p, file);
}
