// The round while it is played. Actions only forward to the pure reducer, so what the screen
// shows and what a server re-scores can never disagree.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lifeline } from '../domain/scoring';
import type { Question } from '../domain/questions/types';
import { roundReducer, startRound, type RoundAction, type RoundConfig, type RoundState } from '../domain/round';

export interface RoundStoreState {
  round: RoundState | null;
}

export interface RoundStoreActions {
  start(config: RoundConfig, questions: Question[]): void;
  answer(choice: number, timeMs: number): void;
  timeout(): void;
  useLifeline(lifeline: Lifeline): void;
  next(): void;
  finish(): void;
  clear(): void;
}

export type RoundStore = StoreApi<RoundStoreState & RoundStoreActions>;

export function createRoundStore(): RoundStore {
  return createStore<RoundStoreState & RoundStoreActions>()((set, get) => {
    const dispatch = (action: RoundAction) => {
      const round = get().round;
      if (!round) return;
      const next = roundReducer(round, action);
      if (next !== round) set({ round: next });
    };
    return {
      round: null,
      start: (config, questions) => set({ round: startRound(config, questions) }),
      answer: (choice, timeMs) => dispatch({ type: 'answer', choice, timeMs }),
      timeout: () => dispatch({ type: 'timeout' }),
      useLifeline: (lifeline) => dispatch({ type: 'lifeline', lifeline }),
      next: () => dispatch({ type: 'next' }),
      finish: () => dispatch({ type: 'finish' }),
      clear: () => set({ round: null }),
    };
  });
}
