// The cold-start benchmark's finish line (bench/browser.ts): the moment the first question of a
// page load can be answered, whichever draws it first (the DOM before the canvas has booted, or
// the quiz scene). Set once per page load.
export const FIRST_QUESTION_MARK = 'first-question-answerable';

let marked = false;

export function markFirstQuestion(): void {
  if (marked) return;
  marked = true;
  try {
    performance.mark(FIRST_QUESTION_MARK);
  } catch {
    // Marks are for benchmarks only.
  }
}
