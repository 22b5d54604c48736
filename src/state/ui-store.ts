// What the screen is showing (not what the round is): which screen (moved on by the screen flow,
// screen-flow.ts), loading progress, the packs found, notices, and where each control currently
// sits: the view publishes its controls' rectangles so the scenes aim their effects at them and
// browser tests can tap where an answer is drawn.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PackListing } from '../domain/pack/pack-entry';
import { nextScreen, type FlowEvent, type Screen } from './screen-flow';

export type { Screen, FlowEvent } from './screen-flow';

/** What a challenge link's intro screen says before its round starts. */
export interface ChallengeIntro {
  name: string;
  score: number;
  packTitle: string;
  mode: string;
  difficulty: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface UiState {
  screen: Screen;
  /** Bumped on every screen change, so re-entering the same screen still restarts it. */
  screenSeq: number;
  /** 0..1 */
  loadProgress: number;
  packs: PackListing[];
  /** A small non-blocking message (e.g. sound unavailable); null when none. */
  notice: string | null;
  reducedMotion: boolean;
  /** Control id → rectangle in CSS pixels relative to the game container (the view publishes them). */
  controls: Record<string, Rect>;
  /** The how-to-play dialog (a DOM dialog, opened from canvas or DOM). */
  helpOpen: boolean;
  /** The "Leave this round?" dialog, opened by Menu during a round. */
  leaveOpen: boolean;
  /** The challenge the intro screen presents; null when the page was not opened from a link. */
  challenge: ChallengeIntro | null;
  /** Why the last round could not be prepared, shown on the menu until dismissed. */
  roundProblem: string | null;
  /** Saved data (scores, questions seen) that could not be read and was set aside: said on the
   *  menu once, in plain words, until dismissed. */
  savedDataNotices: string[];
}

export interface UiActions {
  /** Apply a screen-flow event; false (and nothing changes) when the screen on show does not take it. */
  go(event: FlowEvent): boolean;
  /** Show a screen directly (tests; the flow's `go` is the way in the game). */
  show(screen: Screen): void;
  setLoadProgress(progress: number): void;
  setPacks(packs: PackListing[]): void;
  setNotice(notice: string | null): void;
  setReducedMotion(reduced: boolean): void;
  setControls(controls: Record<string, Rect>): void;
  setHelpOpen(open: boolean): void;
  setLeaveOpen(open: boolean): void;
  setChallenge(challenge: ChallengeIntro | null): void;
  setRoundProblem(problem: string | null): void;
  setSavedDataNotices(notices: string[]): void;
}

export type UiStore = StoreApi<UiState & UiActions>;

export function createUiStore(initial: Partial<UiState> = {}): UiStore {
  return createStore<UiState & UiActions>()((set, get) => ({
    screen: 'loading',
    screenSeq: 0,
    loadProgress: 0,
    packs: [],
    notice: null,
    reducedMotion: false,
    controls: {},
    helpOpen: false,
    leaveOpen: false,
    challenge: null,
    roundProblem: null,
    savedDataNotices: [],
    ...initial,
    // A new screen closes the leave dialog: it only ever belongs to the round on screen.
    go: (event) => {
      const next = nextScreen(get().screen, event);
      if (next === null) return false;
      get().show(next);
      return true;
    },
    show: (screen) => set({ screen, screenSeq: get().screenSeq + 1, controls: {}, leaveOpen: false }),
    setLoadProgress: (progress) => set({ loadProgress: Math.min(1, Math.max(0, progress)) }),
    setPacks: (packs) => set({ packs }),
    setNotice: (notice) => set({ notice }),
    setReducedMotion: (reducedMotion) => set({ reducedMotion }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setLeaveOpen: (leaveOpen) => set({ leaveOpen }),
    setChallenge: (challenge) => set({ challenge }),
    setRoundProblem: (roundProblem) => set({ roundProblem }),
    setSavedDataNotices: (savedDataNotices) => set({ savedDataNotices }),
    setControls: (controls) => {
      if (!sameControls(get().controls, controls)) set({ controls });
    },
  }));
}

function sameControls(a: Record<string, Rect>, b: Record<string, Rect>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const ra = a[k];
    const rb = b[k];
    if (!ra || !rb || ra.x !== rb.x || ra.y !== rb.y || ra.width !== rb.width || ra.height !== rb.height) return false;
  }
  return true;
}
