// Words and numbers shared by the canvas scenes and the DOM layer, so both say exactly the same.
import type { Difficulty } from '../domain/pack/schema';
import { totalTimeMs, type Mode, type RoundState } from '../domain/round';
import { dailyNumber } from '../domain/daily';
import type { MenuMode } from '../state/settings-store';
import type { ChallengeIntro } from '../state/ui-store';
import { dayOfDailySeed } from '../domain/daily';
import { DAILY_PACK_ID } from '../domain/daily-round';

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
  // A no-break space: "4.5" and its "s" never part at the end of a line (a 390 px phone did).
  return minutes > 0 ? `${minutes}:${seconds.toFixed(1).padStart(4, '0')}` : `${seconds.toFixed(1)}\u00a0s`;
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2022-12-18' → "18 December 2022" (by hand, as formatPoints: no locale data to load); other text as it is. */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : day;
}

/** What the menu says under a pack's title: "31 questions · 18 December 2022" (what is known of it). */
export function packSizeLine(size: { questions?: number | undefined; published?: string | undefined }): string {
  const parts: string[] = [];
  if (size.questions !== undefined) parts.push(`${size.questions} question${size.questions === 1 ? '' : 's'}`);
  if (size.published) parts.push(formatDay(size.published));
  return parts.join(' · ');
}

/** Under the results' title: "Karim Benzema's France career · Classic · Medium"; the Daily across
 *  packs, "Daily #37 · every pack". */
export function roundSubtitle(round: RoundState, packs: readonly { id: string; title: string }[]): string {
  const { config } = round;
  if (config.packId === DAILY_PACK_ID) {
    const day = dayOfDailySeed(config.seed);
    return `${day ? `Daily #${dailyNumber(day)}` : 'Daily'} · every pack · ${DIFFICULTY_LABEL[config.difficulty]}`;
  }
  const title = packs.find((p) => p.id === config.packId)?.title ?? config.packId;
  return `${title} · ${ROUND_MODE_LABEL[config.mode]} · ${DIFFICULTY_LABEL[config.difficulty]}`;
}
