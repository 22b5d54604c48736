// The modes and their rules, apart from the reducer so the menu and stores can name them cheaply.

export const MODES = ['classic', 'survival', 'relaxed', 'daily'] as const;
export type Mode = (typeof MODES)[number];

export interface ModeRules {
  /** How many questions the round asks at most. */
  questions: number;
  /** Null: no timer. */
  timeLimitMs: number | null;
  /** Null: no lives; the round ends when the questions do. */
  lives: number | null;
}

export const MODE_RULES: Record<Mode, ModeRules> = {
  classic: { questions: 10, timeLimitMs: 20_000, lives: null },
  survival: { questions: 1000, timeLimitMs: 20_000, lives: 3 },
  relaxed: { questions: 10, timeLimitMs: null, lives: null },
  daily: { questions: 10, timeLimitMs: 20_000, lives: null },
};
