// A sound board that is created a moment later than it is asked for. Loading howler and making
// the AudioContext and the Howl cost tens of milliseconds of main thread; none of it is needed
// before the first question is on screen, so the wiring starts it once that has happened. Until
// then plays are dropped (the same policy the real board applies while loading) and settings are
// remembered and handed over.
import type { SoundBoard, SoundName } from './sounds';

export interface DeferredSoundBoard extends SoundBoard {
  /** Create the real board now (idempotent). */
  start(): void;
}

type Settings = { muted: boolean; volume: number };

export function deferredSoundBoard(create: (settings: Settings) => SoundBoard | Promise<SoundBoard>, initial: Settings): DeferredSoundBoard {
  let inner: SoundBoard | null = null;
  let started = false;
  let disposed = false;
  let failed = false;
  let muted = initial.muted;
  let volume = initial.volume;
  const adopt = (board: SoundBoard) => {
    if (disposed) {
      board.dispose();
      return;
    }
    inner = board;
    // Settings may have changed while the board was being made.
    board.setMuted(muted);
    board.setVolume(volume);
  };
  return {
    start() {
      if (started || disposed) return;
      started = true;
      try {
        const made = create({ muted, volume });
        if (made instanceof Promise) made.then(adopt, () => (failed = true));
        else adopt(made);
      } catch {
        // Sound is optional; the board stays silent.
        failed = true;
      }
    },
    play(name: SoundName) {
      inner?.play(name);
    },
    setMuted(next: boolean) {
      muted = next;
      inner?.setMuted(next);
    },
    setVolume(next: number) {
      volume = next;
      inner?.setVolume(next);
    },
    get status() {
      return inner?.status ?? (failed ? 'failed' : 'loading');
    },
    dispose() {
      disposed = true;
      inner?.dispose();
      inner = null;
    },
  };
}
