// The screens, drawn once as real DOM: menu, quiz, results, intro and loading (one module each),
// the dialogs, the live region and the toast. What a player reads and presses is here, for mouse,
// touch, keyboard and screen reader alike; the Phaser scenes (src/game) only animate these
// elements and draw the pitch and the effects on the canvas behind them, whenever they arrive.
// This module keeps the root, which screen shows, focus, keys, the clock's frames and the
// published control rectangles; each screen builds its own DOM and says its words through
// messages.ts. Like the scenes, it only reads stores and calls controller verbs.
import { asksNewQuestion, currentQuestion } from '../domain/round';
import type { Rect, Screen } from '../state/ui-store';
import { TICK_FROM_MS, type GameController } from '../app/controller';
import { baseFontSize } from '../app/type-scale';
import { shortcutFor } from '../app/dom/keys';
import { shownTimeLeftMs } from '../app/question-clock';
import type { DomExtensions, PanelMount } from '../app/panels';
import { liveAnnouncer } from '../app/dom/live-region';
import { markFirstQuestion } from '../app/first-question-mark';
import { attachDialogs } from './dialogs';
import { feedbackMessage, fiftyFiftyMessage, questionMessage, resultsMessage } from './messages';
import { el, setText, type ScreenKit } from './screen-kit';
import { buildLoadingScreen } from './loading-screen';
import { buildMenuScreen } from './menu-screen';
import { buildQuizScreen } from './quiz-screen';
import { buildResultsScreen } from './results-screen';
import { buildIntroScreen } from './intro-screen';

export { feedbackMessage, questionMessage, resultsMessage } from './messages';

export interface ViewOptions {
  root: HTMLElement;
  app: GameController;
  extensions?: DomExtensions;
}

export interface View {
  /** The element that draws `screen` (built on first use), for the scenes to animate. */
  section(screen: Screen): HTMLElement | null;
  /** One frame of the question's clock bar (the frame loop calls it). */
  drawClock(): void;
  dispose(): void;
}

export function attachView(options: ViewOptions): View {
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
  // One type scale for every screen, from the window's size (reading the root's size here would
  // force a layout during start-up).
  const sizeType = (width: number, height: number) => root.style.setProperty('--fs', `${baseFontSize(width, height)}px`);
  sizeType(window.innerWidth, window.innerHeight);
  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          if (entry) sizeType(entry.contentRect.width, entry.contentRect.height);
          publishSoon();
        });
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
  const control: ScreenKit['control'] = (id, node) => {
    node.dataset.control = id;
    return node;
  };
  const kit: ScreenKit = { app, listen, control };
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
  setModality('pointer');
  window.addEventListener('pointerdown', onPointer, true);
  window.addEventListener('keydown', onKey, true);
  cleanups.push(() => {
    window.removeEventListener('pointerdown', onPointer, true);
    window.removeEventListener('keydown', onKey, true);
  });

  // ---- keys -----------------------------------------------------------------------------------
  // A held Enter auto-repeats clicks on whatever button focus lands on next (e.g. the first answer
  // right after Continue); only a fresh press may activate a button.
  listen(root, 'keydown', (e) => {
    if (e.repeat && (e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) e.preventDefault();
  });
  // Quiz: 1–4, A–D, Enter/Space; menu: Enter/Space plays; M everywhere. A focused button keeps
  // its own Enter/Space (keys.ts).
  const onShortcutKey = (e: KeyboardEvent) => {
    if ((currentScreen !== 'quiz' && currentScreen !== 'menu') || anyDialogOpen()) return;
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
  window.addEventListener('keydown', onShortcutKey);
  cleanups.push(() => window.removeEventListener('keydown', onShortcutKey));

  // ---- where the controls are -----------------------------------------------------------------
  // Published for the scenes (effects aim at an answer) and browser tests (a tap at an answer).
  let publishFrame = 0;
  const publishControls = () => {
    publishFrame = 0;
    const section = currentScreen ? lazyScreens[currentScreen]?.built?.section : null;
    const controls: Record<string, Rect> = {};
    if (section && !section.hidden) {
      const origin = root.getBoundingClientRect();
      for (const node of section.querySelectorAll<HTMLElement>('[data-control]')) {
        // Only what can be seen and pressed (a removed option and an untimed clock keep their room, unseen).
        if (node.checkVisibility && !node.checkVisibility({ visibilityProperty: true })) continue;
        const r = node.getBoundingClientRect();
        if (r.width <= 0 || r.height <= 0) continue;
        controls[node.dataset.control!] = { x: Math.round(r.left - origin.left), y: Math.round(r.top - origin.top), width: Math.round(r.width), height: Math.round(r.height) };
      }
    }
    app.publishControls(controls);
  };
  function publishSoon(): void {
    if (!publishFrame) publishFrame = requestAnimationFrame(publishControls);
  }
  cleanups.push(() => cancelAnimationFrame(publishFrame));
  // A scroll moves the controls on screen (not in their screen).
  root.addEventListener('scroll', publishSoon, { capture: true, passive: true });
  cleanups.push(() => root.removeEventListener('scroll', publishSoon, { capture: true }));

  // ---- rendering ------------------------------------------------------------------------------
  let currentScreen: Screen | null = null;
  let mounted: (() => void)[] = [];

  const drawClock = () => {
    const round = roundStore.getState().round;
    if (currentScreen !== 'quiz' || !round) return;
    const limit = round.rules.timeLimitMs ?? null;
    quiz.get().renderClock(limit === null ? null : shownTimeLeftMs(round, app.remainingMs()), limit);
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

  const mountInto = (slot: HTMLElement, list: readonly PanelMount[]) => {
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
  const mountExtensions = (screen: Screen) => {
    for (const off of mounted) off();
    mounted = [];
    if (screen === 'menu') {
      mountInto(menu.get().dailySlot, extensions.menuDaily ?? []);
      mountInto(menu.get().extraSlot, extensions.menu);
    } else if (screen === 'results') mountInto(results.get().extraSlot, extensions.results);
    else if (screen === 'intro') mountInto(intro.get().extraSlot, extensions.intro ?? []);
  };

  const showScreen = (screen: Screen) => {
    const previous = currentScreen;
    currentScreen = screen;
    root.dataset.screen = screen;
    lazyScreens[screen]?.get();
    loading.section.hidden = screen !== 'loading';
    for (const [name, lazy] of Object.entries(lazyScreens)) if (lazy.built) lazy.built.section.hidden = name !== screen;
    // The page's static splash (index.html) gives way to the first real screen.
    if (screen !== 'loading') document.getElementById('splash')?.remove();
    mountExtensions(screen);
    const first = previous === null || previous === 'loading';
    if (screen === 'menu') {
      menu.get().show();
      if (!first) {
        announce('Menu.');
        focusIfFree(menu.get().playButton);
      }
    }
    if (screen === 'quiz') {
      quiz.get().render();
      drawClock();
      const round = roundStore.getState().round;
      if (round?.phase === 'asking') {
        markFirstQuestion();
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
    publishSoon();
  };

  // ---- store subscriptions --------------------------------------------------------------------
  cleanups.push(
    uiStore.subscribe((s, p) => {
      if (s.screenSeq !== p.screenSeq) showScreen(s.screen);
      // A new screen clears the rectangles: publish this one's.
      else if (s.controls !== p.controls && Object.keys(s.controls).length === 0) publishSoon();
      if (s.loadProgress !== p.loadProgress) loading.render(s.loadProgress);
      if (s.packs !== p.packs && s.screen === 'menu') {
        menu.built?.packsChanged();
        publishSoon();
      }
      if (s.roundProblem !== p.roundProblem && s.screen === 'menu') {
        menu.built?.roundProblemChanged();
        if (s.roundProblem) announce(s.roundProblem);
        publishSoon();
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
      drawClock();
      publishSoon();
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

  return {
    section: (screen) => (screen === 'loading' ? loading.section : (lazyScreens[screen]?.built?.section ?? null)),
    drawClock,
    dispose() {
      for (const off of mounted) off();
      for (const fn of cleanups.reverse()) fn();
      root.replaceChildren();
    },
  };
}
