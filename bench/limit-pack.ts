// A pack at the limits (2 MB, a 500-value pool, ~10,000 facts: entity, big-number and dated
// ones): how long checking it and preparing rounds from it takes. Within the limits this is
// what an opened pack can cost the page at most.   npx tsx bench/limit-pack.ts
import { MAX_PACK_CHARS } from '../src/domain/pack/limits';
import { MAX_ITEMS } from '../src/domain/pack/schema';
import { validatePackText } from '../src/domain/pack/validate-text';
import { questionsForRound } from '../src/domain/round-questions';

const pool = Array.from({ length: 500 }, (_, i) => `Club number ${i}`);
const facts: string[] = [];
let size = 400;
for (let i = 0; i < MAX_ITEMS; i++) {
  const common = { id: `f${i}`, subject: `Player ${i}`, relation: 'r', quote: 'q', explanation: 'e', date: String(1900 + (i % 200)) };
  const fact =
    i % 3 === 0 ? { ...common, answer: { type: 'club', value: `Team ${i}` }, prompts: { ask: 'Which?', statement: 'He joined {answer}.' }, distractors: { pool: 'clubs' } }
    : i % 3 === 1 ? { ...common, answer: { type: 'number', value: 100_000_000 + i }, prompts: { ask: 'How many?', event: `Event ${i}` } }
    : { ...common, answer: { type: 'year', value: 1900 + (i % 200) }, prompts: { ask: 'When?', event: `Event ${i}` } };
  const text = JSON.stringify(fact);
  if (size + text.length + 1 > MAX_PACK_CHARS - JSON.stringify(pool).length) break;
  facts.push(text);
  size += text.length + 1;
}
const head = { id: 'limits', version: '1.0.0', title: 'At the limits', language: 'en', authors: ['bench'], licence: 'CC0',
  source: { title: 't', publisher: 'p', published: '2020-01-01', asOf: '2020-01-01' }, pools: { clubs: pool } };
const text = `${JSON.stringify(head).slice(0, -1)},"facts":[${facts.join(',')}]}`;
console.log(`${facts.length} facts, ${(text.length / 1024 / 1024).toFixed(2)} MB`);
const cpu0 = process.cpuUsage();
let t = performance.now();
const result = validatePackText(text);
const cpu1 = process.cpuUsage(cpu0);
console.log(`validatePackText: ${(performance.now() - t).toFixed(0)} ms (${((cpu1.user + cpu1.system) / 1000).toFixed(0)} ms CPU), ${result.ok ? 'valid' : `${result.problems.length} problems: ${result.problems[0]?.message}`}`);
if (result.ok) {
  for (const mode of ['classic', 'survival'] as const) {
    t = performance.now();
    const questions = questionsForRound(result.pack, { packId: 'limits', packVersion: '1.0.0', seed: '1', mode, difficulty: 'hard' });
    console.log(`${mode} round: ${questions.length} questions in ${(performance.now() - t).toFixed(0)} ms`);
  }
}
