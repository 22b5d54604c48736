// Which sound belongs to which moment of a round. It listens to the round store like any view,
// so a sound can never disagree with what the reducer decided. The board itself (sounds.ts)
// stays the only module that touches howler.
import type { RoundState } from '../domain/round';
import type { RoundStore } from '../state/round-store';
import type { SoundBoard } from './sounds';

/** Streak lengths that earn a fanfare: where the multiplier steps up. */
export const STREAK_MILESTONES: readonly number[] = [3, 6, 10];

export function attachSoundCues(roundStore: RoundStore, sound: Pick<SoundBoard, 'play'>): () => void {
  return roundStore.subscribe((s, p) => cueFor(s.round, p.round, sound));
}

function cueFor(round: RoundState | null, prev: RoundState | null, sound: Pick<SoundBoard, 'play'>): void {
  if (!round || !prev || round.config !== prev.config) return;
  if (round.history.length > prev.history.length) {
    const last = round.history[round.history.length - 1]!;
    if (last.chosen === null) sound.play('timeup');
    else sound.play(last.correct ? 'correct' : 'wrong');
    if (last.correct && STREAK_MILESTONES.includes(round.streak)) sound.play('streak');
  }
  if (round.phase === 'finished' && prev.phase !== 'finished') sound.play('roundend');
}
