// How `quiz import gift` scales: 256 kB, 512 kB and 1 MB of GIFT (multiple choice, numerical and
// true/false; a quarter unnamed and opening with the same words, which once made id numbering
// quadratic), timed through the command's own function.   npx tsx bench/import-gift.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importQuestions } from '../src/cli/commands/import';

function giftOfSize(bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const k = i % 4;
    const q =
      k === 0 ? `::Club ${i}:: Which club did player ${i} join in ${1990 + (i % 30)}? {=Club ${i}A#Right. ~Club ${i}B ~Club ${i}C ~Club ${i}D}`
      : k === 1 ? `// comment ${i}\nWhich club did the player join? {=Alpha ${i} ~Beta ${i} ~Gamma ${i} ~Delta ${i}}`
      : k === 2 ? `::Goals ${i}:: How many goals did player ${i} score? {#${10 + (i % 90)}:1####${i} in all.}`
      : `::Euro ${i}:: Player ${i} played at Euro 2008.{T#No.#Yes: he did.}`;
    parts.push(q);
    size += q.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'import-gift-'));
// CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
console.log('size      questions  imported  wall     cpu');
for (const kb of [256, 512, 1024]) {
  const file = join(dir, `${kb}.gift.txt`);
  const text = giftOfSize(kb * 1024);
  writeFileSync(file, text);
  const err: string[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  const code = importQuestions({ format: 'gift', file, published: '2024-05-01', out: join(dir, `${kb}.json`) }, () => {}, (l) => err.push(l));
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const imported = /(\d+) question\(s\) imported/.exec(err.join('\n'))?.[1] ?? '0';
  const blocks = text.split('\n\n').length;
  console.log(`${String(kb).padStart(4)} kB  ${String(blocks).padStart(9)}  ${imported.padStart(8)}  ${(ms / 1000).toFixed(2)} s  ${(cpuMs / 1000).toFixed(2)} s (exit ${code})`);
  // A pack over the 2 MB check accepts is built, then refused, not written: say so.
  const refused = err.find((l) => l.includes('nothing written'));
  if (refused) console.log(`          ${refused}`);
}
const big = join(dir, 'too-big.gift.txt');
writeFileSync(big, giftOfSize(5 * 1024 * 1024));
const err: string[] = [];
importQuestions({ format: 'gift', file: big }, () => {}, (l) => err.push(l));
console.log(`5 MB: ${err[0]}`);
rmSync(dir, { recursive: true, force: true });
