// npm run quiz -- export gift <pack> [--seed N] [--count K] [--difficulty D] [--out F]
// The questions one seed yields, as Moodle GIFT.
import { parseArgs } from 'node:util';
import { writeGift } from '../../authoring/formats/gift-write';
import { emit } from './output';
import { roundFromArgs } from './round-from-args';

export const EXPORT_FORMATS = ['gift'] as const;

export interface ExportArgs {
  format: string;
  file: string;
  seed: string;
  count: number;
  difficulty: string;
  out?: string;
}

export function exportQuestions(args: ExportArgs, out: (line: string) => void, err: (line: string) => void): number {
  if (!EXPORT_FORMATS.includes(args.format as 'gift')) {
    err(`export: unknown format "${args.format}"; use ${EXPORT_FORMATS.join(', ')}`);
    return 2;
  }
  const round = roundFromArgs('export', args, err);
  if (typeof round === 'number') return round;
  const { pack, questions } = round;
  const header = [
    `${pack.title} (${pack.id}@${pack.version}), seed ${args.seed}, ${args.difficulty}: ${questions.length} question(s)`,
    'Exported by npm run quiz -- export gift; the explanation is each question\'s general feedback.',
  ];
  emit(writeGift(questions, header), args.out, out);
  return questions.length > 0 ? 0 : 1;
}

/** `export` as typed on the command line. */
export function exportCommand(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: 'string', default: '1' }, count: { type: 'string', default: '10' },
      difficulty: { type: 'string', default: 'medium' }, out: { type: 'string' },
    },
  });
  if (positionals.length !== 2) {
    err('export: name a format (gift) and one pack file');
    return 2;
  }
  return exportQuestions({ format: positionals[0]!, file: positionals[1]!, seed: values.seed, count: Number(values.count),
    difficulty: values.difficulty, ...(values.out ? { out: values.out } : {}) }, out, err);
}
