// Results: the summary, Play again, Menu, and the panel with the extension slot and the answer
// review (plain visible DOM: it scrolls).
import { formatPoints, quoted } from '../app/format';
import { optionName, resultsMessage, reviewChosen } from './messages';
import { el, setText, type ScreenKit } from './screen-kit';

export interface ResultsScreen {
  section: HTMLElement;
  againButton: HTMLButtonElement;
  /** Where extensions (sharing, high scores) mount. */
  extraSlot: HTMLElement;
  render(): void;
}

export function buildResultsScreen({ app, listen, overlay }: ScreenKit): ResultsScreen {
  const { roundStore } = app;
  const section = el('section', { 'data-screen': 'results', 'aria-labelledby': 'results-title' });
  const resultsTitle = el('h2', { id: 'results-title', class: 'sr-only', text: 'Full time' });
  const resultsSummary = el('p', { class: 'sr-only', 'data-testid': 'results-summary' });
  const againButton = el('button', { type: 'button', text: 'Play again' });
  const menuButton = el('button', { type: 'button', text: 'Menu' });
  const resultsPanel = el('div', { class: 'panel scroll', tabindex: 0, 'aria-label': 'Answer review' });
  const resultsExtra = el('div', { 'data-slot': 'results-extra' });
  const review = el('ol', { class: 'review', 'data-testid': 'review' });
  resultsPanel.append(resultsExtra, el('h3', { text: 'Answer review' }), review);
  listen(againButton, 'click', () => app.playAgain());
  listen(menuButton, 'click', () => app.toMenu());
  section.append(resultsTitle, resultsSummary, overlay('results', 'again', againButton), overlay('results', 'menu', menuButton), overlay('results', 'panel', resultsPanel));

  const render = () => {
    const round = roundStore.getState().round;
    if (!round) return;
    setText(resultsSummary, resultsMessage(round));
    review.replaceChildren(
      ...round.history.map((record, i) => {
        const q = round.questions.find((x) => x.id === record.questionId);
        if (!q) return el('li', { text: record.questionId });
        return el('li', { class: record.correct ? 'right' : 'wrong' }, [
          el('p', { class: 'prompt', text: `${i + 1}. ${q.prompt}` }),
          el('p', { text: `${record.correct ? '✓ Right' : '✗ Wrong'} — your answer: ${reviewChosen(q, record)}` }),
          ...(record.correct ? [] : [el('p', { text: `Right answer: ${optionName(q.answer, q.options[q.answer] ?? '')}` })]),
          el('p', { class: 'points', text: `+${formatPoints(record.points)} points` }),
          ...(q.quote ? [el('blockquote', { text: quoted(q.quote) })] : []),
        ]);
      }),
    );
  };

  return { section, againButton, extraSlot: resultsExtra, render };
}
