// The accessible twin of the canvas. Every control the scenes draw also exists here as a real,
// focusable DOM element with an accessible name, laid exactly over its drawing (scenes publish
// the rectangles to the ui store), so keyboard focus is visible where the eye expects it while
// mouse and touch still reach the canvas (`pointer-events: none`). Long text that must scroll
// (answer review, pack problems) and the how-to-play dialog are plain visible DOM.
// A polite live region narrates questions, options, feedback and score. Like the scenes, this
// layer only reads stores and calls controller verbs.
// Each screen builds its own DOM (menu-screen.ts, quiz-screen.ts…) and says its words through
// messages.ts; this module keeps the root, the overlay registry, focus and the subscriptions.
import { asksNewQuestion, currentQuestion } from '../domain/round';
import type { Rect, Screen } from '../state/ui-store';
import { TICK_FROM_MS, type GameController } from '../app/controller';
import { baseFontSize } from '../app/type-scale';
import { shortcutFor } from '../app/dom/keys';
import { shownTimeLeftMs } from '../app/question-clock';
import type { DomExtensions } from '../app/panels';
import { liveAnnouncer } from '../app/dom/live-region';
import { attachDialogs } from './dialogs';
import { feedbackMessage, fiftyFiftyMessage, questionMessage, resultsMessage } from './messages';
import { el, setText, type ScreenKit } from './screen-kit';
import { buildLoadingScreen } from './loading-screen';
import { buildMenuScreen } from './menu-screen';
import { buildQuizScreen } from './quiz-screen';
import { buildResultsScreen } from './results-screen';
import { buildIntroScreen } from './intro-screen';

export { feedbackMessage, questionMessage, resultsMessage } from './messages';

export interface DomControlsOptions {
  root: HTMLElement;
  app: GameController;
  extensions?: DomExtensions;
}

export function attachDomControls(options: DomControlsOptions): () => void {
  const { root, app } = options;
  const { roundStore, settingsStore, uiStore } = app;
  const extensions = options.extensions ?? { menu: [], results: [] };
  const cleanups: (() => void)[] = [];
  const listen: ScreenKit['listen'] = (target, type, fn) => {
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
  /** Elements laid over canvas drawings, keyed by the control id scenes publish. */
  const overlays = new Map<string, HTMLElement>();
  const overlay: ScreenKit['overlay'] = (screen, id, node) => {
    node.dataset.control = id;
    node.classList.add(node.classList.contains('panel') ? 'placed-panel' : 'ov');
    overlays.set(`${screen}|${id}`, node);
    return node;
  };
  const kit: ScreenKit = { app, listen, overlay };
  const loading = buildLoadingScreen();
  loading.section.hidden = true;
  root.append(loading.section);

  // How to play, and Leave this round?
  const coarse = typeof window.matchMedia === 'function' ? window.matchMedia('(pointer: coarse)') : null;
  const dialogs = attachDialogs(document, app, () => coarse?.matches ?? false);
  root.append(...dialogs.root);
  cleanups.push(dialogs.dispose);
  const anyDialogOpen = () => dialogs.root.some((d) => (d as HTMLDialogElement).open);

  // A screen's DOM is built the first time it is shown: a deep link's question is on screen
  // without the menu, results and intro having been made (the first question waits for this).
  const lazyScreen = <T extends { section: HTMLElement }>(build: () => T) => {
    let made: T | null = null;
    return {
      get(): T {
        if (!made) {
          made = build();
          made.section.hidden = true;
          root.insertBefore(made.section, dialogs.root[0] ?? null);
          renderSound();
        }
        return made;
      },
      get built(): T | null {
        return made;
      },
    };
  };
  const menu = lazyScreen(() => buildMenuScreen(kit));
  const quiz = lazyScreen(() => buildQuizScreen(kit));
  const results = lazyScreen(() => buildResultsScreen(kit));
  const intro = lazyScreen(() => buildIntroScreen(kit));
  const lazyScreens: Partial<Record<Screen, { get(): { section: HTMLElement }; readonly built: { section: HTMLElement } | null }>> = { menu, quiz, results, intro };

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

  // ---- before the canvas has booted ---------------------------------------------------------------
  // The wiring sets `data-canvas="pending"` on the root while the DOM draws the menu or a question
  // itself (styles.css). Meanwhile this layer also runs the question's clock bar and takes the keys
  // the scene would (quiz: 1–4, A–D, Enter/Space, M; menu: Enter/Space plays, M); a focused button
  // keeps its own Enter/Space.
  const pending = () => root.dataset.canvas === 'pending';
  const drawsItself = () => pending() && currentScreen === 'quiz';
  let clockFrame = 0;
  const drawClock = () => {
    clockFrame = 0;
    const round = roundStore.getState().round;
    const limit = round?.rules.timeLimitMs ?? null;
    if (!drawsItself() || !round || limit === null) {
      quiz.built?.renderClock(null);
      return;
    }
    quiz.get().renderClock(shownTimeLeftMs(round, app.remainingMs()) / limit);
    if (round.phase === 'asking') clockFrame = requestAnimationFrame(drawClock);
  };
  const runClock = () => {
    if (!clockFrame) drawClock();
  };
  cleanups.push(() => cancelAnimationFrame(clockFrame));
  const onPendingKey = (e: KeyboardEvent) => {
    if (!pending() || (currentScreen !== 'quiz' && currentScreen !== 'menu') || anyDialogOpen()) return;
    const shortcut = shortcutFor(e);
    if (!shortcut) return;
    const phase = currentScreen === 'quiz' ? roundStore.getState().round?.phase : undefined;
    if (shortcut.kind === 'mute') app.toggleMute();
    else if (currentScreen === 'menu' && shortcut.kind === 'continue') void app.startRound();
    else if (phase === 'asking' && shortcut.kind === 'answer') app.answer(shortcut.index);
    else if (phase === 'feedback' && shortcut.kind === 'continue') app.next();
    else return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onPendingKey);
  cleanups.push(() => window.removeEventListener('keydown', onPendingKey));

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
    menu.built?.placeArrows(controls, pending());
  };

  const focusIfFree = (target: HTMLElement | undefined | null) => {
    if (!target) return;
    const active = document.activeElement;
    if (anyDialogOpen()) return;
    if (active && active !== document.body && !root.contains(active)) return;
    target.focus({ preventScroll: true });
  };

  const renderSound = () => {
    const { muted, volume } = settingsStore.getState();
    menu.built?.renderSound(muted, volume);
    quiz.built?.renderSound(muted);
  };

  const mountExtensions = (screen: Screen) => {
    for (const off of mounted) off();
    mounted = [];
    if (screen !== 'menu' && screen !== 'results' && screen !== 'intro') return;
    const list = screen === 'menu' ? extensions.menu : screen === 'results' ? extensions.results : (extensions.intro ?? []);
    const slot = screen === 'menu' ? menu.get().extraSlot : screen === 'intro' ? intro.get().extraSlot : results.get().extraSlot;
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
    lazyScreens[screen]?.get();
    loading.section.hidden = screen !== 'loading';
    for (const [name, lazy] of Object.entries(lazyScreens)) if (lazy.built) lazy.built.section.hidden = name !== screen;
    mountExtensions(screen);
    if (screen === 'menu') {
      menu.get().show();
      if (previous && previous !== 'loading') {
        announce('Menu.');
        focusIfFree(menu.get().playButton);
      }
    }
    if (screen === 'quiz') {
      quiz.get().render();
      runClock();
      const round = roundStore.getState().round;
      if (round?.phase === 'asking') {
        announce(questionMessage(round));
        focusIfFree(quiz.get().firstEnabledAnswer());
      }
    }
    if (screen === 'intro') {
      announce(`Challenge. ${intro.get().render()}`);
      focusIfFree(intro.get().start);
    }
    if (screen === 'results') {
      results.get().render();
      const round = roundStore.getState().round;
      if (round) announce(resultsMessage(round));
      focusIfFree(results.get().againButton);
    }
    placeOverlays();
  };

  // ---- store subscriptions --------------------------------------------------------------------
  cleanups.push(
    uiStore.subscribe((s, p) => {
      if (s.screenSeq !== p.screenSeq) showScreen(s.screen);
      if (s.controls !== p.controls) placeOverlays();
      if (s.loadProgress !== p.loadProgress) loading.render(s.loadProgress);
      if (s.packs !== p.packs && s.screen === 'menu') menu.built?.packsChanged();
      if (s.roundProblem !== p.roundProblem && s.screen === 'menu') {
        menu.built?.roundProblemChanged();
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
      if (currentScreen === 'menu') menu.built?.render();
      if (s.muted !== p.muted) announce(s.muted ? 'Sound off.' : 'Sound on.');
    }),
  );
  cleanups.push(
    roundStore.subscribe((s, p) => {
      if (currentScreen !== 'quiz') return;
      quiz.get().render();
      runClock();
      const round = s.round;
      const prev = p.round;
      if (!round || round.phase === 'finished') return;
      const q = currentQuestion(round);
      if (!q) return;
      if (asksNewQuestion(prev, round)) {
        announce(questionMessage(round));
        focusIfFree(quiz.get().firstEnabledAnswer());
        return;
      }
      if (prev && round.history.length > prev.history.length) {
        announce(feedbackMessage(round));
        focusIfFree(quiz.get().nextButton);
        return;
      }
      if (prev && round.removed.length > prev.removed.length) {
        announce(fiftyFiftyMessage(q, round.removed));
        focusIfFree(quiz.get().firstEnabledAnswer());
      } else if (prev && round.used.includes('hint') && !prev.used.includes('hint')) {
        announce(`Hint: ${q.hint}`);
        focusIfFree(quiz.get().firstEnabledAnswer());
      }
    }),
  );
  cleanups.push(
    app.onCountdown((secondsLeft) => {
      // Said once, when the last-seconds ticks start.
      if (secondsLeft === TICK_FROM_MS / 1000) announce(`${secondsLeft} seconds left.`);
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
