// Issue 14's acceptance run: thousands of hostile mutants of the Benzema pack through `quiz check`
// (in-process, the same main() the command line runs), then `quiz preview` on every mutant that
// passes. Prints crashes, unlocated problems, files that said nothing, game/CLI disagreements and
// broken previews: all must be 0.   npx tsx bench/mutate-check.ts [count=3000]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/quiz';
import { loadPackFile } from '../src/cli/pack-file';
import type { PackProblem } from '../src/domain/pack/problems';
import { validatePackText } from '../src/domain/pack/validate-text';
import { MUTATION_KINDS, mutate, type MutationKind } from '../tests/unit/mutations';

const ROOT = join(import.meta.dirname, '..');
const COUNT = Number(process.argv[2] ?? 3000);
const BATCH = 250;
const SOURCE_CODES = new Set(['source-unreadable', 'quote-not-in-source']);

const base = JSON.parse(readFileSync(join(ROOT, 'questions/benzema-2022.json'), 'utf8')) as unknown;
const dir = mkdtempSync(join(tmpdir(), 'mutate-check-'));
mkdirSync(join(dir, 'sources'));
writeFileSync(join(dir, 'sources/benzema-retirement-article.txt'), readFileSync(join(ROOT, 'questions/sources/benzema-retirement-article.txt')));

const files: Array<{ file: string; kind: MutationKind; text: string }> = [];
for (let n = 0; n < COUNT; n++) {
  const kind = MUTATION_KINDS[n % MUTATION_KINDS.length]!;
  const { text } = mutate(base, `bench/${n}`, kind);
  const file = join(dir, `mutant-${String(n).padStart(5, '0')}-${kind}.json`);
  writeFileSync(file, text);
  files.push({ file, kind, text });
}

const figures = { crashes: 0, unlocated: 0, silent: 0, disagreements: 0, passed: 0, previews: 0, brokenPreviews: 0 };
const examples: string[] = [];
const note = (what: string) => examples.length < 12 && examples.push(what);

const started = performance.now();
const cpuAtStart = process.cpuUsage();
let slowest = { ms: 0, file: '' };
for (let i = 0; i < files.length; i += BATCH) {
  const batch = files.slice(i, i + BATCH);
  const out: string[] = [];
  const err: string[] = [];
  let code: number;
  try {
    code = await main(['check', ...batch.map((f) => f.file)], (l: string) => out.push(l), (l: string) => err.push(l));
  } catch (error) {
    figures.crashes++;
    note(`check threw: ${String(error)}`);
    continue;
  }
  if (code !== 0 && code !== 1) {
    figures.crashes++;
    note(`check exited ${code}`);
  }
  for (const line of err) {
    if (!/^.+\.json:\d+:\d+: /.test(line)) {
      figures.unlocated++;
      note(`unlocated: ${line.slice(0, 160)}`);
    }
  }
  for (const f of batch) {
    const said = out.some((l) => l.startsWith(`${f.file}: ok`)) || err.some((l) => l.startsWith(`${f.file}:`));
    if (!said) {
      figures.silent++;
      note(`silent: ${f.file}`);
    }
  }
}
const checkMs = performance.now() - started;

// The game checks opened text with validatePackText and no article: it must show the same
// problems, except the ones only a reader of the source article can find.
const key = (p: PackProblem) => `${p.code}|${p.path}|${p.line}:${p.column}|${p.severity}`;
const previewStarted = performance.now();
for (const f of files) {
  const t = performance.now();
  const cli = loadPackFile(f.file);
  const game = validatePackText(f.text);
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, file: f.file };
  const cliProblems = (cli.ok ? [] : cli.problems).filter((p) => !SOURCE_CODES.has(p.code)).map(key);
  const gameProblems = (game.ok ? [] : game.problems).map(key);
  if (cliProblems.join('\n') !== gameProblems.join('\n')) {
    figures.disagreements++;
    note(`disagree (${f.kind}): cli ${cliProblems.slice(0, 2).join(' ; ')} / game ${gameProblems.slice(0, 2).join(' ; ')}`);
  }
  if (!cli.ok) continue;
  figures.passed++;
  for (const [seed, difficulty] of [['1', 'easy'], ['7', 'medium'], ['42', 'hard']] as const) {
    figures.previews++;
    const err: string[] = [];
    const code = await main(['preview', f.file, '--seed', seed, '--count', '10', '--difficulty', difficulty, '--json'], () => {}, (l: string) => err.push(l));
    if (code !== 0) {
      figures.brokenPreviews++;
      note(`broken preview (${f.kind}, seed ${seed}): ${err.join(' | ').slice(0, 200)}`);
    }
  }
}
const previewMs = performance.now() - previewStarted;
rmSync(dir, { recursive: true, force: true });
const cpu = process.cpuUsage(cpuAtStart);

const perKind = new Map<string, number>();
for (const f of files) perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
console.log(`mutants: ${files.length} (${[...perKind].map(([k, n]) => `${k} ${n}`).join(', ')})`);
console.log(`quiz check, in batches of ${BATCH}: ${(checkMs / 1000).toFixed(1)} s (${(checkMs / files.length).toFixed(1)} ms a file)`);
console.log(`crashes ${figures.crashes}, unlocated problems ${figures.unlocated}, files with no verdict ${figures.silent}, game/CLI disagreements ${figures.disagreements}`);
console.log(`valid mutants ${figures.passed}: ${figures.previews} previews, ${figures.brokenPreviews} broken (${(previewMs / 1000).toFixed(1)} s with the comparison)`);
console.log(`total: ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (a shared machine's wall clock counts its neighbours)`);
console.log(`slowest file to check twice (CLI and game path): ${slowest.ms.toFixed(0)} ms`);
for (const e of examples) console.log(`  ${e}`);
const bad = figures.crashes + figures.unlocated + figures.silent + figures.disagreements + figures.brokenPreviews;
process.exit(bad === 0 ? 0 : 1);
