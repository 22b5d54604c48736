import { auditRound } from '../../domain/questions/audit';
import type { Question } from '../../domain/questions/types';
import { roundFromArgs, type RoundArgs } from './round-from-args';

export interface PreviewArgs extends RoundArgs {
  json: boolean;
}

export function preview(args: PreviewArgs, out: (line: string) => void, err: (line: string) => void): number {
  const round = roundFromArgs('preview', args, err);
  if (typeof round === 'number') return round;
  const { pack, questions } = round;
  if (args.json) out(JSON.stringify(questions, null, 2));
  else printQuestions(questions, out);
  // A generator bug or a pack the validator let through must never reach a player silently.
  const problems = auditRound(pack, questions);
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
