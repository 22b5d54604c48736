// The studio's one polite live region: what a screen reader hears after each action.
import { el } from './dom';

export interface LiveRegion {
  element: HTMLElement;
  announce: (message: string) => void;
}

export function createLiveRegion(): LiveRegion {
  const element = el('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'studio-live' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const announce = (message: string) => {
    // Cleared first and set a moment later, so the same message twice is read twice.
    element.textContent = '';
    clearTimeout(timer);
    timer = setTimeout(() => (element.textContent = message), 60);
  };
  return { element, announce };
}
