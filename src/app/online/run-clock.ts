// The client half of the server's clock: for a ranked round (one with a run ticket), tell the
// server the moment each question is shown (reveal) and the moment it is answered, with the
// choice (answer). The server times the round from these stamps, never from a claimed time.
// Calls go out in order, one after the other; one that fails only costs that question its time
// bonus (the server scores it as answered at the limit), never the round.
import type { RoundState } from '../../domain/round';
import type { LeaderboardClient } from './leaderboard-client';

export interface ClockedRun {
  runId: string;
  token: string;
}

export interface RunClockReporter {
  /** Look at the round now: reveal the question on screen, send answers given (call on every change, and when a run arrives). */
  sync(round: RoundState | null, run: ClockedRun | null): void;
  /** Resolves when every call made so far has been answered (tests, and before submitting). */
  settled(): Promise<void>;
}

export function createRunClockReporter(client: Pick<LeaderboardClient, 'reveal' | 'answer'>): RunClockReporter {
  let current: { runId: string; revealed: number; answered: number } | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  const then = (job: () => Promise<unknown>) => {
    chain = chain.then(job, job);
  };

  return {
    sync(round, run) {
      if (!round || !run) return;
      if (current?.runId !== run.runId) current = { runId: run.runId, revealed: -1, answered: -1 };
      const state = current;
      // Answers first (the one on screen may have just been answered), then the next reveal.
      for (let i = state.answered + 1; i < round.history.length; i++) {
        const record = round.history[i]!;
        state.answered = i;
        // An answer given before its question could be revealed (no ticket yet) earns no bonus: skipped.
        if (state.revealed < i) continue;
        then(() => client.answer(run.runId, run.token, i, { questionId: record.questionId, chosen: record.chosen, lifelines: [...record.lifelines] }));
      }
      if (round.phase === 'asking' && round.index > state.revealed && round.index === round.history.length) {
        const i = round.index;
        state.revealed = i;
        then(() => client.reveal(run.runId, run.token, i));
      }
    },
    settled: () => chain.then(() => undefined),
  };
}
