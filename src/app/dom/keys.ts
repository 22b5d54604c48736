// Keyboard shortcuts, read from native events. A key that a focused DOM control already handles
// natively (Enter/Space on a button, typing in a field) is left to that control, so one key press
// never acts twice.

export type Shortcut = { kind: 'answer'; index: number } | { kind: 'continue' } | { kind: 'mute' };

const ACTIVATES_ON_ENTER_OR_SPACE = 'button, a[href], input, select, textarea, summary, [role="button"], [role="radio"], [contenteditable=""], [contenteditable="true"]';
const TAKES_TEXT = 'input:not([type="radio"]):not([type="checkbox"]):not([type="range"]):not([type="button"]), select, textarea, [contenteditable=""], [contenteditable="true"]';

function closest(target: EventTarget | null, selector: string): boolean {
  return typeof Element !== 'undefined' && target instanceof Element && target.closest(selector) !== null;
}

export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  if (event.repeat || event.ctrlKey || event.altKey || event.metaKey) return null;
  const key = event.key;
  if (key === 'Enter' || key === ' ' || key === 'Spacebar') {
    return closest(event.target, ACTIVATES_ON_ENTER_OR_SPACE) ? null : { kind: 'continue' };
  }
  if (closest(event.target, TAKES_TEXT)) return null;
  if (key >= '1' && key <= '4' && key.length === 1) return { kind: 'answer', index: Number(key) - 1 };
  const lower = key.toLowerCase();
  if (lower.length === 1 && lower >= 'a' && lower <= 'd') return { kind: 'answer', index: lower.charCodeAt(0) - 97 };
  if (lower === 'm') return { kind: 'mute' };
  return null;
}
