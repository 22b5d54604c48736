// Which sound belongs to which moment of a round. It listens to the round store like any view and
// plays what roundEvents names, so a sound can never disagree with what the reducer decided. The
// board itself (sounds.ts) stays the only module that touches howler.
import { roundEvents, type RoundEvent } from '../domain/round';
import type { RoundStore } from '../state/round-store';
import type { SoundBoard, SoundName } from './sounds';

/** Re-exported for the views that still import it from here; the rule lives in domain/scoring.ts. */
export { STREAK_MILESTONES } from '../domain/scoring';

export function attachSoundCues(roundStore: RoundStore, sound: Pick<SoundBoard, 'play'>): () => void {
  return roundStore.subscribe((s, p) => {
    const events = roundEvents(p.round, s.round);
    // Nothing sounds when a round starts or replaces another: its first state is not a moment of play.
    if (events[0]?.kind === 'started') return;
    for (const event of events) {
      const name = cueFor(event);
      if (name) sound.play(name);
    }
  });
}

/** The sound of one event, if it has one. */
export function cueFor(event: RoundEvent): SoundName | null {
  switch (event.kind) {
    case 'answered':
      return event.timedOut ? 'timeup' : event.correct ? 'correct' : 'wrong';
    case 'streak-milestone':
      return 'streak';
    case 'finished':
      return 'roundend';
    default:
      return null;
  }
}
