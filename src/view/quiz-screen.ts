// Quiz: the HUD (Menu, question count, Sound, score line, clock), the prompt, the answers, and below
// them the lifelines, the hint and the feedback. The one drawing of the question, before the
// engine arrives and after it (the quiz scene only animates these elements and draws effects on
// the canvas behind them).
// Nothing above the answers changes height within a question, and everything that appears while
// playing (hint, feedback and its Continue) appears below them, so the answers never move under a finger;
// an option 50:50 removes keeps its place (styles: `visibility: hidden`).
import { canUseLifeline, currentQuestion, type RoundState } from '../domain/round';
import { formatPoints, questionLabel, quoted } from '../app/format';
import { LETTERS } from '../app/type-scale';
import { answerName, fiftyFiftyLabel, hintLabel, nextLabel, quizStatusText } from './messages';
import { el, setText, type ScreenKit } from './screen-kit';

export interface QuizScreen {
  section: HTMLElement;
  nextButton: HTMLButtonElement;
  /** Where focus goes on a new question, after a lifeline. */
  firstEnabledAnswer(): HTMLButtonElement | undefined;
  /** Draws the round store's round. */
  render(): void;
  renderSound(muted: boolean): void;
  /** The clock: milliseconds left and the limit, or null for an untimed question. */
  renderClock(leftMs: number | null, limitMs: number | null): void;
}

export function buildQuizScreen({ app, listen, control }: ScreenKit): QuizScreen {
  const { roundStore } = app;
  const section = el('section', { 'data-screen': 'quiz', class: 'screen quiz', 'aria-labelledby': 'quiz-prompt' });
  const quitButton = control('quit', el('button', { type: 'button', class: 'btn', text: 'Menu', 'aria-label': 'Menu (asks before leaving this round)', 'aria-haspopup': 'dialog' }));
  const counter = el('p', { class: 'counter' });
  const soundButton = control('sound', el('button', { type: 'button', class: 'btn', text: 'Sound: on' }));
  const status = el('p', { class: 'status', 'data-testid': 'quiz-status' });
  const clockText = el('span', { class: 'clock-text' });
  const clock = control('timer', el('div', { class: 'clock', 'aria-hidden': 'true' }, [el('span', { class: 'clock-track' }, [el('i')]), clockText]));
  const prompt = el('h2', { id: 'quiz-prompt', class: 'prompt', tabindex: -1 });
  // The Daily across packs says which pack each question comes from: one line, there for every
  // question of such a round (so nothing above the answers changes height), absent otherwise.
  const source = el('p', { class: 'source', 'data-testid': 'question-source', hidden: true });
  const answerGroup = el('div', { role: 'group', 'aria-label': 'Answers', class: 'answers' });
  const answerButtons = LETTERS.map((letter, i) => {
    const text = el('span', { class: 'answer-text' });
    const b = control(`answer:${i}`, el('button', { type: 'button', class: 'answer', 'data-testid': `answer-${i}` }, [el('span', { class: 'letter', 'aria-hidden': 'true', text: letter }), text, el('span', { class: 'mark', 'aria-hidden': 'true' })]));
    listen(b, 'click', () => app.answer(i));
    answerGroup.append(b);
    return { button: b, text };
  });
  const fiftyButton = control('lifeline:fifty-fifty', el('button', { type: 'button', class: 'btn lifeline', 'data-testid': 'lifeline-fifty-fifty' }));
  const hintButton = control('lifeline:hint', el('button', { type: 'button', class: 'btn lifeline' }));
  const lifelines = el('div', { class: 'lifelines' }, [fiftyButton, hintButton]);
  const hintText = el('p', { class: 'hint' });
  const feedbackTitle = el('p', { class: 'verdict' });
  const feedbackPoints = el('p', { class: 'points' });
  const feedbackExplain = el('p', { class: 'explain' });
  const feedbackQuote = el('blockquote', { class: 'quote' });
  const nextButton = control('next', el('button', { type: 'button', class: 'btn primary next', text: 'Continue', hidden: true }));
  // Continue beside the verdict, at the top of the feedback: always on screen right under the
  // answers, however long the explanation below it runs.
  const feedback = el('div', { class: 'feedback', 'data-testid': 'feedback', hidden: true }, [el('div', { class: 'feedback-head' }, [feedbackTitle, nextButton]), feedbackPoints, feedbackExplain, feedbackQuote]);
  // The streak banner, animated by the quiz scene in the HUD band (never over the question).
  const banner = el('p', { class: 'streak-banner', 'aria-hidden': 'true', hidden: true });
  listen(fiftyButton, 'click', () => app.useLifeline('fifty-fifty'));
  listen(hintButton, 'click', () => app.useLifeline('hint'));
  listen(nextButton, 'click', () => app.next());
  listen(quitButton, 'click', () => app.requestMenu());
  listen(soundButton, 'click', () => app.toggleMute());
  section.append(
    el('div', { class: 'hud' }, [quitButton, counter, soundButton]),
    status,
    clock,
    banner,
    source,
    prompt,
    answerGroup,
    el('div', { class: 'below' }, [lifelines, hintText, feedback]),
  );

  const render = () => {
    const round = roundStore.getState().round;
    const q = round ? currentQuestion(round) : undefined;
    if (!round || !q) return;
    setText(counter, questionLabel(round));
    setText(status, quizStatusText(round));
    setText(prompt, q.prompt);
    const fromPack = q.packId && q.packId !== round.config.packId ? (app.uiStore.getState().packs.find((p) => p.id === q.packId)?.title ?? q.packId) : null;
    source.hidden = fromPack === null;
    setText(source, fromPack ? `From: ${fromPack}` : '');
    // The accessible name says which question this is (and its pack); the eye has the lines above.
    prompt.setAttribute('aria-label', `${questionLabel(round)}: ${q.prompt}${fromPack ? ` (from ${fromPack})` : ''}`);
    const last = round.phase === 'feedback' ? round.history.at(-1) : undefined;
    // Options of some forms run long (an order question's chains of events): styles set them smaller.
    answerGroup.dataset.form = q.form;
    answerButtons.forEach(({ button, text }, i) => {
      const exists = i < q.options.length;
      const removed = round.removed.includes(i);
      button.hidden = !exists;
      if (!exists) return;
      setText(text, q.options[i]!);
      button.setAttribute('aria-label', answerName(q, i, last));
      button.disabled = round.phase !== 'asking' || removed;
      button.dataset.removed = String(removed);
      const verdict = !last ? '' : i === q.answer ? 'right' : last.chosen === i ? 'wrong' : 'other';
      button.dataset.verdict = verdict;
      setText(button.lastElementChild as HTMLElement, verdict === 'right' ? '✓' : verdict === 'wrong' ? '✗' : '');
    });
    const asking = round.phase === 'asking';
    lifelines.hidden = !asking;
    fiftyButton.disabled = !canUseLifeline(round, 'fifty-fifty');
    hintButton.disabled = !canUseLifeline(round, 'hint');
    const fiftyLeft = round.lifelinesLeft.includes('fifty-fifty');
    setText(fiftyButton, !fiftyLeft ? '50:50 used' : q.fiftyFifty.length > 0 ? '50:50' : '50:50 —');
    fiftyButton.title = q.fiftyFifty.length > 0 || !fiftyLeft ? '' : 'Not on a true-or-false question';
    fiftyButton.setAttribute('aria-label', fiftyFiftyLabel(round, q));
    setText(hintButton, round.lifelinesLeft.includes('hint') ? 'Hint' : 'Hint used');
    hintButton.setAttribute('aria-label', hintLabel(round));
    const hinted = round.used.includes('hint');
    hintText.hidden = !asking || !hinted;
    setText(hintText, hinted ? `Hint: ${q.hint}` : '');
    feedback.hidden = !last;
    nextButton.hidden = !last;
    setText(nextButton, nextLabel(round));
    if (last) {
      const right = `${LETTERS[q.answer] ?? ''}: ${q.options[q.answer] ?? ''}`;
      setText(
        feedbackTitle,
        last.correct ? '✓ Right!' : round.lives === 0 ? `✗ Out of lives! It was ${right}` : last.chosen === null ? `✗ Time’s up — it was ${right}` : `✗ Wrong — it was ${right}`,
      );
      feedback.dataset.verdict = last.correct ? 'right' : 'wrong';
      setText(feedbackPoints, pointsLine(round));
      setText(feedbackExplain, q.explanation);
      feedbackQuote.hidden = !q.quote;
      setText(feedbackQuote, q.quote ? quoted(q.quote) : '');
    }
  };

  return {
    section,
    nextButton,
    firstEnabledAnswer: () => answerButtons.map((a) => a.button).find((b) => !b.disabled && !b.hidden),
    render,
    renderSound: (muted) => {
      soundButton.setAttribute('aria-pressed', String(!muted));
      setText(soundButton, muted ? 'Sound: off' : 'Sound: on');
    },
    renderClock(leftMs, limitMs) {
      clock.hidden = limitMs === null;
      if (leftMs === null || limitMs === null) return;
      clock.style.setProperty('--left', (leftMs / limitMs).toFixed(4));
      clock.dataset.level = leftMs <= 5000 ? 'danger' : leftMs <= 10000 ? 'warn' : '';
      setText(clockText, `${Math.ceil(leftMs / 1000)} s`);
    },
  };
}

/** "+225 points (150 base + 75 speed)" for a right answer; "+0 points" otherwise. */
function pointsLine(round: RoundState): string {
  const last = round.history.at(-1);
  const s = round.lastScore;
  const parts: string[] = [];
  if (s && last?.correct) {
    parts.push(`${s.base} base`);
    if (s.timeBonus > 0) parts.push(`+ ${s.timeBonus} speed`);
    if (s.multiplier !== 1) parts.push(`× ${s.multiplier} streak`);
    if (s.lifelineFactor !== 1) parts.push(`× ${s.lifelineFactor} lifeline`);
  }
  return `+${formatPoints(s?.points ?? last?.points ?? 0)} points${parts.length ? ` (${parts.join(' ')})` : ''}`;
}
