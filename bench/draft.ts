// npm run bench:draft [-- options]: how well `draft` does on real published articles.
//   --split dev|holdout|all   which part of bench/draft-corpus (default all, each reported apart)
//   --json                     figures as JSON for tooling
//   --facts                    every drafted fact with its question and options and its verdict, for reviewers
//   --write-unjudged NAME      add a "?" verdict for every unjudged fact to the .judged.json files, marked as made by NAME
//   --missed                   the keys no drafted fact holds
//   --only SLUG                one article
//   --why-gaps                 why drafted facts are gaps to fill and not wh-questions: reasons by count, with examples
//   --why-groups               per article: facts, groups, and which field of which fact shows another's answer
// Per article and per split: strict recall of the keys written before drafting, drafted facts by
// verdict, and what a player meets in 40 seeds × 3 difficulties of 10-question rounds. Figures,
// not assertions.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftPack, GAP_BECAUSE } from '../src/authoring/draft/draft-pack';
import type { Fact, Pack } from '../src/domain/pack/schema';
import { validatePack } from '../src/domain/pack/validate';
import { answerText } from '../src/domain/questions/forms';
import { generateQuestions } from '../src/domain/questions/generate';
import { CORPUS_DIR, readSplit, type Article, type Judged } from './draft/corpus';
import { summary, table, targets, totals, type ArticleResult } from './draft/report';
import { groupFigures, groupReport, type GroupFigures } from './draft/groups';
import { roundFigures } from './draft/rounds';
import { scoreArticle, verdictFor } from './draft/score';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const splitArg = option('--split') ?? 'all';
const only = option('--only');
const writer = option('--write-unjudged');

const splits: Array<[string, Article[]]> = [];
if (splitArg === 'dev' || splitArg === 'all') splits.push(['dev', readSplit(join(CORPUS_DIR, 'dev'), 'dev')]);
if (splitArg === 'holdout' || splitArg === 'all') splits.push(['holdout', readSplit(join(CORPUS_DIR, 'holdout'), 'holdout')]);

/** The article's own date for "today", so relative dates ("on Sunday", "last year") read as the article meant. */
function draftArticle(a: Article): { pack: Pack; ms: number } {
  const published = a.published.length === 7 ? `${a.published}-01` : a.published || undefined;
  const t = performance.now();
  const { pack } = draftPack(a.text, published ? { published, url: a.url || undefined } : {});
  return { pack, ms: performance.now() - t };
}

function describeFact(f: Fact, pack: Pack, a: Article): string {
  // The fact in a group of its own, so a round of every group surely asks it.
  const alone = { ...f, group: 'under-review' };
  const q = generateQuestions({ ...pack, facts: [alone, ...pack.facts.filter((x) => x.id !== f.id)] }, { seed: 1, count: 400, difficulty: 'medium', forms: ['direct', 'identify'] })
    .find((x) => x.factIds[0] === f.id);
  const v = verdictFor(f, a.judged);
  return [
    `  #${pack.facts.indexOf(f) + 1} ${f.id} [${f.answer.type}] subject “${f.subject}” relation “${f.relation}” answer “${answerText(f)}” — ${v ? `${v.verdict}: ${v.reason}` : 'UNJUDGED'}`,
    `    quote: ${f.quote}`,
    `    ask:   ${f.prompts.ask}${q ? `  [${q.options.join(' | ')}]` : '  (no 4-option question)'}`,
    `    t/f:   ${f.prompts.statement ?? '—'}`,
  ].join('\n');
}

// One draft before timing, so the first article does not pay for loading the drafter's tables.
if (splits[0]?.[1][0]) draftArticle(splits[0][1][0]);

/** Facts asked as a gap, by the reason the drafter gave for writing no wh-question. */
function tallyGaps(facts: readonly Fact[], into: Map<string, string[]>): void {
  for (const f of facts) {
    if (!/^(?:Fill the gap|Which of these belongs)/.test(f.prompts.ask)) continue;
    const at = f.review?.indexOf(GAP_BECAUSE) ?? -1;
    const why = at >= 0 ? f.review!.slice(at + GAP_BECAUSE.length) : 'no reason recorded';
    // Reasons that end on the word at fault (“: “having””) are grouped by their wording before it.
    const key = why.replace(/: “[^”]*”$/, '');
    into.set(key, [...(into.get(key) ?? []), `${f.prompts.ask.slice(0, 150)}  [${answerText(f)}]`]);
  }
}

const report: Record<string, unknown> = {};
for (const [name, articles] of splits) {
  const chosen = articles.filter((a) => !only || a.slug === only);
  if (chosen.length === 0) continue;
  const results: ArticleResult[] = [];
  const gapReasons = new Map<string, string[]>();
  const groupRows: Array<{ slug: string; figures: GroupFigures }> = [];
  for (const a of chosen) {
    const { pack, ms } = draftArticle(a);
    tallyGaps(pack.facts, gapReasons);
    if (args.includes('--why-groups')) groupRows.push({ slug: a.slug, figures: groupFigures(pack) });
    const valid = validatePack(pack).ok;
    const score = scoreArticle(a, pack.facts);
    results.push({ slug: a.slug, split: name, kind: a.kind, ms, score, rounds: roundFigures(pack, a.text), valid });
    if (args.includes('--facts')) console.log(`\n## ${a.slug} (${a.kind})\n${pack.facts.map((f) => describeFact(f, pack, a)).join('\n')}`);
    if (args.includes('--missed')) for (const k of score.missed) console.log(`  missed ${a.slug}: ${k.kind} “${k.value}” in “${k.sentence}”`);
    if (writer && score.unjudgedFacts.length > 0) {
      const fresh: Judged[] = score.unjudgedFacts
        .filter((f) => !a.judged.some((j) => j.verdict === '?' && j.quote === f.quote && j.answer === answerText(f) && j.ask === f.prompts.ask))
        .map((f) => ({ quote: f.quote, answer: answerText(f), subject: f.subject, ask: f.prompts.ask, verdict: '?', reason: '', drafter: writer }));
      writeFileSync(a.judgedFile, `${JSON.stringify([...a.judged, ...fresh], null, 1)}\n`);
    }
  }
  const t = totals(name, results, chosen);
  report[name] = { totals: t, targets: targets(t).map((l) => l.trim()), articles: results.map((r) => ({ ...r, score: { ...r.score, unjudgedFacts: r.score.unjudgedFacts.map((f) => f.id), falseFacts: r.score.falseFacts.map((x) => ({ id: x.fact.id, answer: answerText(x.fact), why: x.why })) }, rounds: { ...r.rounds, promptLengths: undefined } })) };
  if (!args.includes('--json')) {
    console.log(`\n=== ${name} ===\n${table(results, t)}\n\n${summary(t)}\n\nissue 21, done when (on the hold-out):\n${targets(t).join('\n')}`);
    const falseLines = results.flatMap((r) => r.score.falseFacts.map((x) => `  FALSE ${r.slug}: ${answerText(x.fact)} (${x.fact.prompts.ask}) — ${x.why}`));
    if (falseLines.length) console.log(`\nfalse facts:\n${falseLines.join('\n')}`);
    if (args.includes('--why-gaps')) {
      const all = [...gapReasons.values()].reduce((n, l) => n + l.length, 0);
      const lines = [...gapReasons].sort((a, b) => b[1].length - a[1].length).map(([why, ex]) => `  ${String(ex.length).padStart(4)}  ${why}\n${ex.slice(0, Number(option('--examples') ?? 2)).map((e) => `          e.g. ${e}`).join('\n')}`);
      console.log(`\nwhy drafted facts are gaps (${all} of ${t.facts} facts):\n${lines.join('\n')}`);
    }
    if (args.includes('--why-groups')) console.log(`\n${groupReport(groupRows, Number(option('--examples') ?? 2))}`);
    const examples = results.flatMap((r) => r.rounds.examples.twoRight.slice(0, 1).map((e) => `  ${r.slug}: ${e}`));
    if (examples.length) console.log(`\nquestions with two right options (one example per article):\n${examples.join('\n')}`);
  }
}
if (args.includes('--json')) console.log(JSON.stringify(report, null, 1));
