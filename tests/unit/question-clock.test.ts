// The question clock: only real, visible time counts, and one slow frame adds at most MAX_FRAME_MS.
import { describe, expect, it } from 'vitest';
import { MAX_FRAME_MS, QuestionClock } from '../../src/app/question-clock';

describe('QuestionClock', () => {
  it('stands still until restarted, then adds each frame', () => {
    const clock = new QuestionClock();
    expect(clock.tick(16)).toBe(0);
    expect(clock.isRunning).toBe(false);
    clock.restart();
    expect(clock.isRunning).toBe(true);
    expect(clock.tick(16)).toBe(16);
    expect(clock.tick(17.5)).toBe(17.5);
    expect(clock.elapsedMs).toBe(33.5);
  });

  it('caps a stalled frame at MAX_FRAME_MS', () => {
    const clock = new QuestionClock();
    clock.restart();
    expect(MAX_FRAME_MS).toBe(100);
    expect(clock.tick(5000)).toBe(MAX_FRAME_MS);
    expect(clock.elapsedMs).toBe(MAX_FRAME_MS);
  });

  it('ignores bad deltas', () => {
    const clock = new QuestionClock();
    clock.restart();
    for (const d of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(clock.tick(d)).toBe(0);
    expect(clock.elapsedMs).toBe(0);
  });

  it('pauses while hidden and when stopped, keeping the time so far', () => {
    const clock = new QuestionClock();
    clock.restart();
    clock.tick(50);
    clock.setHidden(true);
    expect(clock.isRunning).toBe(false);
    expect(clock.tick(50)).toBe(0);
    clock.setHidden(false);
    expect(clock.tick(50)).toBe(50);
    clock.stop();
    expect(clock.tick(50)).toBe(0);
    expect(clock.elapsedMs).toBe(100);
  });

  it('starts every question from zero', () => {
    const clock = new QuestionClock();
    clock.restart();
    clock.tick(80);
    clock.stop();
    clock.restart();
    expect(clock.elapsedMs).toBe(0);
    expect(clock.isRunning).toBe(true);
  });
});
