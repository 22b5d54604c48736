import { internalError } from '../../domain/pack/validate';
import { formatProblem, loadPackFile, type LoadedPack } from '../pack-file';

/** Exit 0 when every pack is valid; else 1, one line per problem. Every file is checked, whatever
 *  an earlier one held: a bug of ours is reported as that file's problem, not a crash. */
export function check(files: string[], out: (line: string) => void, err: (line: string) => void): number {
  if (files.length === 0) {
    err('check: name at least one pack file, e.g. npm run quiz -- check questions/*.json');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let result: LoadedPack;
    try {
      result = loadPackFile(file);
    } catch (error) {
      result = { ok: false, problems: [{ ...internalError(error), line: 1, column: 1 }] };
    }
    if (result.ok) {
      for (const w of result.warnings) err(formatProblem(file, w));
      out(`${file}: ok (${result.pack.facts.length} facts, ${result.pack.questions?.length ?? 0} hand-written questions)`);
    } else {
      failed++;
      for (const p of result.problems) err(formatProblem(file, p));
    }
  }
  return failed > 0 ? 1 : 0;
}
