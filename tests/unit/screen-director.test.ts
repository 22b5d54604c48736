// Who draws the screens (src/game/screen-director.ts), with real stores and a stand-in canvas:
// a deep link's question is the DOM's at once and its clock runs on animation frames; the canvas
// takes over as soon as it is up while the player is still reading, else at the next question;
// the menu is the DOM's too until the canvas can take it without moving it under a pointer; a
// challenge's intro waits for the canvas; the clock never steps twice in a frame. Phaser is
// fetched only at the player's first input on the painted first screen, never mid-clock.
import { describe, expect, it } from 'vitest';
import { EARLY_SWAP_MS, POINTER_QUIET_MS, startDirector } from '../../src/game/screen-director';
import type { CanvasGame, CanvasGameOptions } from '../../src/game/canvas-game';
import type { GameController } from '../../src/app/controller';
import type { RoundConfig } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { createRoundStore } from '../../src/state/round-store';
import { createUiStore, type Screen } from '../../src/state/ui-store';
import { loadValidPack } from './helpers';

const pack = loadValidPack('tests/fixtures/mini-pack.json');
const config: RoundConfig = { packId: pack.id, packVersion: pack.version, seed: 'director', mode: 'classic', difficulty: 'medium' };

function setup({ clockTicking = false } = {}) {
  let now = 0;
  const frames = new Map<number, (t: number) => void>();
  let nextFrame = 1;
  const listeners = new Map<string, Set<() => void>>();
  const splash = { hidden: false, removed: false, remove() {
    this.removed = true;
  } };
  const win = {
    performance: { now: () => now },
    requestAnimationFrame(fn: (t: number) => void) {
      frames.set(nextFrame, fn);
      return nextFrame++;
    },
    cancelAnimationFrame: (id: number) => void frames.delete(id),
    addEventListener: (type: string, fn: () => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn),
    removeEventListener: (type: string, fn: () => void) => void listeners.get(type)?.delete(fn),
    document: { getElementById: (id: string) => (id === 'splash' && !splash.removed ? splash : null) },
  };
  /** Advance time and run one animation frame. */
  const frame = (ms = 16) => {
    now += ms;
    const due = [...frames.values()];
    frames.clear();
    for (const fn of due) fn(now);
  };
  const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((fn) => fn());
  const tap = () => fire('pointerdown');
  const move = () => fire('pointermove');
  const key = () => fire('keydown');

  const roundStore = createRoundStore();
  const uiStore = createUiStore({});
  const ticks: number[] = [];
  const controller = { tick: (ms: number) => void ticks.push(ms) } as unknown as GameController;
  const shown: Screen[] = [];
  let canvasOptions: CanvasGameOptions | null = null;
  const fakeCanvas: CanvasGame = {
    game: {} as CanvasGame['game'],
    frames: () => ({ drawn: 0, skipped: 0 }),
    show: (screen) => void shown.push(screen),
    dispose: () => undefined,
  };
  let resolveRuntime!: (runtime: CanvasGameOptions['runtime']) => void;
  let rejectRuntime!: (error: Error) => void;
  let runtime = new Promise<CanvasGameOptions['runtime']>((resolve, reject) => ((resolveRuntime = resolve), (rejectRuntime = reject)));
  let failures = 0;
  let loads = 0;
  const clock = { ticking: clockTicking };
  let resolveFirst!: (screen: 'quiz' | 'intro' | null) => void;
  const uiRoot = { dataset: {} } as HTMLElement;
  let routed = 0;
  const director = startDirector({
    window: win as unknown as Window,
    uiRoot,
    canvasParent: {} as HTMLElement,
    controller,
    roundStore,
    uiStore,
    loadRuntime: () => {
      loads++;
      return runtime;
    },
    canvasAtOnce: false,
    inputSettleMs: 0,
    clockTicking: () => clock.ticking,
    firstScreen: new Promise((resolve) => (resolveFirst = resolve)),
    renderOnDemand: { busy: () => false },
    onRouted: () => void routed++,
    onCanvasFailed: () => void failures++,
    startCanvas: (options) => {
      canvasOptions = options;
      return fakeCanvas;
    },
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    clock,
    failures: () => failures,
    /** Phaser's chunk fails to download; the next request gets a fresh one. */
    async failDownload() {
      rejectRuntime(new Error('net::ERR_CONNECTION_RESET'));
      runtime = new Promise((resolve, reject) => ((resolveRuntime = resolve), (rejectRuntime = reject)));
      await flush();
    },
    pendingFrames: () => frames.size,
    loads: () => loads,
    key,
    /** The first screen's paint: input from now on counts. */
    async painted() {
      frame();
      await flush();
    },
    director,
    uiRoot,
    splash,
    shown,
    ticks,
    frame,
    tap,
    move,
    roundStore,
    uiStore,
    routed: () => routed,
    drawnBy: () => (uiRoot.dataset.canvas === 'pending' ? 'dom' : 'canvas'),
    /** A deep link's round is prepared and its packs listed. */
    async deepLink() {
      roundStore.getState().start(config, questionsForRound(pack, config));
      resolveFirst('quiz');
      await flush();
    },
    async menuFirst() {
      resolveFirst(null);
      await flush();
    },
    /** A challenge link's round is prepared: it opens on the intro. */
    async introFirst() {
      roundStore.getState().start(config, questionsForRound(pack, config));
      resolveFirst('intro');
      await flush();
    },
    /** The moment after an input in which a tap's question would start (the director looks then). */
    settle: flush,
    /** Phaser's chunk, once asked for, arrives and the game boots. */
    async boot() {
      await flush();
      expect(loads).toBe(1);
      resolveRuntime({} as CanvasGameOptions['runtime']);
      // The director yields a task between Phaser's evaluation and its start-up.
      await flush();
      await flush();
      canvasOptions!.onReady();
    },
    /** The scene lays out its controls (the DOM stops drawing then). */
    publish: () => uiStore.getState().setControls({ 'answer:0': { x: 1, y: 2, width: 3, height: 4 } }),
    step: (ms: number) => canvasOptions!.onStep(ms),
  };
}

describe('screen director', () => {
  it('shows a deep link’s question before the canvas, and runs its clock on animation frames', async () => {
    const t = setup();
    await t.deepLink();
    expect(t.uiStore.getState().screen).toBe('quiz');
    expect(t.drawnBy()).toBe('dom');
    expect(t.splash.hidden).toBe(true);
    expect(t.routed()).toBe(1);
    t.frame();
    t.frame(20);
    t.frame(30);
    expect(t.ticks).toEqual([20, 30]);
  });

  it('draws the menu before the canvas too, and hands it over at once when no pointer is about to tap', async () => {
    const t = setup();
    await t.menuFirst();
    expect(t.uiStore.getState().screen).toBe('menu');
    expect(t.drawnBy()).toBe('dom');
    expect(t.splash.hidden).toBe(true);
    expect(t.routed()).toBe(1);
    await t.painted();
    t.frame(POINTER_QUIET_MS + 1);
    t.key();
    await t.boot();
    expect(t.shown).toEqual(['menu']);
    t.publish();
    expect(t.drawnBy()).toBe('canvas');
  });

  it('keeps drawing the menu while a pointer is moving over it, until the next screen', async () => {
    const t = setup();
    await t.menuFirst();
    await t.painted();
    t.move();
    t.frame(POINTER_QUIET_MS / 2);
    await t.boot();
    expect(t.shown).toEqual([]);
    t.uiStore.getState().show('quiz');
    expect(t.shown).toEqual(['quiz']);
  });

  it('waits for the canvas before a challenge’s intro', async () => {
    const t = setup();
    await t.introFirst();
    expect(t.uiStore.getState().screen).toBe('loading');
    expect(t.routed()).toBe(0);
    await t.boot();
    expect(t.uiStore.getState().screen).toBe('intro');
    expect(t.shown).toEqual(['intro']);
    expect(t.drawnBy()).toBe('canvas');
    expect(t.routed()).toBe(1);
  });

  it('takes over at once while the player is still reading, and then steps the clock itself', async () => {
    const t = setup();
    await t.deepLink();
    await t.painted();
    t.frame(EARLY_SWAP_MS / 3);
    t.key();
    await t.boot();
    expect(t.shown).toEqual(['quiz']);
    // The DOM keeps drawing until the scene has laid out its controls.
    expect(t.drawnBy()).toBe('dom');
    t.publish();
    expect(t.drawnBy()).toBe('canvas');
    const ticked = t.ticks.length;
    t.frame(16);
    t.step(16);
    expect(t.ticks.slice(ticked)).toEqual([16]);
  });

  it('does not take over under a finger: after a tap, or once the player has had time to aim, it waits for the next question', async () => {
    for (const hold of ['tap', 'time'] as const) {
      const t = setup();
      await t.deepLink();
      await t.painted();
      if (hold === 'tap') t.tap();
      else {
        t.frame(EARLY_SWAP_MS + 1);
        t.move();
      }
      await t.boot();
      expect(t.shown).toEqual([]);
      t.step(16);
      expect(t.ticks.filter((ms) => ms === 16)).toEqual([]);
      // The player answers and continues: the next question is the canvas's.
      const q = t.roundStore.getState().round!.questions[0]!;
      t.roundStore.getState().answer(q.answer, 1000);
      expect(t.shown).toEqual([]);
      t.roundStore.getState().next();
      expect(t.shown).toEqual(['quiz']);
      t.publish();
      expect(t.drawnBy()).toBe('canvas');
    }
  });

  it('shows the splash again for a screen only the canvas can draw, until it is up', async () => {
    const t = setup();
    await t.deepLink();
    expect(t.splash.hidden).toBe(true);
    t.uiStore.getState().show('results');
    expect(t.splash.hidden).toBe(false);
    // The menu the DOM draws again.
    t.uiStore.getState().show('menu');
    expect(t.splash.hidden).toBe(true);
    t.uiStore.getState().show('results');
    await t.boot();
    expect(t.shown).toEqual(['results']);
    t.publish();
    expect(t.drawnBy()).toBe('canvas');
    t.frame();
    t.frame();
    expect(t.splash.removed).toBe(true);
  });

  it('fetches Phaser only at the player’s first input on the DOM’s first screen, once', async () => {
    const t = setup();
    await t.menuFirst();
    await t.painted();
    for (let i = 0; i < 5; i++) t.frame(1000);
    expect(t.loads()).toBe(0);
    t.key();
    t.move();
    t.tap();
    expect(t.loads()).toBe(0);
    await t.settle();
    expect(t.loads()).toBe(1);
    await t.boot();
  });

  it('does not start Phaser while a question’s clock runs: the input waits for the answer', async () => {
    const t = setup({ clockTicking: true });
    await t.deepLink();
    await t.painted();
    t.tap();
    await t.settle();
    t.frame(500);
    expect(t.loads()).toBe(0);
    const q = t.roundStore.getState().round!.questions[0]!;
    t.clock.ticking = false;
    t.roundStore.getState().answer(q.answer, 1000);
    expect(t.loads()).toBe(1);
  });

  it('fetches Phaser for a screen only the canvas draws, whatever led there', async () => {
    const t = setup();
    await t.menuFirst();
    expect(t.loads()).toBe(0);
    t.uiStore.getState().show('results');
    expect(t.loads()).toBe(1);
  });

  it('takes the menu over once the pointer has rested, and asks for no frames on an idle menu before that', async () => {
    const t = setup();
    await t.menuFirst();
    await t.painted();
    expect(t.pendingFrames()).toBe(0);
    t.move();
    await t.boot();
    expect(t.shown).toEqual([]);
    t.frame(POINTER_QUIET_MS / 2);
    expect(t.shown).toEqual([]);
    t.move();
    t.frame(POINTER_QUIET_MS / 2);
    expect(t.shown).toEqual([]);
    t.frame(POINTER_QUIET_MS);
    expect(t.shown).toEqual(['menu']);
    t.publish();
    expect(t.drawnBy()).toBe('canvas');
    // The splash's removal takes two frames; then the DOM asks for none.
    t.frame();
    t.frame();
    expect(t.pendingFrames()).toBe(0);
  });

  it('a tap on Play that starts a timed question: Phaser waits for that question’s answer', async () => {
    const t = setup();
    await t.menuFirst();
    await t.painted();
    t.tap();
    // The tap's click starts the round a moment later.
    t.clock.ticking = true;
    t.roundStore.getState().start(config, questionsForRound(pack, config));
    t.uiStore.getState().show('quiz');
    await t.settle();
    expect(t.loads()).toBe(0);
    t.clock.ticking = false;
    t.roundStore.getState().answer(t.roundStore.getState().round!.questions[0]!.answer, 1000);
    expect(t.loads()).toBe(1);
  });

  it('a failed download of Phaser says so, keeps the DOM playing, and is tried again at the next input', async () => {
    const t = setup();
    await t.menuFirst();
    await t.painted();
    t.key();
    await t.settle();
    expect(t.loads()).toBe(1);
    await t.failDownload();
    expect(t.failures()).toBe(1);
    expect(t.drawnBy()).toBe('dom');
    await t.painted();
    t.key();
    await t.settle();
    expect(t.loads()).toBe(2);
  });
});
