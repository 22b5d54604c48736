// Core speed: how fast the engine generates and audits questions, and how fast a pack validates.
// Figures, not assertions: shared machines are noisy, so tests never time anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validatePackText } from '../src/domain/pack/validate-text';
import { auditRound } from '../src/domain/questions/audit';
import { generateQuestions } from '../src/domain/questions/generate';
import { indexPack } from '../src/domain/questions/pack-index';

const PACK_FILE = join(import.meta.dirname, '..', 'questions', 'benzema-2022.json');
const TARGET_QUESTIONS = 10_000;

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function runCoreBench(): Record<string, string | number> {
  const text = readFileSync(PACK_FILE, 'utf8');
  const first = validatePackText(text);
  if (!first.ok) throw new Error('the Benzema pack does not validate');
  const pack = first.pack;

  // Validation: parse + schema + semantic checks from the raw text, as the game does on load.
  for (let i = 0; i < 20; i++) validatePackText(text);
  const validateMs: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    validatePackText(text);
    validateMs.push(performance.now() - t);
  }

  const runOnce = (audit: boolean) => {
    let made = 0;
    let problems = 0;
    let seed = 0;
    const t = performance.now();
    while (made < TARGET_QUESTIONS) {
      const round = generateQuestions(pack, { seed: seed++, count: 10, difficulty: 'medium' });
      made += round.length;
      if (audit) problems += auditRound(pack, round).length;
    }
    return { made, problems, ms: performance.now() - t };
  };
  indexPack(pack);
  runOnce(true); // warm-up: let the JIT settle before measuring
  const generated = [0, 1, 2, 3, 4].map(() => runOnce(false));
  const checked = [0, 1, 2, 3, 4].map(() => runOnce(true));
  const perSecond = (r: { made: number; ms: number }) => Math.round(r.made / (r.ms / 1000));
  const problems = checked.reduce((sum, r) => sum + r.problems, 0);
  return {
    'pack validation, median of 50 (ms)': Number(median(validateMs).toFixed(3)),
    'questions generated per second (median of 5 × 10,000)': median(generated.map(perSecond)),
    'questions generated + audited per second (median of 5 × 10,000)': median(checked.map(perSecond)),
    'fairness problems found by the audit': problems,
  };
}

export function printTable(title: string, figures: Record<string, string | number>): void {
  console.log(`\n${title}`);
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(width)}  ${typeof v === 'number' ? v.toLocaleString('en-GB') : v}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTable('Core (Node ' + process.version + ')', runCoreBench());
}
