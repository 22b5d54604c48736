// Quiz: the prompt, the status line, four answer buttons, the lifelines, feedback, Continue,
// Menu (asks first) and Sound. Before the canvas has booted, the same elements are the visible
// question (styles.css, `data-canvas="pending"`), with a clock bar of their own.
import { canUseLifeline, currentQuestion } from '../domain/round';
import { questionLabel } from '../app/format';
import { LETTERS } from '../app/type-scale';
import { answerName, feedbackMessage, fiftyFiftyLabel, hintLabel, nextLabel, quizStatusText } from './messages';
import { el, setText, type ScreenKit } from './screen-kit';

export interface QuizScreen {
  section: HTMLElement;
  nextButton: HTMLButtonElement;
  /** Where focus goes on a new question, after a lifeline. */
  firstEnabledAnswer(): HTMLButtonElement | undefined;
  /** Draws the round store's round. */
  render(): void;
  renderSound(muted: boolean): void;
  /** The clock bar shown while the DOM draws the question itself: share of the time left, or null. */
  renderClock(share: number | null): void;
}

export function buildQuizScreen({ app, listen, overlay }: ScreenKit): QuizScreen {
  const { roundStore } = app;
  const section = el('section', { 'data-screen': 'quiz', 'aria-labelledby': 'quiz-prompt' });
  const quizPrompt = el('h2', { id: 'quiz-prompt', class: 'sr-only', tabindex: -1 });
  const quizStatus = el('p', { class: 'sr-only', 'data-testid': 'quiz-status' });
  const answerGroup = el('div', { role: 'group', 'aria-label': 'Answers' });
  const answerButtons = LETTERS.map((_, i) => {
    const b = el('button', { type: 'button', 'data-testid': `answer-${i}` });
    listen(b, 'click', () => app.answer(i));
    answerGroup.append(overlay('quiz', `answer:${i}`, b));
    return b;
  });
  const fiftyButton = el('button', { type: 'button', text: '50:50', 'data-testid': 'lifeline-fifty-fifty' });
  const hintButton = el('button', { type: 'button', text: 'Hint' });
  const hintText = el('p', { class: 'sr-only' });
  const feedbackText = el('div', { class: 'sr-only', 'data-testid': 'feedback' });
  const nextButton = el('button', { type: 'button', text: 'Continue' });
  const quitButton = el('button', { type: 'button', text: 'Menu', 'aria-label': 'Menu (asks before leaving this round)', 'aria-haspopup': 'dialog' });
  const quizSound = el('button', { type: 'button', text: 'Sound' });
  const clockBar = el('div', { class: 'dom-clock', 'aria-hidden': 'true', hidden: true }, [el('i')]);
  listen(fiftyButton, 'click', () => app.useLifeline('fifty-fifty'));
  listen(hintButton, 'click', () => app.useLifeline('hint'));
  listen(nextButton, 'click', () => app.next());
  listen(quitButton, 'click', () => app.requestMenu());
  listen(quizSound, 'click', () => app.toggleMute());
  section.append(
    overlay('quiz', 'quit', quitButton),
    clockBar,
    quizPrompt,
    quizStatus,
    answerGroup,
    overlay('quiz', 'lifeline:fifty-fifty', fiftyButton),
    overlay('quiz', 'lifeline:hint', hintButton),
    hintText,
    feedbackText,
    overlay('quiz', 'next', nextButton),
    overlay('quiz', 'sound', quizSound),
  );

  const render = () => {
    const round = roundStore.getState().round;
    const q = round ? currentQuestion(round) : undefined;
    if (!round || !q) return;
    setText(quizPrompt, `${questionLabel(round)}: ${q.prompt}`);
    setText(quizStatus, quizStatusText(round));
    const last = round.phase === 'feedback' ? round.history.at(-1) : undefined;
    answerButtons.forEach((b, i) => {
      const exists = i < q.options.length;
      const removed = round.removed.includes(i);
      b.hidden = !exists || removed;
      if (!exists) return;
      setText(b, answerName(q, i, last));
      b.disabled = round.phase !== 'asking' || removed;
      // For the DOM's own drawing (styles.css): which option was right, which was yours.
      b.dataset.verdict = !last ? '' : i === q.answer ? 'right' : last.chosen === i ? 'wrong' : '';
    });
    const asking = round.phase === 'asking';
    fiftyButton.hidden = !asking;
    hintButton.hidden = !asking;
    fiftyButton.disabled = !canUseLifeline(round, 'fifty-fifty');
    hintButton.disabled = !canUseLifeline(round, 'hint');
    setText(fiftyButton, fiftyFiftyLabel(round, q));
    setText(hintButton, hintLabel(round));
    setText(hintText, round.used.includes('hint') ? `Hint: ${q.hint}` : '');
    nextButton.hidden = round.phase !== 'feedback';
    setText(nextButton, nextLabel(round));
    setText(feedbackText, last ? feedbackMessage(round) : '');
  };

  return {
    section,
    nextButton,
    firstEnabledAnswer: () => answerButtons.find((b) => !b.disabled && !b.hidden),
    render,
    renderSound: (muted) => quizSound.setAttribute('aria-pressed', String(!muted)),
    renderClock(share) {
      clockBar.hidden = share === null;
      if (share !== null) clockBar.style.setProperty('--left', share.toFixed(4));
    },
  };
}
