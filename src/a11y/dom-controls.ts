// The accessible twin of the canvas. Every control the scenes draw also exists here as a real,
// focusable DOM element with an accessible name, laid exactly over its drawing (scenes publish
// the rectangles to the ui store), so keyboard focus is visible where the eye expects it while
// mouse and touch still reach the canvas (`pointer-events: none`). Long text that must scroll
// (answer review, pack problems) and the how-to-play dialog are plain visible DOM.
// A polite live region narrates questions, options, feedback and score. Like the scenes, this
// layer only reads stores and calls controller verbs.
import { currentQuestion } from '../domain/round';
import { streakMultiplier } from '../domain/scoring';
import { MENU_DIFFICULTIES, MENU_MODES } from '../state/settings-store';
import type { Rect, Screen } from '../state/ui-store';
import type { GameController } from '../app/controller';
import { fileLabel, formatProblem } from '../domain/pack/pack-entry';
import { LETTERS, baseFontSize } from '../app/type-scale';
import { DIFFICULTY_LABEL, MODE_LABEL, formatPoints, questionLabel, quoted } from '../app/format';
import type { DomExtensions } from '../app/panels';
import { makeElement, type Attrs } from '../app/dom/element';
import { liveAnnouncer } from '../app/dom/live-region';
import { attachDialogs } from './dialogs';
import { challengeHeadline } from '../app/format';
import { feedbackMessage, optionName, questionMessage, resultsMessage } from './messages';

export { feedbackMessage, questionMessage, resultsMessage } from './messages';

export interface DomControlsOptions {
  root: HTMLElement;
  app: GameController;
  extensions?: DomExtensions;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  return makeElement(document, tag, attrs, children);
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function attachDomControls(options: DomControlsOptions): () => void {
  const { root, app } = options;
  const { roundStore, settingsStore, uiStore } = app;
  const extensions = options.extensions ?? { menu: [], results: [] };
  const cleanups: (() => void)[] = [];
  const listen = <K extends keyof HTMLElementEventMap>(target: HTMLElement | Document, type: K, fn: (e: HTMLElementEventMap[K]) => void) => {
    target.addEventListener(type, fn as EventListener);
    cleanups.push(() => target.removeEventListener(type, fn as EventListener));
  };

  root.replaceChildren();
  root.classList.add('ui-layer');
  // DOM panels use the same type scale as the canvas.
  // (window size first: reading the element's size here would force a layout during start-up)
  const sizeType = (width: number, height: number) => root.style.setProperty('--fs', `${baseFontSize(width, height)}px`);
  sizeType(window.innerWidth, window.innerHeight);
  const resizeObserver =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(([entry]) => entry && sizeType(entry.contentRect.width, entry.contentRect.height));
  resizeObserver?.observe(root);
  cleanups.push(() => resizeObserver?.disconnect());

  // ---- live region and notice -------------------------------------------------------------
  const live = el('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'live' });
  const toast = el('div', { class: 'toast', role: 'status', hidden: true });
  root.append(live, toast);
  const announcer = liveAnnouncer(live, 60);
  const announce = announcer.announce;
  cleanups.push(announcer.dispose);

  // ---- screens ------------------------------------------------------------------------------
  const screens: Record<Screen, HTMLElement> = {
    loading: el('section', { 'data-screen': 'loading', 'aria-label': 'Loading' }),
    menu: el('section', { 'data-screen': 'menu', 'aria-labelledby': 'menu-title' }),
    intro: el('section', { 'data-screen': 'intro', 'aria-labelledby': 'intro-title' }),
    quiz: el('section', { 'data-screen': 'quiz', 'aria-labelledby': 'quiz-prompt' }),
    results: el('section', { 'data-screen': 'results', 'aria-labelledby': 'results-title' }),
  };
  for (const s of Object.values(screens)) {
    s.hidden = true;
    root.append(s);
  }

  /** Elements laid over canvas drawings, keyed by the control id scenes publish. */
  const overlays = new Map<string, HTMLElement>();
  const overlay = <T extends HTMLElement>(screen: Screen, id: string, node: T): T => {
    node.dataset.control = id;
    node.classList.add(node.classList.contains('panel') ? 'placed-panel' : 'ov');
    overlays.set(`${screen}|${id}`, node);
    return node;
  };

  // Loading
  const progress = el('progress', { max: 100, value: 0, 'aria-label': 'Loading the game' });
  screens.loading.append(el('h1', { class: 'sr-only', text: 'Football Trivia' }), progress);

  // Menu
  const menuTitle = el('h1', { id: 'menu-title', class: 'sr-only', text: 'Football Trivia' });
  const packGroup = el('fieldset', { class: 'group' }, [el('legend', { class: 'sr-only', text: 'Question pack' })]);
  const modeNote = el('p', { id: 'mode-note', class: 'sr-only' });
  const modeGroup = el('fieldset', { class: 'group', 'aria-describedby': 'mode-note' }, [el('legend', { class: 'sr-only', text: 'Mode' })]);
  const difficultyGroup = el('fieldset', { class: 'group' }, [el('legend', { class: 'sr-only', text: 'Difficulty' })]);
  const playButton = el('button', { type: 'button', text: 'Play' });
  const helpButton = el('button', { type: 'button', text: 'How to play', 'aria-haspopup': 'dialog' });
  const menuSound = el('button', { type: 'button', text: 'Sound' });
  const volumeInput = el('input', { type: 'range', min: 0, max: 100, step: 5, id: 'volume' });
  const volumeValue = el('output', { for: 'volume' });
  const volumeRow = el('div', { class: 'panel volume' }, [el('label', { for: 'volume', text: 'Volume' }), volumeInput, volumeValue]);
  const menuPanel = el('div', { class: 'panel scroll' });
  const menuExtra = el('div', { 'data-slot': 'menu-extra' });
  const problems = el('section', { class: 'problems', 'aria-labelledby': 'problems-title', hidden: true });
  const roundProblem = el('div', { class: 'link-problem', role: 'alert', 'data-testid': 'round-problem', hidden: true });
  menuPanel.append(roundProblem, menuExtra, problems);
  const renderRoundProblem = () => {
    const text = uiStore.getState().roundProblem;
    roundProblem.hidden = !text;
    if (!text) return roundProblem.replaceChildren();
    const dismiss = el('button', { type: 'button', class: 'btn small', text: 'Dismiss' });
    dismiss.addEventListener('click', () => {
      uiStore.getState().setRoundProblem(null);
      playButton.focus();
    });
    roundProblem.replaceChildren(el('p', { text }), dismiss);
  };
  const packPrev = el('button', { type: 'button', text: 'Previous pack' });
  const packNext = el('button', { type: 'button', text: 'Next pack' });
  listen(packPrev, 'click', () => app.stepPack(-1));
  listen(packNext, 'click', () => app.stepPack(1));
  screens.menu.append(menuTitle, overlay('menu', 'pack-prev', packPrev), packGroup, overlay('menu', 'pack-next', packNext), modeNote, modeGroup, difficultyGroup);
  screens.menu.append(overlay('menu', 'play', playButton), overlay('menu', 'help', helpButton), overlay('menu', 'sound', menuSound));
  screens.menu.append(overlay('menu', 'volume', volumeRow), overlay('menu', 'panel', menuPanel));

  const radio = (group: HTMLFieldSetElement, name: string, value: string, label: string, id: string, onPick: () => void) => {
    const input = el('input', { type: 'radio', name, value, class: 'sr-only' });
    const wrap = el('label', {}, [input, el('span', { text: label })]);
    listen(input, 'change', () => {
      if (input.checked) {
        app.click();
        onPick();
      }
    });
    group.append(overlay('menu', id, wrap));
    return input;
  };
  let packRadios: { id: string; input: HTMLInputElement }[] = [];
  const buildPackRadios = () => {
    for (const r of packRadios) r.input.closest('label')?.remove();
    const packs = uiStore.getState().packs;
    packRadios = packs.map((p) => {
      const input = radio(packGroup, 'pack', p.id, p.status === 'ok' ? p.title : `${p.title} (cannot be played: see pack problems)`, `pack:${p.id}`, () => app.selectPack(p.id));
      input.disabled = p.status !== 'ok';
      return { id: p.id, input };
    });
    const invalid = packs.filter((p) => p.status === 'invalid');
    problems.hidden = invalid.length === 0;
    problems.replaceChildren(el('h2', { id: 'problems-title', text: 'Pack problems' }));
    for (const p of invalid) {
      if (p.status !== 'invalid') continue;
      problems.append(
        el('h3', { text: `${fileLabel(p.file)} — ${p.problems.length} problem${p.problems.length === 1 ? '' : 's'}` }),
        el(
          'ul',
          {},
          p.problems.slice(0, 50).map((problem) => el('li', { text: formatProblem(problem) })),
        ),
      );
    }
  };
  const modeRadios = MENU_MODES.map((mode) => ({ mode, input: radio(modeGroup, 'mode', mode, MODE_LABEL[mode], `mode:${mode}`, () => app.selectMode(mode)) }));
  const difficultyRadios = MENU_DIFFICULTIES.map((d) => ({ d, input: radio(difficultyGroup, 'difficulty', d, DIFFICULTY_LABEL[d], `difficulty:${d}`, () => app.selectDifficulty(d)) }));
  listen(playButton, 'click', () => {
    app.click();
    void app.startRound();
  });
  listen(helpButton, 'click', () => {
    app.click();
    uiStore.getState().setHelpOpen(true);
  });
  listen(menuSound, 'click', () => app.toggleMute());
  listen(volumeInput, 'input', () => app.setVolume(Number(volumeInput.value) / 100));

  // Quiz
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
  listen(fiftyButton, 'click', () => app.useLifeline('fifty-fifty'));
  listen(hintButton, 'click', () => app.useLifeline('hint'));
  listen(nextButton, 'click', () => app.next());
  listen(quitButton, 'click', () => app.requestMenu());
  listen(quizSound, 'click', () => app.toggleMute());
  screens.quiz.append(
    overlay('quiz', 'quit', quitButton),
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

  // Results
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
  screens.results.append(resultsTitle, resultsSummary, overlay('results', 'again', againButton), overlay('results', 'menu', menuButton), overlay('results', 'panel', resultsPanel));

  // Intro (a challenge link): who to beat, then Start; the round's clock waits for it.
  const introTitle = el('h2', { id: 'intro-title', text: 'Challenge' });
  const introText = el('p', { 'data-testid': 'intro-text' });
  const introStart = el('button', { type: 'button', text: 'Start' });
  const introMenu = el('button', { type: 'button', text: 'Menu' });
  listen(introStart, 'click', () => app.beginChallenge());
  listen(introMenu, 'click', () => app.toMenu());
  screens.intro.append(el('div', { class: 'sr-only' }, [introTitle, introText]), overlay('intro', 'start', introStart), overlay('intro', 'menu', introMenu));

  // How to play, and Leave this round?
  const coarse = typeof window.matchMedia === 'function' ? window.matchMedia('(pointer: coarse)') : null;
  const dialogs = attachDialogs(document, app, () => coarse?.matches ?? false);
  root.append(...dialogs.root);
  cleanups.push(dialogs.dispose);
  const anyDialogOpen = () => dialogs.root.some((d) => (d as HTMLDialogElement).open);

  // Keyboard focus rings only after keys: a tap that moves focus (to the next question's first
  // answer) must not make that option look chosen. Mirrors :focus-visible for programmatic focus.
  const setModality = (kind: 'pointer' | 'keyboard') => {
    if (root.dataset.input !== kind) root.dataset.input = kind;
  };
  const onPointer = () => setModality('pointer');
  const onKey = (e: KeyboardEvent) => {
    if (!e.metaKey && !e.ctrlKey && !e.altKey) setModality('keyboard');
  };
  // Until a key is pressed, focus the game moves draws no ring (a phone player never presses one).
  setModality('pointer');
  window.addEventListener('pointerdown', onPointer, true);
  window.addEventListener('keydown', onKey, true);
  cleanups.push(() => {
    window.removeEventListener('pointerdown', onPointer, true);
    window.removeEventListener('keydown', onKey, true);
  });

  // ---- keyboard safety net --------------------------------------------------------------------
  // A held Enter auto-repeats clicks on whatever button focus lands on next (e.g. the first answer
  // right after Continue); only a fresh press may activate a button.
  listen(root, 'keydown', (e) => {
    if (e.repeat && (e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) e.preventDefault();
  });

  // ---- rendering ------------------------------------------------------------------------------
  let currentScreen: Screen | null = null;
  let mounted: (() => void)[] = [];

  const placeOverlays = () => {
    const { controls, screen } = uiStore.getState();
    for (const [key, node] of overlays) {
      const [scr, id] = key.split('|') as [string, string];
      if (scr !== screen) continue;
      const r: Rect | undefined = controls[id];
      if (r && r.width > 0 && r.height > 0) {
        node.style.left = `${r.x}px`;
        node.style.top = `${r.y}px`;
        node.style.width = `${r.width}px`;
        node.style.height = `${r.height}px`;
        node.removeAttribute('data-unplaced');
      } else node.setAttribute('data-unplaced', '');
    }
    // The pack arrows exist only while the menu steps through packs one at a time.
    packPrev.hidden = !controls['pack-prev'];
    packNext.hidden = !controls['pack-next'];
  };

  const focusIfFree = (target: HTMLElement | undefined | null) => {
    if (!target) return;
    const active = document.activeElement;
    if (anyDialogOpen()) return;
    if (active && active !== document.body && !root.contains(active)) return;
    target.focus({ preventScroll: true });
  };

  const firstEnabledAnswer = () => answerButtons.find((b) => !b.disabled && !b.hidden);

  const renderMenu = () => {
    const s = settingsStore.getState();
    const selected = app.selectedPack();
    for (const r of packRadios) r.input.checked = r.id === selected?.id;
    for (const r of modeRadios) r.input.checked = r.mode === s.lastMode;
    for (const r of difficultyRadios) r.input.checked = r.d === s.lastDifficulty;
    setText(modeNote, `${MODE_LABEL[s.lastMode]}: ${app.modeNote()}`);
    playButton.disabled = !selected;
    setText(playButton, selected ? 'Play' : 'Play (no playable pack)');
  };

  const renderSound = () => {
    const { muted, volume } = settingsStore.getState();
    for (const b of [menuSound, quizSound]) b.setAttribute('aria-pressed', String(!muted));
    const v = String(Math.round(volume * 100));
    if (volumeInput.value !== v) volumeInput.value = v;
    setText(volumeValue, `${v}%`);
  };

  const renderQuiz = () => {
    const round = roundStore.getState().round;
    const q = round ? currentQuestion(round) : undefined;
    if (!round || !q) return;
    setText(quizPrompt, `${questionLabel(round)}: ${q.prompt}`);
    const lives = round.lives !== null ? ` Lives ${round.lives}.` : '';
    setText(quizStatus, `Score ${formatPoints(round.score)}. Streak ${round.streak}, multiplier ×${streakMultiplier(round.streak)}.${lives}`);
    const last = round.phase === 'feedback' ? round.history.at(-1) : undefined;
    answerButtons.forEach((b, i) => {
      const exists = i < q.options.length;
      const removed = round.removed.includes(i);
      b.hidden = !exists || removed;
      if (!exists) return;
      let name = optionName(i, q.options[i]!);
      if (last) {
        if (i === q.answer) name += last.chosen === i ? ' — your answer, right' : ' — right answer';
        else if (last.chosen === i) name += ' — your answer, wrong';
      }
      setText(b, name);
      b.disabled = round.phase !== 'asking' || removed;
    });
    const asking = round.phase === 'asking';
    fiftyButton.hidden = !asking;
    hintButton.hidden = !asking;
    const fiftyApplies = q.fiftyFifty.length > 0;
    fiftyButton.disabled = !(round.lifelinesLeft.includes('fifty-fifty') && fiftyApplies);
    hintButton.disabled = !round.lifelinesLeft.includes('hint');
    setText(
      fiftyButton,
      !round.lifelinesLeft.includes('fifty-fifty') ? '50:50 lifeline (used)' : fiftyApplies ? '50:50 lifeline' : '50:50 lifeline (not for true-or-false: only two answers)',
    );
    setText(hintButton, round.lifelinesLeft.includes('hint') ? 'Hint lifeline' : 'Hint lifeline (used)');
    setText(hintText, round.used.includes('hint') ? `Hint: ${q.hint}` : '');
    nextButton.hidden = round.phase !== 'feedback';
    setText(nextButton, round.phase === 'feedback' && (round.lives === 0 || round.index + 1 >= round.questions.length) ? 'See results' : 'Continue');
    setText(feedbackText, last ? feedbackMessage(round) : '');
  };

  const renderResults = () => {
    const round = roundStore.getState().round;
    if (!round) return;
    setText(resultsSummary, resultsMessage(round));
    review.replaceChildren(
      ...round.history.map((record, i) => {
        const q = round.questions.find((x) => x.id === record.questionId);
        if (!q) return el('li', { text: record.questionId });
        const chosen = record.chosen === null ? 'no answer (time ran out)' : optionName(record.chosen, q.options[record.chosen] ?? '?');
        return el('li', { class: record.correct ? 'right' : 'wrong' }, [
          el('p', { class: 'prompt', text: `${i + 1}. ${q.prompt}` }),
          el('p', { text: `${record.correct ? '✓ Right' : '✗ Wrong'} — your answer: ${chosen}` }),
          ...(record.correct ? [] : [el('p', { text: `Right answer: ${optionName(q.answer, q.options[q.answer] ?? '')}` })]),
          el('p', { class: 'points', text: `+${formatPoints(record.points)} points` }),
          ...(q.quote ? [el('blockquote', { text: quoted(q.quote) })] : []),
        ]);
      }),
    );
  };

  const mountExtensions = (screen: Screen) => {
    for (const off of mounted) off();
    mounted = [];
    const list = screen === 'menu' ? extensions.menu : screen === 'results' ? extensions.results : [];
    const slot = screen === 'menu' ? menuExtra : resultsExtra;
    slot.replaceChildren();
    for (const mount of list) {
      const box = el('div', { class: 'extension' });
      slot.append(box);
      try {
        const off = mount(box, app);
        if (off) mounted.push(off);
      } catch {
        box.remove();
      }
    }
  };

  const showScreen = (screen: Screen) => {
    const previous = currentScreen;
    currentScreen = screen;
    for (const [name, node] of Object.entries(screens)) node.hidden = name !== screen;
    mountExtensions(screen);
    if (screen === 'menu') {
      buildPackRadios();
      // The menu panel only shows when it has something: pack problems or an extension.
      renderRoundProblem();
      menuPanel.hidden = problems.hidden && menuExtra.childElementCount === 0 && roundProblem.hidden;
      renderMenu();
      if (previous && previous !== 'loading') {
        announce('Menu.');
        focusIfFree(playButton);
      }
    }
    if (screen === 'quiz') {
      renderQuiz();
      const round = roundStore.getState().round;
      if (round?.phase === 'asking') {
        announce(questionMessage(round));
        focusIfFree(firstEnabledAnswer());
      }
    }
    if (screen === 'intro') {
      const c = uiStore.getState().challenge;
      setText(introText, c ? `${challengeHeadline(c)}. The very same questions they had. Press Start when you are ready: the clock starts with the first question.` : 'A friend challenged you.');
      announce(`Challenge. ${introText.textContent}`);
      focusIfFree(introStart);
    }
    if (screen === 'results') {
      renderResults();
      const round = roundStore.getState().round;
      if (round) announce(resultsMessage(round));
      focusIfFree(againButton);
    }
    placeOverlays();
  };

  // ---- store subscriptions --------------------------------------------------------------------
  cleanups.push(
    uiStore.subscribe((s, p) => {
      if (s.screenSeq !== p.screenSeq) showScreen(s.screen);
      if (s.controls !== p.controls) placeOverlays();
      if (s.loadProgress !== p.loadProgress) progress.value = Math.round(s.loadProgress * 100);
      if (s.packs !== p.packs && s.screen === 'menu') {
        buildPackRadios();
        menuPanel.hidden = problems.hidden && menuExtra.childElementCount === 0;
        renderMenu();
      }
      if (s.roundProblem !== p.roundProblem && s.screen === 'menu') {
        renderRoundProblem();
        menuPanel.hidden = problems.hidden && menuExtra.childElementCount === 0 && roundProblem.hidden;
        if (s.roundProblem) announce(s.roundProblem);
      }
      if (s.notice !== p.notice) {
        toast.hidden = !s.notice;
        setText(toast, s.notice ?? '');
      }
    }),
  );
  cleanups.push(
    settingsStore.subscribe((s, p) => {
      renderSound();
      if (currentScreen === 'menu') renderMenu();
      if (s.muted !== p.muted) announce(s.muted ? 'Sound off.' : 'Sound on.');
    }),
  );
  cleanups.push(
    roundStore.subscribe((s, p) => {
      if (currentScreen !== 'quiz') return;
      renderQuiz();
      const round = s.round;
      const prev = p.round;
      if (!round || round.phase === 'finished') return;
      const q = currentQuestion(round);
      if (!q) return;
      const newQuestion = round.phase === 'asking' && (!prev || prev.config !== round.config || prev.index !== round.index || prev.phase !== 'asking');
      if (newQuestion) {
        announce(questionMessage(round));
        focusIfFree(firstEnabledAnswer());
        return;
      }
      if (prev && round.history.length > prev.history.length) {
        announce(feedbackMessage(round));
        focusIfFree(nextButton);
        return;
      }
      if (prev && round.removed.length > prev.removed.length) {
        announce(`50:50: removed ${round.removed.map((i) => optionName(i, q.options[i] ?? '')).join(' and ')}.`);
        focusIfFree(firstEnabledAnswer());
      } else if (prev && round.used.includes('hint') && !prev.used.includes('hint')) {
        announce(`Hint: ${q.hint}`);
        focusIfFree(firstEnabledAnswer());
      }
    }),
  );
  cleanups.push(
    app.onCountdown((secondsLeft) => {
      if (secondsLeft === 5) announce('5 seconds left.');
    }),
  );

  renderSound();
  showScreen(uiStore.getState().screen);
  // The first screen after loading is not announced or focused: the page has only just opened.
  currentScreen = uiStore.getState().screen;

  return () => {
    for (const off of mounted) off();
    for (const fn of cleanups.reverse()) fn();
    root.replaceChildren();
  };
}
