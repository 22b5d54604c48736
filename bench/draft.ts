// npm run bench:draft [-- --write-unjudged] [dir]: how well `draft` does on the dev corpus.
// Per article: recall of the key facts an author would pick (a drafted fact whose answer holds
// the key's value and whose quote is the key's sentence), the share of drafted facts judged good,
// false facts (judged false, or failing the automatic truth checks), unjudged facts (counted as
// not good) and audit problems in generated rounds. Figures, not assertions.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fact, Pack } from '../src/domain/pack/schema';
import { validatePack } from '../src/domain/pack/validate';
import { auditRound } from '../src/domain/questions/audit';
import { answerText } from '../src/domain/questions/forms';
import { generateQuestions } from '../src/domain/questions/generate';
import { draftPack } from '../src/authoring/draft/draft-pack';
import { fold } from '../src/authoring/draft/names';
import { parseNumber } from '../src/authoring/draft/numbers';
import { answerIsSpan } from '../src/authoring/draft/truth';
import { findValues } from '../src/authoring/draft/values';

interface Key { sentence: string; value: string; about: string; kind: string }
interface Judged { quote: string; answer: string; subject?: string; verdict: 'good' | 'weak' | 'false' | '?'; reason: string }

const args = process.argv.slice(2);
const writeUnjudged = args.includes('--write-unjudged');
const dir = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'draft-corpus');

const norm = (s: string) => ` ${fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
const numbersIn = (s: string) => [...s.matchAll(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?/gi)].map((m) => parseNumber(m[0])).filter((n): n is number => n !== undefined);
const dateIn = (s: string) => findValues(s, () => true, '2100-01-01').find((v) => v.kind === 'date')?.answer;

/** Does the drafted answer hold the key's value? */
export function holds(fact: Fact, value: string): boolean {
  const a = fact.answer;
  if (a.type === 'number' || a.type === 'year') return numbersIn(value).includes(a.value);
  if (a.type === 'date') {
    const d = dateIn(value);
    return !!d && 'value' in d && (d.value === a.value || String(d.value).startsWith(a.value) || a.value.startsWith(String(d.value)));
  }
  const shown = a.type === 'set' ? a.values : [a.value];
  const v = norm(value.replace(/^the /i, ''));
  return shown.some((s) => norm(s).includes(v) || (norm(s).trim().length >= 3 && v.includes(norm(s)))) ||
    (a.type === 'set' && v.trim().split(' ').filter((w) => !['and', 'the', 'of'].includes(w)).every((w) => shown.some((s) => norm(s).includes(` ${w} `))));
}

function audit(pack: Pack): { problems: number; short: number } {
  let problems = 0;
  let short = 0;
  for (let seed = 0; seed < 40; seed++) {
    for (const difficulty of ['easy', 'medium', 'hard'] as const) {
      const round = generateQuestions(pack, { seed, count: 10, difficulty });
      if (round.length < 10) short++;
      problems += auditRound(pack, round).length;
    }
  }
  return { problems, short };
}

const rows: string[][] = [];
const total = { keys: 0, found: 0, facts: 0, good: 0, weak: 0, false: 0, unjudged: 0, problems: 0, ms: 0 };
const unjudgedLines: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const slug = file.replace(/\.txt$/, '');
  const text = readFileSync(join(dir, file), 'utf8');
  const keys = JSON.parse(readFileSync(join(dir, `${slug}.keys.json`), 'utf8')) as Key[];
  const judgedFile = join(dir, `${slug}.judged.json`);
  const judged = existsSync(judgedFile) ? (JSON.parse(readFileSync(judgedFile, 'utf8')) as Judged[]) : [];
  const t = performance.now();
  const { pack } = draftPack(text);
  const ms = performance.now() - t;
  const facts = pack.facts;
  const found = keys.filter((k) => facts.some((f) => f.quote.includes(k.sentence) && holds(f, k.value)));
  const missed = keys.filter((k) => !found.includes(k));
  let good = 0, weak = 0, falseCount = 0, unjudged = 0;
  const fresh: Judged[] = [];
  for (const f of facts) {
    const answer = answerText(f);
    const automatic = !answerIsSpan(f) ? 'answer is not a span of its quote' : !text.includes(f.quote) ? 'quote is not verbatim' : undefined;
    // A verdict holds for the subject it was given with: a fact whose subject changed is judged again.
    const j = judged.find((x) => x.quote === f.quote && x.answer === answer && (x.subject === undefined || x.subject === f.subject));
    if (automatic) {
      falseCount++;
      unjudgedLines.push(`FALSE (automatic) ${slug}: ${answer}: ${automatic}`);
    } else if (!j || j.verdict === '?') {
      unjudged++;
      unjudgedLines.push(`UNJUDGED ${slug}: ${f.id} = ${answer} | ${f.subject} | ${f.prompts.ask}`);
      fresh.push({ quote: f.quote, answer, subject: f.subject, verdict: '?', reason: f.prompts.ask });
    } else if (j.verdict === 'good') good++;
    else if (j.verdict === 'weak') weak++;
    else falseCount++;
  }
  if (writeUnjudged && fresh.length > 0) {
    const kept = judged.filter((j) => facts.some((f) => f.quote === j.quote && answerText(f) === j.answer));
    writeFileSync(judgedFile, `${JSON.stringify([...kept, ...fresh], null, 1)}\n`);
  }
  const checked = validatePack(pack);
  const a = checked.ok ? audit(pack) : { problems: -1, short: -1 };
  rows.push([slug, String(keys.length), pct(found.length, keys.length), String(facts.length), pct(good, facts.length), String(weak), String(falseCount), String(unjudged),
    checked.ok ? `${a.problems}${a.short ? ` (${a.short} short)` : ''}` : 'INVALID', `${Math.round(ms)}`]);
  Object.assign(total, {
    keys: total.keys + keys.length, found: total.found + found.length, facts: total.facts + facts.length, good: total.good + good,
    weak: total.weak + weak, false: total.false + falseCount, unjudged: total.unjudged + unjudged, problems: total.problems + Math.max(0, a.problems), ms: total.ms + ms,
  });
  if (args.includes('--missed')) for (const k of missed) console.log(`  missed ${slug}: ${k.kind} “${k.value}” in “${k.sentence.slice(0, 70)}”`);
}

function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${Math.round((100 * n) / d)} %`;
}

const header = ['article', 'keys', 'recall', 'facts', 'good', 'weak', 'false', 'unjudged', 'audit problems', 'ms'];
rows.push(['TOTAL', String(total.keys), pct(total.found, total.keys), String(total.facts), pct(total.good, total.facts), String(total.weak), String(total.false), String(total.unjudged), String(total.problems), String(Math.round(total.ms))]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
if (unjudgedLines.length > 0) {
  console.log(`\n${unjudgedLines.length} FACTS NOT JUDGED GOOD/WEAK/FALSE (counted as not good):`);
  for (const l of unjudgedLines.slice(0, 400)) console.log(`  ${l}`);
}
