import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, MAX_STEPS, push, redo, seal, undo } from '../../src/studio/history';

describe('studio history', () => {
  it('undoes and redoes whole steps in order, and a new step drops the redo branch', () => {
    let h = createHistory('a');
    h = push(h, 'b');
    h = push(h, 'c');
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = push(h, 'x');
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('b');
  });

  it('merges pushes with the same key (typing in one field) into one step, until sealed', () => {
    let h = createHistory('');
    h = push(h, 'w', 'field');
    h = push(h, 'wo', 'field');
    h = push(h, 'wor', 'field');
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
    h = push(h, 'word', 'other');
    expect(h.past).toEqual(['', 'wor']);
    h = seal(h);
    h = push(h, 'words', 'other');
    expect(h.past).toEqual(['', 'wor', 'word']);
    // After an undo the next typing is a step of its own, never merged into the undone one.
    h = undo(h);
    h = push(h, 'wordy', 'other');
    expect(h.past).toEqual(['', 'wor', 'word']);
    expect(h.present).toBe('wordy');
  });

  it('ignores a push of the same document and keeps at most MAX_STEPS steps', () => {
    const doc = { n: 0 };
    let h = createHistory(doc);
    expect(push(h, doc)).toBe(h);
    for (let i = 1; i <= MAX_STEPS + 50; i++) h = push(h, { n: i });
    expect(h.past).toHaveLength(MAX_STEPS);
    expect(h.past[0]).toEqual({ n: 50 });
  });
});
