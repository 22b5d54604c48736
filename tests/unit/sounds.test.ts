import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Howler } from 'howler';
import type { Howl, HowlOptions } from 'howler';
import { createSoundBoard, SOUND_NAMES, SOUND_PROBLEM_MESSAGE } from '../../src/audio/sounds';
import type { SoundBoardOptions, SoundName } from '../../src/audio/sounds';

type Listener = (...args: unknown[]) => void;

/** Just enough of a Howl to drive the board; events are fired synchronously by the test. */
class FakeHowl {
  readonly plays: string[] = [];
  readonly stops: number[] = [];
  readonly muteCalls: boolean[] = [];
  readonly volumeCalls: number[] = [];
  unloaded = false;
  private nextId = 1000;
  private readonly onceListeners = new Map<string, Listener[]>();

  constructor(readonly opts: HowlOptions) {}

  play(name?: string | number): number {
    this.plays.push(String(name));
    return this.nextId++;
  }
  stop(id?: number): this {
    if (id !== undefined) this.stops.push(id);
    return this;
  }
  mute(muted: boolean): this {
    this.muteCalls.push(muted);
    return this;
  }
  volume(volume: number): this {
    this.volumeCalls.push(volume);
    return this;
  }
  once(event: string, fn: Listener): this {
    this.onceListeners.set(event, [...(this.onceListeners.get(event) ?? []), fn]);
    return this;
  }
  unload(): null {
    this.unloaded = true;
    return null;
  }

  /** Mimic howler: fire the `on<event>` option, then any once-listeners. */
  emit(event: 'load' | 'loaderror' | 'playerror' | 'play' | 'unlock' | 'end', id?: number, detail?: unknown): void {
    const key = `on${event}` as keyof HowlOptions;
    const handler = this.opts[key];
    if (typeof handler === 'function') (handler as Listener)(id, detail);
    const once = this.onceListeners.get(event) ?? [];
    this.onceListeners.delete(event);
    for (const fn of once) fn(id, detail);
  }

  onceCount(event: string): number {
    return this.onceListeners.get(event)?.length ?? 0;
  }
}

const SPRITE: Record<SoundName, [number, number]> = {
  click: [0, 36],
  correct: [85, 381],
  wrong: [515, 321],
  streak: [885, 521],
  tick: [1455, 51],
  timeup: [1555, 501],
  roundend: [2105, 1101],
};

function setup(overrides: Partial<SoundBoardOptions> = {}) {
  const created: FakeHowl[] = [];
  const onProblem = vi.fn<(message: string) => void>();
  const board = createSoundBoard({
    src: ['/assets/sfx.wav'],
    sprite: SPRITE,
    muted: false,
    volume: 0.8,
    onProblem,
    createHowl: (opts) => {
      const fake = new FakeHowl(opts);
      created.push(fake);
      return fake as unknown as Howl;
    },
    ...overrides,
  });
  const howl = created[0];
  if (!howl) throw new Error('createHowl was not called');
  return { board, howl, onProblem };
}

function loaded(overrides: Partial<SoundBoardOptions> = {}) {
  const s = setup(overrides);
  s.howl.emit('load');
  return s;
}

describe('createSoundBoard', () => {
  it('passes src, sprite, mute and volume to the Howl', () => {
    const { howl, board } = setup({ muted: true, volume: 0.25 });
    expect(howl.opts.src).toEqual(['/assets/sfx.wav']);
    expect(howl.opts.sprite).toEqual(SPRITE);
    expect(howl.opts.mute).toBe(true);
    expect(howl.opts.volume).toBe(0.25);
    expect(board.status).toBe('loading');
  });

  it('clamps the initial volume', () => {
    expect(setup({ volume: 7 }).howl.opts.volume).toBe(1);
    expect(setup({ volume: -1 }).howl.opts.volume).toBe(0);
  });

  it('becomes ready on load and plays each name as the matching sprite', () => {
    const { board, howl } = loaded();
    expect(board.status).toBe('ready');
    for (const name of SOUND_NAMES) board.play(name);
    expect(howl.plays).toEqual([...SOUND_NAMES]);
  });

  it('ignores plays while loading instead of queueing a backlog', () => {
    const { board, howl } = setup();
    board.play('click');
    board.play('correct');
    board.play('tick');
    expect(howl.plays).toEqual([]);
    howl.emit('load');
    expect(howl.plays).toEqual([]); // nothing stale bursts out after load
    board.play('wrong');
    expect(howl.plays).toEqual(['wrong']);
  });

  it('does not play while muted, and resumes when unmuted', () => {
    const { board, howl } = loaded({ muted: true });
    board.play('correct');
    expect(howl.plays).toEqual([]);
    board.setMuted(false);
    expect(howl.muteCalls).toEqual([false]);
    board.play('correct');
    expect(howl.plays).toEqual(['correct']);
    board.setMuted(true);
    expect(howl.muteCalls).toEqual([false, true]);
    board.play('wrong');
    expect(howl.plays).toEqual(['correct']);
  });

  it('clamps volume to 0..1 and ignores NaN', () => {
    const { board, howl } = loaded();
    board.setVolume(0.5);
    board.setVolume(2);
    board.setVolume(-3);
    board.setVolume(Number.POSITIVE_INFINITY);
    board.setVolume(Number.NaN);
    expect(howl.volumeCalls).toEqual([0.5, 1, 0, 1, 1]);
  });

  it('load error → failed, onProblem called once, later plays are silent no-ops', () => {
    const { board, howl, onProblem } = setup();
    howl.emit('loaderror', undefined, 'Decoding audio data failed.');
    howl.emit('loaderror', undefined, 'again');
    expect(board.status).toBe('failed');
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem).toHaveBeenCalledWith(SOUND_PROBLEM_MESSAGE);
    expect(() => board.play('click')).not.toThrow();
    expect(() => board.setMuted(true)).not.toThrow();
    expect(() => board.setVolume(0.3)).not.toThrow();
    expect(howl.plays).toEqual([]);
  });

  it('a throwing Howl constructor leaves the board failed, never throws', () => {
    const onProblem = vi.fn<(message: string) => void>();
    let board: ReturnType<typeof createSoundBoard> | undefined;
    expect(() => {
      board = createSoundBoard({
        src: ['x.wav'],
        sprite: SPRITE,
        muted: false,
        volume: 1,
        onProblem,
        createHowl: () => {
          throw new Error('no audio here');
        },
      });
    }).not.toThrow();
    expect(board?.status).toBe('failed');
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(() => board?.play('timeup')).not.toThrow();
    expect(() => board?.dispose()).not.toThrow();
  });

  it('a throwing onProblem callback is contained', () => {
    expect(() =>
      createSoundBoard({
        src: [],
        sprite: SPRITE,
        muted: false,
        volume: 1,
        onProblem: () => {
          throw new Error('reporter broke');
        },
        createHowl: () => {
          throw new Error('no audio');
        },
      }),
    ).not.toThrow();
  });

  it('play never throws even if howler does', () => {
    const { board, howl } = loaded();
    howl.play = () => {
      throw new Error('boom');
    };
    expect(() => board.play('click')).not.toThrow();
  });

  it('playerror while locked → retried once on unlock', () => {
    const { board, howl } = loaded();
    board.play('correct');
    const id = 1000;
    howl.emit('playerror', id, 'Playback was unable to start.');
    expect(howl.onceCount('unlock')).toBe(1);
    howl.emit('unlock');
    expect(howl.plays).toEqual(['correct', 'correct']);
    // The retry failing again is dropped, not retried forever.
    howl.emit('playerror', 1001, 'still no');
    expect(howl.onceCount('unlock')).toBe(0);
    howl.emit('unlock');
    expect(howl.plays).toEqual(['correct', 'correct']);
  });

  it('several blocked plays replay only the latest one on unlock', () => {
    const { board, howl } = loaded();
    board.play('click'); // 1000
    board.play('tick'); // 1001
    board.play('streak'); // 1002
    howl.emit('playerror', 1000);
    howl.emit('playerror', 1001);
    howl.emit('playerror', 1002);
    expect(howl.onceCount('unlock')).toBe(1);
    howl.emit('unlock');
    expect(howl.plays.slice(3)).toEqual(['streak']);
  });

  it('playerror after audio is known to work is dropped, not retried', () => {
    const { board, howl } = loaded();
    board.play('click');
    howl.emit('play', 1000);
    board.play('wrong');
    howl.emit('playerror', 1001, 'decode failure');
    expect(howl.onceCount('unlock')).toBe(0);
  });

  it('does not replay a blocked sound that has gone stale by unlock time', () => {
    vi.useFakeTimers();
    try {
      const { board, howl } = loaded();
      board.play('timeup');
      howl.emit('playerror', 1000);
      vi.advanceTimersByTime(10_000);
      howl.emit('unlock');
      expect(howl.plays).toEqual(['timeup']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not replay a blocked sound if muted before unlock', () => {
    const { board, howl } = loaded();
    board.play('correct');
    howl.emit('playerror', 1000);
    board.setMuted(true);
    howl.emit('unlock');
    expect(howl.plays).toEqual(['correct']);
  });

  it('tick does not stack: the previous tick is stopped first', () => {
    const { board, howl } = loaded();
    board.play('tick'); // id 1000
    board.play('tick'); // id 1001
    board.play('click'); // other sounds may overlap freely
    board.play('tick'); // id 1003
    expect(howl.plays).toEqual(['tick', 'tick', 'click', 'tick']);
    expect(howl.stops).toEqual([1000, 1001]);
  });

  it('dispose unloads the Howl and makes the board inert', () => {
    const { board, howl } = loaded();
    board.dispose();
    board.dispose();
    expect(howl.unloaded).toBe(true);
    board.play('click');
    expect(howl.plays).toEqual([]);
  });

  describe('with a locked Web Audio context', () => {
    const g = Howler as unknown as { ctx: unknown; usingWebAudio: boolean };
    let savedCtx: unknown;
    let savedUsing: boolean;
    beforeEach(() => {
      savedCtx = g.ctx;
      savedUsing = g.usingWebAudio;
      g.usingWebAudio = true;
      g.ctx = { state: 'suspended' };
    });
    afterEach(() => {
      g.ctx = savedCtx;
      g.usingWebAudio = savedUsing;
    });

    it('holds back plays (no howler backlog) and plays only the latest on unlock', () => {
      const { board, howl } = loaded();
      board.play('click');
      board.play('tick');
      board.play('correct');
      expect(howl.plays).toEqual([]);
      expect(howl.onceCount('unlock')).toBe(1);
      howl.emit('unlock');
      expect(howl.plays).toEqual(['correct']);
      // Once unlocked, an idle auto-suspended context no longer blocks plays.
      board.play('wrong');
      expect(howl.plays).toEqual(['correct', 'wrong']);
    });

    it('a Howl that has already played is treated as unlocked', () => {
      const { board, howl } = loaded();
      howl.emit('play', 1);
      board.play('click');
      expect(howl.plays).toEqual(['click']);
    });
  });
});
