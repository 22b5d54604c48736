// The text a player shares after a round: game, pack, score and one square per question.
// It never contains a question or an option, so it spoils nothing for the friend who gets it.
import type { AnswerRecord } from '../domain/round';

export type QuestionOutcome = 'right' | 'wrong' | 'timeout';

export const OUTCOME_EMOJI: Readonly<Record<QuestionOutcome, string>> = {
  right: '🟩',
  wrong: '🟥',
  timeout: '⏱️',
};

/** Squares per line (with a space after the fifth, for counting at a glance). */
export const SQUARES_PER_ROW = 10;
/** A long Survival run is cut here and ends with "+N". */
export const MAX_SHARED_SQUARES = 50;

/** Right, wrong or out of time for each answered question, in order. */
export function outcomesFromHistory(history: readonly Pick<AnswerRecord, 'correct' | 'chosen'>[]): QuestionOutcome[] {
  return history.map((r) => (r.correct ? 'right' : r.chosen === null ? 'timeout' : 'wrong'));
}

export interface ShareTextInput {
  gameName: string;
  packTitle: string;
  score: number;
  correct: number;
  total: number;
  /** One per question asked, in order. */
  outcomes: readonly QuestionOutcome[];
  /** The link that lets a friend play the same round (challenge link). */
  link?: string;
  /** The Daily's number: the text then says "Daily #N". */
  daily?: number;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const formatInt = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);

/** The outcome squares, wrapped; at most MAX_SHARED_SQUARES, then "+N". */
export function outcomeGrid(outcomes: readonly QuestionOutcome[]): string {
  const shown = outcomes.slice(0, MAX_SHARED_SQUARES).map((o) => OUTCOME_EMOJI[o]);
  const rows: string[] = [];
  for (let i = 0; i < shown.length; i += SQUARES_PER_ROW) {
    const row = shown.slice(i, i + SQUARES_PER_ROW);
    rows.push(row.length > 5 ? `${row.slice(0, 5).join('')} ${row.slice(5).join('')}` : row.join(''));
  }
  const hidden = outcomes.length - shown.length;
  if (hidden > 0) rows.push(`+${hidden} more`);
  return rows.join('\n');
}

/**
 * For example:
 *
 *     ⚽ Football Trivia · Daily #12
 *     World Cup Legends
 *     7/10 · 1,234 points
 *     🟩🟩🟥⏱️🟩 🟩🟩🟩🟩🟥
 *     https://example.org/?c=…
 */
export function makeShareText(input: ShareTextInput): string {
  const title = `⚽ ${oneLine(input.gameName)}${input.daily !== undefined ? ` · Daily #${input.daily}` : ''}`;
  const lines = [
    title,
    oneLine(input.packTitle),
    `${input.correct}/${input.total} · ${formatInt(input.score)} ${input.score === 1 ? 'point' : 'points'}`,
  ];
  const grid = outcomeGrid(input.outcomes);
  if (grid) lines.push(grid);
  if (input.link) lines.push(input.link.trim());
  return lines.filter((l) => l !== '').join('\n');
}
