// Words and numbers shared by the canvas scenes and the DOM layer, so both say exactly the same.
import type { Difficulty } from '../domain/pack/schema';
import { totalTimeMs, type Mode, type RoundState } from '../domain/round';
import { dailyNumber } from '../domain/daily';
import type { MenuMode } from '../state/settings-store';
import type { ChallengeIntro } from '../state/ui-store';
import { dayOfDailySeed } from '../domain/daily';

export const MODE_LABEL: Record<MenuMode, string> = { classic: 'Classic', survival: 'Survival', relaxed: 'Relaxed' };
/** Every round's mode, Daily included (the menu offers Daily apart from the three above). */
export const ROUND_MODE_LABEL: Record<Mode, string> = { ...MODE_LABEL, daily: 'Daily' };
export const DIFFICULTY_LABEL: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

/** 12,345: by hand, because the first toLocaleString call loads locale data (~15 ms). */
export function formatPoints(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "Question n of N"; Survival has no fixed N; the Daily says so, with its number. */
export function questionLabel(round: RoundState): string {
  const n = round.index + 1;
  const count = round.rules.lives !== null ? `Question ${n}` : `Question ${n} of ${round.questions.length}`;
  if (round.config.mode !== 'daily') return count;
  const day = dayOfDailySeed(round.config.seed);
  return `${day ? `Daily #${dailyNumber(day)}` : 'Daily'} · ${count}`;
}

/** "Sam scored 1,931 on Karim Benzema's France career, Classic · Medium — beat it" */
export function challengeHeadline(c: ChallengeIntro): string {
  return `${c.name} scored ${formatPoints(c.score)} on ${c.packTitle}, ${c.mode} · ${c.difficulty} — beat it`;
}

export function formatDuration(ms: number): string {
  const tenths = Math.round(ms / 100);
  const minutes = Math.floor(tenths / 600);
  const seconds = (tenths % 600) / 10;
  return minutes > 0 ? `${minutes}:${seconds.toFixed(1).padStart(4, '0')}` : `${seconds.toFixed(1)} s`;
}

export function resultsSummary(round: RoundState): { score: string; correct: string; streak: string; time: string } {
  return {
    score: formatPoints(round.score),
    correct: `${round.correctCount} of ${round.history.length} right`,
    streak: `Best streak ${round.bestStreak}`,
    time: `Time ${formatDuration(totalTimeMs(round))}`,
  };
}

/** Wrap a source sentence in quotes unless it already carries its own. */
export function quoted(text: string): string {
  return /^[“"‘']/.test(text) ? text : `“${text}”`;
}
