// The question clock's frame loop (src/app/frame-loop.ts): frames only while wanted, deltas
// between them, woken by a store change, and nothing after it is stopped.
import { describe, expect, it } from 'vitest';
import { startFrameLoop } from '../../src/app/frame-loop';

function fakeWindow() {
  let next = 1;
  const queue = new Map<number, (now: number) => void>();
  return {
    win: {
      requestAnimationFrame: (fn: (now: number) => void) => {
        const id = next++;
        queue.set(id, fn);
        return id;
      },
      cancelAnimationFrame: (id: number) => void queue.delete(id),
    },
    /** Run the frames queued now, at time `now`. */
    frame(now: number) {
      const due = [...queue.values()];
      queue.clear();
      for (const fn of due) fn(now);
    },
    get pending() {
      return queue.size;
    },
  };
}

describe('frame loop', () => {
  it('runs frames only while wanted, with the time between them, and wakes on a change', () => {
    const w = fakeWindow();
    let wanted = false;
    const listeners = new Set<() => void>();
    const deltas: number[] = [];
    const stop = startFrameLoop({
      window: w.win,
      wanted: () => wanted,
      frame: (d) => deltas.push(d),
      subscriptions: [(fn) => (listeners.add(fn), () => listeners.delete(fn))],
    });
    expect(w.pending).toBe(0);
    wanted = true;
    for (const fn of listeners) fn();
    expect(w.pending).toBe(1);
    w.frame(1000);
    w.frame(1016);
    w.frame(1050);
    expect(deltas).toEqual([0, 16, 34]);
    wanted = false;
    w.frame(1066);
    expect(w.pending).toBe(0);
    expect(deltas).toHaveLength(3);
    // Woken again: the first frame after a pause counts from itself, not from before the pause.
    wanted = true;
    for (const fn of listeners) fn();
    w.frame(5000);
    expect(deltas.at(-1)).toBe(0);
    stop();
    expect(listeners.size).toBe(0);
    w.frame(5016);
    expect(deltas).toHaveLength(4);
  });
});
