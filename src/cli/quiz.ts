// The pack author's command line: npm run quiz -- <command> …
import { parseArgs } from 'node:util';
import { check } from './commands/check';
import { draftCommand } from './commands/draft';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { preview } from './commands/preview';

const USAGE = `Usage: npm run quiz -- <command>
  check <files…>                              validate packs (exit 1 on any problem)
  preview <pack> [--seed N] [--count K] [--difficulty easy|medium|hard] [--json]
                                              show the questions a seed yields
  draft <article.txt | -> [--title T] [--url U] [--published YYYY-MM-DD] [--today YYYY-MM-DD] [--out FILE] [--explain]
                                              draft a pack of facts from an article, for review
  import <opentdb|gift> <file> [--title T] [--id ID] [--published YYYY-MM-DD] [--encoding E] [--out FILE]
                                              turn quiz files into a pack of hand-written questions
  export gift <pack> [--seed N] [--count K] [--difficulty easy|medium|hard] [--out FILE]
                                              write the questions a seed yields as Moodle GIFT`;

// Async on purpose: commands may await I/O, and callers (tests) await it either way.
// eslint-disable-next-line @typescript-eslint/require-await
export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(rest, out, err);
      case 'preview': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            seed: { type: 'string', default: '1' },
            count: { type: 'string', default: '10' },
            difficulty: { type: 'string', default: 'medium' },
            json: { type: 'boolean', default: false },
          },
        });
        if (positionals.length !== 1) {
          err('preview: name exactly one pack file');
          return 2;
        }
        return preview({ file: positionals[0]!, seed: values.seed, count: Number(values.count), difficulty: values.difficulty, json: values.json }, out, err);
      }
      case 'draft':
        return draftCommand(rest, out, err);
      case 'import':
        return importCommand(rest, out, err);
      case 'export':
        return exportCommand(rest, out, err);
      case undefined:
      case 'help':
      case '--help':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        err(`unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    // parseArgs throws on unknown flags: say so plainly rather than with a stack trace.
    err(`${command}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('quiz.ts')) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
