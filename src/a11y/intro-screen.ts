// Intro (a challenge link): who to beat, then Start; the round's clock waits for it.
import { introMessage } from './messages';
import { el, setText, type ScreenKit } from './screen-kit';

export interface IntroScreen {
  section: HTMLElement;
  start: HTMLButtonElement;
  /** Where extensions (the challenge's online board) mount, in a panel laid below the buttons. */
  extraSlot: HTMLElement;
  /** Shows the current challenge; returns the text it shows (for the live region). */
  render(): string;
}

export function buildIntroScreen({ app, listen, overlay }: ScreenKit): IntroScreen {
  const section = el('section', { 'data-screen': 'intro', 'aria-labelledby': 'intro-title' });
  const introTitle = el('h2', { id: 'intro-title', text: 'Challenge' });
  const introText = el('p', { 'data-testid': 'intro-text' });
  const introStart = el('button', { type: 'button', text: 'Start' });
  const introMenu = el('button', { type: 'button', text: 'Menu' });
  listen(introStart, 'click', () => app.beginChallenge());
  listen(introMenu, 'click', () => app.toMenu());
  const extraSlot = el('div', { 'data-slot': 'intro-extra' });
  const board = el('div', { class: 'panel scroll intro-board', tabindex: 0 }, [extraSlot]);
  section.append(
    el('div', { class: 'sr-only' }, [introTitle, introText]),
    overlay('intro', 'start', introStart),
    overlay('intro', 'menu', introMenu),
    overlay('intro', 'board', board),
  );
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
