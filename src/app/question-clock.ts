// The one clock a question is timed by: the timer bar draws it and an answer is stamped with it,
// so what the player sees is what they are scored on. It only moves while running and visible,
// and a single slow frame can add at most MAX_FRAME_MS (a stall is not the player's fault).

import type { RoundState } from '../domain/round';

export const MAX_FRAME_MS = 100;

/**
 * Time left as a timed question's clock bar shows it: counting down while asked (`remainingMs`,
 * the controller's), then held where the answer stopped it.
 */
export function shownTimeLeftMs(round: RoundState, remainingMs: number | null): number {
  const limit = round.rules.timeLimitMs ?? 0;
  return round.phase === 'asking' ? (remainingMs ?? 0) : Math.max(0, limit - (round.history.at(-1)?.timeMs ?? limit));
}

export class QuestionClock {
  private elapsed = 0;
  private running = false;
  private hidden = false;
  /** Held while a dialog covers the question (Leave this round?): the player is not answering. */
  private paused = false;

  get elapsedMs(): number {
    return this.elapsed;
  }

  get isRunning(): boolean {
    return this.running && !this.hidden && !this.paused;
  }

  /** Start timing a new question from zero. */
  restart(): void {
    this.elapsed = 0;
    this.running = true;
  }

  stop(): void {
    this.running = false;
  }

  setHidden(hidden: boolean): void {
    this.hidden = hidden;
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
  }

  /** Advance by one frame's delta; returns the time actually added. */
  tick(deltaMs: number): number {
    if (!this.isRunning || !Number.isFinite(deltaMs) || deltaMs <= 0) return 0;
    const step = Math.min(deltaMs, MAX_FRAME_MS);
    this.elapsed += step;
    return step;
  }
}
