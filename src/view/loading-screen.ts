// Loading: the title and a progress bar that follows the ui store's load progress (the packs).
import { el } from './screen-kit';

export interface LoadingScreen {
  section: HTMLElement;
  /** Progress from 0 to 1. */
  render(progress: number): void;
}

export function buildLoadingScreen(): LoadingScreen {
  const section = el('section', { 'data-screen': 'loading', class: 'screen loading', 'aria-label': 'Loading' });
  const progress = el('progress', { max: 100, value: 0, 'aria-label': 'Loading the game' });
  section.append(el('h1', { class: 'title', text: 'Football Trivia' }), progress);
  return {
    section,
    render: (p) => {
      progress.value = Math.round(p * 100);
    },
  };
}
