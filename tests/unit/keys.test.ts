// Keyboard shortcuts: 1–4 and A–D answer, Enter/Space go on, M mutes; a key a focused control
// handles itself is left to it, so one press never acts twice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shortcutFor } from '../../src/app/dom/keys';

/** Just enough of a DOM element for `closest`: it matches when any of `matches` is in the selector. */
class FakeElement {
  constructor(private readonly matches: string[]) {}
  closest(selector: string): FakeElement | null {
    return this.matches.some((m) => selector.split(',').map((s) => s.trim()).includes(m)) ? this : null;
  }
}

const key = (k: string, over: Partial<KeyboardEvent> = {}) => ({ key: k, repeat: false, ctrlKey: false, altKey: false, metaKey: false, target: null, ...over }) as unknown as KeyboardEvent;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('shortcutFor', () => {
  it('answers with 1–4 and A–D (either case)', () => {
    expect(['1', '2', '3', '4'].map((k) => shortcutFor(key(k)))).toEqual([0, 1, 2, 3].map((index) => ({ kind: 'answer', index })));
    expect(['a', 'B', 'c', 'D'].map((k) => shortcutFor(key(k)))).toEqual([0, 1, 2, 3].map((index) => ({ kind: 'answer', index })));
  });

  it('goes on with Enter or Space, and mutes with M', () => {
    expect(shortcutFor(key('Enter'))).toEqual({ kind: 'continue' });
    expect(shortcutFor(key(' '))).toEqual({ kind: 'continue' });
    expect(shortcutFor(key('Spacebar'))).toEqual({ kind: 'continue' });
    expect(shortcutFor(key('m'))).toEqual({ kind: 'mute' });
    expect(shortcutFor(key('M'))).toEqual({ kind: 'mute' });
  });

  it('ignores other keys, repeats and modified presses', () => {
    for (const k of ['5', '0', 'e', 'Escape', 'ArrowUp', 'F1', 'Tab']) expect(shortcutFor(key(k))).toBeNull();
    expect(shortcutFor(key('1', { repeat: true }))).toBeNull();
    expect(shortcutFor(key('a', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('m', { metaKey: true }))).toBeNull();
    expect(shortcutFor(key('Enter', { altKey: true }))).toBeNull();
  });

  it('leaves Enter/Space to a focused button, and letters to a text field', () => {
    vi.stubGlobal('Element', FakeElement);
    const button = new FakeElement(['button']);
    expect(shortcutFor(key('Enter', { target: button as unknown as EventTarget }))).toBeNull();
    expect(shortcutFor(key(' ', { target: button as unknown as EventTarget }))).toBeNull();
    // On a button, the answer keys still work: a button does nothing with them.
    expect(shortcutFor(key('2', { target: button as unknown as EventTarget }))).toEqual({ kind: 'answer', index: 1 });
    const field = new FakeElement(['textarea', 'button']);
    expect(shortcutFor(key('a', { target: field as unknown as EventTarget }))).toBeNull();
    expect(shortcutFor(key('m', { target: field as unknown as EventTarget }))).toBeNull();
  });
});
