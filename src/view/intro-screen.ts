// Intro (a challenge link): who to beat, then Start; the round's clock waits for it. Below, the
// challenge's own online board when the server answers (the extension slot).
import { introMessage } from './messages';
import { el, setText, type ScreenKit } from './screen-kit';

export interface IntroScreen {
  section: HTMLElement;
  start: HTMLButtonElement;
  /** Where extensions (the challenge's online board) mount. */
  extraSlot: HTMLElement;
  /** Shows the current challenge; returns the text it shows (for the live region). */
  render(): string;
}

export function buildIntroScreen({ app, listen, control }: ScreenKit): IntroScreen {
  const section = el('section', { 'data-screen': 'intro', class: 'screen intro', 'aria-labelledby': 'intro-title' });
  const introTitle = el('h2', { id: 'intro-title', class: 'title', text: 'Challenge' });
  const introText = el('p', { class: 'intro-text', 'data-testid': 'intro-text' });
  const introStart = control('start', el('button', { type: 'button', class: 'btn primary', text: 'Start' }));
  const introMenu = control('menu', el('button', { type: 'button', class: 'btn', text: 'Menu' }));
  listen(introStart, 'click', () => app.beginChallenge());
  listen(introMenu, 'click', () => app.toMenu());
  const extraSlot = el('div', { 'data-slot': 'intro-extra' });
  const board = control('board', el('div', { class: 'panel intro-board' }, [extraSlot]));
  section.append(el('div', { class: 'intro-main' }, [introTitle, introText, el('div', { class: 'menu-row' }, [introStart, introMenu])]), board);
  return {
    section,
    start: introStart,
    extraSlot,
    render: () => {
      setText(introText, introMessage(app.uiStore.getState().challenge));
      return introText.textContent ?? '';
    },
  };
}
