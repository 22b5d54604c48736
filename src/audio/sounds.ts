/**
 * The game's sound board: the ONLY module that touches howler.
 *
 * Everything here is best-effort. Sound is a garnish, so no method ever throws
 * and a missing/broken audio file just means the game plays on silently.
 */
import { Howl, Howler } from 'howler';
import type { HowlOptions } from 'howler';

export type SoundName = 'click' | 'correct' | 'wrong' | 'streak' | 'tick' | 'timeup' | 'roundend';

/** Every sound name, e.g. for validating a sprite map at the wiring site. */
export const SOUND_NAMES: readonly SoundName[] = ['click', 'correct', 'wrong', 'streak', 'tick', 'timeup', 'roundend'];

export interface SoundBoard {
  /** Never throws; no-op when muted, not loaded, or failed. */
  play(name: SoundName): void;
  setMuted(muted: boolean): void;
  /** 0..1, clamped (NaN is ignored). */
  setVolume(volume: number): void;
  readonly status: 'loading' | 'ready' | 'failed';
  /** Unloads the Howl; the board is inert afterwards. */
  dispose(): void;
}

export interface SoundBoardOptions {
  src: string[];
  sprite: Record<SoundName, [number, number]>;
  muted: boolean;
  volume: number;
  /** Called at most once, with a plain-English message, when sound is unavailable. */
  onProblem?: (message: string) => void;
  /** Injectable for tests; defaults to `new Howl(opts)`. */
  createHowl?: (opts: HowlOptions) => Howl;
}

export const SOUND_PROBLEM_MESSAGE = 'Sound could not be loaded; playing on silently.';

/** Sounds that must never overlap themselves (a stacked clock tick sounds like a glitch). */
const NO_STACK: ReadonlySet<SoundName> = new Set<SoundName>(['tick']);

/**
 * A sound blocked by the autoplay lock is replayed on unlock only if it was
 * asked for this recently; older ones belong to a moment that has passed.
 */
const REPLAY_MAX_AGE_MS = 1500;

/** Bound on remembered sound ids (only needed to name a sound in a later playerror). */
const MAX_TRACKED_IDS = 32;

function clampVolume(volume: number, fallback: number): number {
  if (typeof volume !== 'number' || Number.isNaN(volume)) return fallback;
  return Math.min(1, Math.max(0, volume));
}

/**
 * True when Web Audio is in use but its context isn't running yet. Before the
 * first user gesture that means "locked": howler would silently park every
 * play() until resume and then fire them all at once, so we hold them ourselves.
 */
function webAudioSuspended(): boolean {
  try {
    const ctx = Howler.usingWebAudio ? Howler.ctx : null;
    return !!ctx && ctx.state !== 'running';
  } catch {
    return false;
  }
}

export function createSoundBoard(options: SoundBoardOptions): SoundBoard {
  let status: SoundBoard['status'] = 'loading';
  let muted = options.muted === true;
  let volume = clampVolume(options.volume, 1);
  let disposed = false;
  let reported = false;
  // Set once this Howl has seen audio actually unlock or play; after that a
  // suspended context is just howler's idle auto-suspend, not the autoplay lock.
  let unlocked = false;
  // The single sound (latest wins) waiting for the autoplay unlock.
  let pending: { name: SoundName; at: number } | null = null;
  let unlockHookArmed = false;
  let howl: Howl | null = null;

  const idNames = new Map<number, SoundName>();
  const retryIds = new Set<number>();
  const lastIdOf = new Map<SoundName, number>();

  const report = (message: string): void => {
    if (reported) return;
    reported = true;
    try {
      options.onProblem?.(message);
    } catch {
      // A broken reporter must not take the game down with it.
    }
  };

  const fail = (): void => {
    status = 'failed';
    pending = null;
    report(SOUND_PROBLEM_MESSAGE);
  };

  const forget = (id: number): void => {
    idNames.delete(id);
    retryIds.delete(id);
  };

  const start = (name: SoundName, isRetry: boolean): void => {
    if (!howl) return;
    if (NO_STACK.has(name)) {
      const previous = lastIdOf.get(name);
      if (previous !== undefined) howl.stop(previous);
      lastIdOf.delete(name);
    }
    // howler returns null (despite its typings) for an unknown sprite.
    const id: unknown = howl.play(name);
    if (typeof id !== 'number') return;
    idNames.set(id, name);
    if (idNames.size > MAX_TRACKED_IDS) {
      const oldest = idNames.keys().next().value;
      if (oldest !== undefined) forget(oldest);
    }
    if (isRetry) retryIds.add(id);
    if (NO_STACK.has(name)) lastIdOf.set(name, id);
  };

  const onUnlock = (): void => {
    unlockHookArmed = false;
    unlocked = true;
    const waiting = pending;
    pending = null;
    if (!waiting || disposed || muted || status !== 'ready') return;
    if (Date.now() - waiting.at > REPLAY_MAX_AGE_MS) return;
    try {
      start(waiting.name, true);
    } catch {
      // Best-effort replay only.
    }
  };

  /** Remember only the latest blocked sound (no backlog) and replay it once on unlock. */
  const holdForUnlock = (name: SoundName): void => {
    if (!howl) return;
    pending = { name, at: Date.now() };
    if (unlockHookArmed) return;
    unlockHookArmed = true;
    howl.once('unlock', onUnlock);
  };

  const onPlayError = (id: number): void => {
    const name = idNames.get(id);
    const wasRetry = retryIds.has(id);
    forget(id);
    // Only the autoplay lock is worth waiting out; anything else (or a failed
    // retry) would just fail again, so drop it.
    if (name === undefined || wasRetry || unlocked || disposed || muted || status !== 'ready') return;
    try {
      holdForUnlock(name);
    } catch {
      // Nothing more to do: the sound is simply skipped.
    }
  };

  const createHowl = options.createHowl ?? ((opts: HowlOptions): Howl => new Howl(opts));
  try {
    howl = createHowl({
      src: [...options.src],
      sprite: { ...options.sprite },
      mute: muted,
      volume,
      preload: true,
      // Web Audio gives sample-accurate sprite starts; HTML5 audio is only howler's fallback.
      html5: false,
      onload: () => {
        if (!disposed && status === 'loading') status = 'ready';
      },
      onloaderror: () => {
        if (!disposed) fail();
      },
      onplayerror: (id) => onPlayError(id),
      onplay: () => {
        unlocked = true;
      },
      onunlock: () => {
        unlocked = true;
      },
      onend: (id) => forget(id),
      onstop: (id) => forget(id),
    });
  } catch {
    howl = null;
    fail();
  }

  return {
    play(name: SoundName): void {
      // Plays while loading are dropped, not queued: howler would otherwise
      // replay the whole backlog in one burst once the file arrives.
      if (disposed || muted || status !== 'ready' || !howl) return;
      try {
        if (!unlocked && webAudioSuspended()) {
          holdForUnlock(name);
          return;
        }
        start(name, false);
      } catch {
        // Never throw from play(): a lost sound effect is not worth a crash.
      }
    },

    setMuted(next: boolean): void {
      muted = next === true;
      if (muted) pending = null;
      try {
        // Per-Howl rather than Howler.mute so the setting stays local (and injectable in tests).
        howl?.mute(muted);
      } catch {
        // Keep the flag; play() honours it regardless.
      }
    },

    setVolume(next: number): void {
      volume = clampVolume(next, volume);
      try {
        howl?.volume(volume);
      } catch {
        // Ignore: volume is cosmetic.
      }
    },

    get status(): SoundBoard['status'] {
      return status;
    },

    dispose(): void {
      if (disposed) return;
      disposed = true;
      pending = null;
      const h = howl;
      howl = null;
      try {
        h?.unload();
      } catch {
        // Already gone or never loaded.
      }
    },
  };
}
