// Results: Full time (or Pack cleared!, Out of lives!), the pack and mode, the score, right answers, best streak and time, Play
// again and Menu, then the panel: the extension slot (share, scores, leaderboard) and the answer
// review. The one drawing of the results; the results scene adds the count-up and the confetti.
import { formatPoints, quoted, resultsSummary, roundSubtitle } from '../app/format';
import { optionName, resultsMessage, resultsTitle, reviewChosen } from './messages';
import { el, setText, type ScreenKit } from './screen-kit';

export interface ResultsScreen {
  section: HTMLElement;
  againButton: HTMLButtonElement;
  /** Where extensions (sharing, high scores) mount. */
  extraSlot: HTMLElement;
  render(): void;
}

export function buildResultsScreen({ app, listen, control }: ScreenKit): ResultsScreen {
  const { roundStore } = app;
  const section = el('section', { 'data-screen': 'results', class: 'screen results', 'aria-labelledby': 'results-title' });
  const title = el('h2', { id: 'results-title', class: 'title', text: 'Full time' });
  // Why the round ended, where that needs saying (a Survival run that cleared its pack).
  const endNote = el('p', { class: 'end-note', 'data-testid': 'results-end-note', hidden: true });
  const subtitle = el('p', { class: 'note' });
  const score = control('score', el('p', { class: 'score', 'aria-hidden': 'true' }));
  const stats = el('p', { class: 'stats', 'aria-hidden': 'true' });
  // Screen readers get the whole summary as one sentence.
  const summary = el('p', { class: 'sr-only', 'data-testid': 'results-summary' });
  const againButton = control('again', el('button', { type: 'button', class: 'btn primary', text: 'Play again' }));
  const menuButton = control('menu', el('button', { type: 'button', class: 'btn', text: 'Menu' }));
  const panel = control('panel', el('div', { class: 'panel results-panel', tabindex: 0, 'aria-label': 'Answer review' }));
  const extra = el('div', { 'data-slot': 'results-extra' });
  const review = el('ol', { class: 'review', 'data-testid': 'review' });
  panel.append(extra, el('h3', { text: 'Answer review' }), review);
  listen(againButton, 'click', () => app.playAgain());
  listen(menuButton, 'click', () => app.toMenu());
  section.append(el('div', { class: 'results-main' }, [title, endNote, subtitle, score, stats, summary, el('div', { class: 'menu-row' }, [againButton, menuButton])]), panel);

  const render = () => {
    const round = roundStore.getState().round;
    if (!round) return;
    const s = resultsSummary(round);
    const ending = resultsTitle(round);
    setText(title, ending.title);
    endNote.hidden = ending.note === null;
    setText(endNote, ending.note ?? '');
    setText(subtitle, roundSubtitle(round, app.uiStore.getState().packs));
    setText(score, `${s.score} points`);
    score.dataset.score = String(round.score);
    setText(stats, [s.correct, s.streak, s.time].join(' · '));
    setText(summary, resultsMessage(round));
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

  return { section, againButton, extraSlot: extra, render };
}
