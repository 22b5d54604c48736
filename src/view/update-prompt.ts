// "A new version is ready": shown on the menu only, so an update never interrupts a round (the
// service worker keeps serving the running version until the player takes the new one).
import type { UiStore } from '../state/ui-store';
import { makeElement as el } from '../app/dom/element';

export interface UpdatePrompt {
  /** A new version is waiting; `apply` reloads into it. */
  offer(apply: () => void): void;
  dispose(): void;
}

export function attachUpdatePrompt(root: HTMLElement, uiStore: UiStore): UpdatePrompt {
  let apply: (() => void) | null = null;
  let dismissed = false;
  const doc = root.ownerDocument;
  const now = el(doc, 'button', { type: 'button', text: 'Update now' });
  const later = el(doc, 'button', { type: 'button', class: 'secondary', text: 'Later' });
  const box = el(doc, 'div', { class: 'update-prompt', role: 'status', 'data-testid': 'update-prompt', hidden: true }, [
    el(doc, 'p', { text: 'A new version of the game is ready.' }),
    now,
    later,
  ]);
  root.append(box);
  const render = () => {
    box.hidden = !apply || dismissed || uiStore.getState().screen !== 'menu';
  };
  now.addEventListener('click', () => apply?.());
  later.addEventListener('click', () => {
    dismissed = true;
    render();
  });
  const off = uiStore.subscribe((s, p) => {
    if (s.screen !== p.screen) render();
  });
  return {
    offer(next) {
      apply = next;
      dismissed = false;
      render();
    },
    dispose() {
      off();
      box.remove();
    },
  };
}
