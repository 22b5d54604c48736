// What preview and export share: check the round options, load the pack, generate the questions.
import type { Pack } from '../../domain/pack/schema';
import { DIFFICULTIES, type Difficulty } from '../../domain/pack/schema';
import { generateQuestions } from '../../domain/questions/generate';
import type { Question } from '../../domain/questions/types';
import { formatProblem, loadPackFile } from '../pack-file';

export interface RoundArgs {
  file: string;
  seed: string;
  count: number;
  difficulty: string;
}

/** The pack and its questions, or the exit code after saying what is wrong. */
export function roundFromArgs(
  command: string,
  args: RoundArgs,
  err: (line: string) => void,
): { pack: Pack; questions: Question[]; difficulty: Difficulty } | number {
  if (!DIFFICULTIES.includes(args.difficulty as Difficulty)) {
    err(`${command}: --difficulty must be one of ${DIFFICULTIES.join(', ')}`);
    return 2;
  }
  if (!Number.isInteger(args.count) || args.count < 1) {
    err(`${command}: --count must be a whole number of at least 1`);
    return 2;
  }
  const loaded = loadPackFile(args.file);
  if (!loaded.ok) {
    for (const p of loaded.problems) err(formatProblem(args.file, p));
    return 1;
  }
  const difficulty = args.difficulty as Difficulty;
  const questions = generateQuestions(loaded.pack, { seed: args.seed, count: args.count, difficulty });
  if (questions.length < args.count) err(`${command}: the pack yields only ${questions.length} questions for one round`);
  return { pack: loaded.pack, questions, difficulty };
}
