// The studio's header: its title, Undo and Redo (buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y), the
// autosave state and the way back to the game.
import type { StudioContext } from './context';
import { el } from './dom';
import { canRedo, canUndo } from './history';

export interface Header {
  element: HTMLElement;
  showHistory(): void;
  showSaveState(text: string): void;
}

export function mountHeader(ctx: StudioContext): Header {
  const undoBtn = el('button', { type: 'button', 'aria-keyshortcuts': 'Control+Z', title: 'Undo (Ctrl+Z)' }, 'Undo');
  const redoBtn = el('button', { type: 'button', 'aria-keyshortcuts': 'Control+Shift+Z', title: 'Redo (Ctrl+Shift+Z)' }, 'Redo');
  const saveState = el('span', { class: 'save-state', 'data-testid': 'save-state', role: 'status' }, '');
  const element = el(
    'header',
    { class: 'studio-header' },
    el('h1', {}, 'Pack studio'),
    el('nav', { class: 'header-actions', 'aria-label': 'Studio' }, undoBtn, redoBtn, saveState, el('a', { href: ctx.gameUrl, class: 'back' }, 'Back to the game')),
  );

  const step = (direction: 'undo' | 'redo') => {
    // The focused field is rebuilt by the step: focus goes to the field of the same key after it.
    const focused = (document.activeElement as HTMLElement | null)?.dataset.key;
    if (!ctx.step(direction)) return;
    if (focused) ctx.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
    ctx.announce(direction === 'undo' ? 'Undone.' : 'Redone.');
  };
  undoBtn.addEventListener('click', () => step('undo'));
  redoBtn.addEventListener('click', () => step('redo'));
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'z' || k === 'y') {
      // The studio's history, not the field's own: it covers every field and the whole pack.
      e.preventDefault();
      step(k === 'y' || e.shiftKey ? 'redo' : 'undo');
    }
  });

  return {
    element,
    showHistory() {
      undoBtn.disabled = !canUndo(ctx.history());
      redoBtn.disabled = !canRedo(ctx.history());
    },
    showSaveState(text) {
      saveState.textContent = text;
    },
  };
}
