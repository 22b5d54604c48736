// Figures for one split: per article and in total, as a table for people and as JSON for tools.
import type { Article } from './corpus';
import { median, type RoundFigures } from './rounds';
import type { ArticleScore } from './score';

export interface ArticleResult {
  slug: string;
  split: string;
  kind: string;
  ms: number;
  score: ArticleScore;
  rounds: RoundFigures;
  valid: boolean;
}

export interface SplitTotals {
  split: string;
  articles: number;
  kinds: string[];
  keys: number;
  recall: number;
  recallFair: number;
  under60: string[];
  facts: number;
  good: number;
  weak: number;
  false: number;
  automaticFalse: number;
  unjudged: number;
  questions: number;
  wh: number;
  gaps: number;
  fragments: number;
  trueFalse: number;
  hintShowsKey: number;
  twoRight: number;
  auditProblems: number;
  medianPrompt: number;
  draftsFillingRounds: number;
  fullRoundShare: number;
  ms: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
export const pct = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);

export function totals(split: string, results: readonly ArticleResult[], articles: readonly Article[]): SplitTotals {
  const sum = (f: (r: ArticleResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const keys = sum((r) => r.score.keys);
  const questions = sum((r) => r.rounds.questions);
  return {
    split,
    articles: results.length,
    kinds: [...new Set(articles.map((a) => a.kind))].sort(),
    keys,
    recall: ratio(sum((r) => r.score.found), keys),
    recallFair: ratio(sum((r) => r.score.foundFair), keys),
    under60: results.filter((r) => r.score.keys > 0 && r.score.found / r.score.keys < 0.6).map((r) => r.slug),
    facts: sum((r) => r.score.facts),
    good: sum((r) => r.score.good),
    weak: sum((r) => r.score.weak),
    false: sum((r) => r.score.judgedFalse + r.score.automaticFalse),
    automaticFalse: sum((r) => r.score.automaticFalse),
    unjudged: sum((r) => r.score.unjudged),
    questions,
    wh: ratio(sum((r) => r.rounds.wh), questions),
    gaps: ratio(sum((r) => r.rounds.gaps), questions),
    fragments: ratio(sum((r) => r.rounds.fragments), questions),
    trueFalse: ratio(sum((r) => r.rounds.trueFalse), questions),
    hintShowsKey: ratio(sum((r) => r.rounds.hintShowsKey), questions),
    twoRight: sum((r) => r.rounds.twoRight),
    auditProblems: sum((r) => r.rounds.auditProblems),
    medianPrompt: median(results.flatMap((r) => r.rounds.promptLengths)),
    draftsFillingRounds: results.filter((r) => r.rounds.rounds > 0 && r.rounds.fullRounds === r.rounds.rounds).length,
    fullRoundShare: ratio(sum((r) => r.rounds.fullRounds), sum((r) => r.rounds.rounds)),
    ms: sum((r) => r.ms),
  };
}

const HEADER = ['article', 'kind', 'keys', 'recall', 'fair', 'facts', 'good', 'weak', 'false', 'unjdg', 'wh', 'gap', 'frag', 't/f', 'hint>key', '2 right', 'prompt', 'full rounds', 'ms'];

function row(r: ArticleResult): string[] {
  const q = r.rounds.questions;
  const s = r.score;
  return [r.slug, r.kind, String(s.keys), pct(s.found, s.keys), pct(s.foundFair, s.keys), String(s.facts), String(s.good), String(s.weak),
    String(s.judgedFalse + s.automaticFalse), String(s.unjudged), pct(r.rounds.wh, q), pct(r.rounds.gaps, q), pct(r.rounds.fragments, q),
    pct(r.rounds.trueFalse, q), pct(r.rounds.hintShowsKey, q), String(r.rounds.twoRight), String(median(r.rounds.promptLengths)),
    r.valid ? `${r.rounds.fullRounds}/${r.rounds.rounds}` : 'INVALID', String(Math.round(r.ms))];
}

function totalRow(t: SplitTotals): string[] {
  const p = (x: number) => `${Math.round(100 * x)} %`;
  return [`TOTAL ${t.split}`, `${t.kinds.length} kinds`, String(t.keys), p(t.recall), p(t.recallFair), String(t.facts), String(t.good), String(t.weak),
    String(t.false), String(t.unjudged), p(t.wh), p(t.gaps), p(t.fragments), p(t.trueFalse), p(t.hintShowsKey), String(t.twoRight),
    String(t.medianPrompt), `${t.draftsFillingRounds}/${t.articles} fill`, String(Math.round(t.ms))];
}

export function table(results: readonly ArticleResult[], t: SplitTotals): string {
  const rows = [HEADER, ...results.map(row), totalRow(t)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** Issue 21's "done when", read against a split's figures: each target, the figure, met or not. */
export function targets(t: SplitTotals): string[] {
  const p = (x: number) => `${Math.round(100 * x)} %`;
  const rows: Array<[string, string, boolean]> = [
    ['strict recall ≥ 85 %', p(t.recall), t.recall >= 0.85],
    ['no article under 60 % recall', t.under60.length ? t.under60.join(', ') : 'none', t.under60.length === 0],
    ['0 false facts', `${t.false}${t.unjudged ? ` (+${t.unjudged} unjudged)` : ''}`, t.false === 0 && t.unjudged === 0],
    ['0 questions with two right options', String(t.twoRight), t.twoRight === 0],
    ['≥ 60 % wh-questions', p(t.wh), t.wh >= 0.6],
    ['≤ 15 % gaps', p(t.gaps), t.gaps <= 0.15],
    ['≤ 5 % fragments', p(t.fragments), t.fragments <= 0.05],
    ['≤ 20 % true/false', p(t.trueFalse), t.trueFalse <= 0.2],
    ['10 of every 12 drafts fill 10-question rounds', `${t.draftsFillingRounds} of ${t.articles}`, t.draftsFillingRounds * 12 >= t.articles * 10],
  ];
  return rows.map(([what, figure, met]) => `  ${met ? 'met    ' : 'NOT MET'}  ${what}: ${figure}`);
}

export function summary(t: SplitTotals): string {
  const p = (x: number) => `${Math.round(100 * x)} %`;
  return [
    `${t.split}: ${t.articles} articles (${t.kinds.join(', ')})`,
    `  strict recall ${p(t.recall)} of ${t.keys} keys (${p(t.recallFair)} by facts judged good or weak); under 60 %: ${t.under60.length ? t.under60.join(', ') : 'none'}`,
    `  drafted facts ${t.facts}: good ${t.good} (${pct(t.good, t.facts)}), weak ${t.weak}, false ${t.false} (${t.automaticFalse} by the automatic checks), unjudged ${t.unjudged} (never counted good)`,
    `  in rounds (${t.questions} questions, 40 seeds × 3 difficulties × 10): wh-questions ${p(t.wh)}, gaps ${p(t.gaps)}, fragments ${p(t.fragments)}, true/false ${p(t.trueFalse)}, hints showing the key ${p(t.hintShowsKey)}, two right options ${t.twoRight}, audit problems ${t.auditProblems}, median prompt ${t.medianPrompt} chars`,
    `  drafts that fill every 10-question round: ${t.draftsFillingRounds} of ${t.articles} (${p(t.fullRoundShare)} of rounds full); drafting took ${Math.round(t.ms)} ms in all`,
  ].join('\n');
}
