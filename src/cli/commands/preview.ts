import { DIFFICULTIES, type Difficulty } from '../../domain/pack/schema';
import { auditRound } from '../../domain/questions/audit';
import { generateQuestions } from '../../domain/questions/generate';
import type { Question } from '../../domain/questions/types';
import { formatProblem, loadPackFile } from '../pack-file';

export interface PreviewArgs {
  file: string;
  seed: string;
  count: number;
  difficulty: string;
  json: boolean;
}

export function preview(args: PreviewArgs, out: (line: string) => void, err: (line: string) => void): number {
  if (!DIFFICULTIES.includes(args.difficulty as Difficulty)) {
    err(`preview: --difficulty must be one of ${DIFFICULTIES.join(', ')}`);
    return 2;
  }
  if (!Number.isInteger(args.count) || args.count < 1) {
    err('preview: --count must be a whole number of at least 1');
    return 2;
  }
  const loaded = loadPackFile(args.file);
  if (!loaded.ok) {
    for (const p of loaded.problems) err(formatProblem(args.file, p));
    return 1;
  }
  const questions = generateQuestions(loaded.pack, {
    seed: args.seed,
    count: args.count,
    difficulty: args.difficulty as Difficulty,
  });
  if (args.json) out(JSON.stringify(questions, null, 2));
  else printQuestions(questions, out);
  if (questions.length < args.count) err(`preview: the pack yields only ${questions.length} questions for one round`);
  // A generator bug or a pack the validator let through must never reach a player silently.
  const problems = auditRound(loaded.pack, questions);
  for (const p of problems) err(`${args.file}: unfair question: ${p}`);
  return problems.length > 0 ? 1 : 0;
}

function printQuestions(questions: readonly Question[], out: (line: string) => void): void {
  questions.forEach((q, n) => {
    out(`${n + 1}. [${q.form}, ${q.difficulty}] ${q.prompt}`);
    q.options.forEach((o, i) => out(`   ${i === q.answer ? '✓' : ' '} ${String.fromCharCode(65 + i)}. ${o}`));
    out(`   Why: ${q.explanation}`);
    if (q.quote) out(`   Source: “${q.quote}”`);
    out('');
  });
}
