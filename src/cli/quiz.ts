// The pack author's command line: npm run quiz -- <command> …
import { parseArgs } from 'node:util';
import { check } from './commands/check';
import { preview } from './commands/preview';

const USAGE = `Usage: npm run quiz -- <command>
  check <files…>                              validate packs (exit 1 on any problem)
  preview <pack> [--seed N] [--count K] [--difficulty easy|medium|hard] [--json]
                                              show the questions a seed yields`;

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
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
