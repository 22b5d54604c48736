// The game's verbs, shared by canvas input, keyboard shortcuts and the DOM layer, so every way of
// playing goes through the same door. Rules stay in the domain reducer (via the round store);
// this file only adds what the reducer must not know: which pack is selected, the seed, the clock.
import type { Difficulty } from '../domain/pack/schema';
import { MODE_RULES, asksNewQuestion, type Mode, type RoundState } from '../domain/round';
import type { Lifeline } from '../domain/scoring';
import type { SoundBoard } from '../audio/sounds';
import type { RoundStore, RoundStoreState } from '../state/round-store';
import { isMenuMode, type MenuMode, type Settings, type SettingsStore } from '../state/settings-store';
import type { ChallengeIntro, Rect, UiState, UiStore } from '../state/ui-store';
import type { ReadonlyStore } from '../state/readonly-store';
import type { SeenFacts } from '../state/seen-store';
import { choosePack, type PackListing } from '../domain/pack/pack-entry';
import { DAILY_PACK_ID, dailyRoundSeed } from '../domain/daily-round';
import type { PreparedRound, RoundRequest } from './packs/pack-service';
import type { RoundRun, RunRequest } from './online/online-seam';
import { QuestionClock } from './question-clock';
import { formatPoints } from './format';

export interface RoundChoice {
  packId: string;
  /** A menu mode, or 'daily' (started by the Daily panel or a challenge link). */
  mode: Mode;
  difficulty: Difficulty;
  /** A given seed replays a known round (challenge link, Daily); default: a fresh random one. */
  seed?: string;
}

/**
 * The game's commands, and read-only selectors over its state: views read the stores and follow
 * their changes, but change nothing except through a command here.
 */
export interface GameController {
  readonly roundStore: ReadonlyStore<RoundStoreState>;
  readonly settingsStore: ReadonlyStore<Settings>;
  readonly uiStore: ReadonlyStore<UiState>;
  readonly sound: SoundBoard;
  readonly clock: QuestionClock;
  openHelp(): void;
  closeHelp(): void;
  /** The menu's "could not prepare the round" message, dismissed. */
  dismissRoundProblem(): void;
  /** The menu's notice that saved data could not be read (and was set aside), dismissed. */
  dismissSavedDataNotices(): void;
  /** Where the view drew each control of the screen on show (the scenes and tests read it). */
  publishControls(controls: Record<string, Rect>): void;
  /** A short message in the toast; null clears it. */
  notify(message: string | null): void;
  setPlayerName(name: string): void;
  /** The challenge the intro presents (a challenge link), or null. */
  setChallenge(challenge: ChallengeIntro | null): void;
  /** Forget the round (a challenge link that turned out not to start). */
  clearRound(): void;
  /** Draw the menu afresh (a pack was opened while it shows). */
  refreshMenu(): void;
  /** The pack the menu has selected: the last one played if still valid, else the first valid one. */
  selectedPack(): Extract<PackListing, { status: 'ok' }> | undefined;
  selectPack(packId: string): void;
  selectMode(mode: MenuMode): void;
  selectDifficulty(difficulty: Difficulty): void;
  /** What the menu says under the modes: the rules, and the best score for the current choices. */
  modeNote(): string;
  /** Start a round with the menu's choices (or the ones given) and show it; false when no valid pack. */
  startRound(choice?: Partial<RoundChoice>): Promise<boolean>;
  /** Start the Daily across packs of a UTC day (YYYY-MM-DD): the same 10 questions for everyone. */
  startDaily(utcDate: string): Promise<boolean>;
  /** Start a round without changing screen (deep links prepare it while the game boots). */
  prepareRound(choice?: Partial<RoundChoice>): Promise<boolean>;
  answer(choice: number): void;
  useLifeline(lifeline: Lifeline): void;
  next(): void;
  playAgain(): void;
  toMenu(): void;
  /** Menu pressed: during a round, ask first (the leave dialog); otherwise go straight there. */
  requestMenu(): void;
  /** "Stay" in the leave dialog (or Esc): back to the question, its clock running again. */
  stayInRound(): void;
  /** What leaving the current round costs, for the leave dialog. */
  leaveWarning(): string;
  /** Start on a challenge link's intro screen: show its round, whose clock starts only now. */
  beginChallenge(): void;
  toggleMute(): void;
  setVolume(volume: number): void;
  click(): void;
  /** Feed one frame's delta (ms) to the question clock; handles timeouts and last-second ticks. */
  tick(deltaMs: number): void;
  /** Milliseconds left on the current question, or null when untimed / not asking. */
  remainingMs(): number | null;
  /** Called with the seconds left each time a last-seconds tick sounds (5, 4, … 1). */
  onCountdown(listener: (secondsLeft: number) => void): () => void;
  dispose(): void;
}

export interface ControllerDeps {
  roundStore: RoundStore;
  settingsStore: SettingsStore;
  uiStore: UiStore;
  sound: SoundBoard;
  makeSeed: () => string;
  /** The online run a round carries from here on (a ticket fetched ahead gives its seed); none: offline only. */
  claimRun?: (request: RunRequest) => RoundRun;
  /** Prepares a round's config and questions (in a worker by default; see pack-service.ts). */
  prepare: (request: RoundRequest) => Promise<PreparedRound | null>;
  /** The best local score for a table, or null when it is empty (scores-store.ts). */
  bestScore?: (query: { packId: string; mode: MenuMode; difficulty: Difficulty }) => number | null;
  /** Whether this Daily round is the day's scored attempt (sharing decides when it starts). */
  isScoredDaily?: (round: RoundState) => boolean;
  /** Facts seen lately per pack (seen-store.ts): unranked rounds prefer the others. */
  seen?: SeenFacts;
  clock?: QuestionClock;
}

/** Last-seconds ticks start here. */
export const TICK_FROM_MS = 5_000;

export function createController(deps: ControllerDeps): GameController {
  const { roundStore, settingsStore, uiStore, sound } = deps;
  const clock = deps.clock ?? new QuestionClock();
  let lastChoice: RoundChoice | null = null;
  let preparing = false;
  const countdownListeners = new Set<(secondsLeft: number) => void>();

  // Restart the clock whenever a question starts being asked; stop it once it is settled.
  let timedRound: RoundState | null = null;
  const syncClock = (round: RoundState | null, prev: RoundState | null) => {
    if (!round || round.phase !== 'asking') {
      clock.stop();
      return;
    }
    const fresh = asksNewQuestion(prev, round) || timedRound === null;
    if (fresh) {
      clock.restart();
      timedRound = round;
    }
  };
  const unsubscribeRound = roundStore.subscribe((s, p) => {
    syncClock(s.round, p.round);
    if (s.round?.phase === 'finished' && p.round?.phase !== 'finished') {
      rememberAsked(s.round);
      if (uiStore.getState().screen === 'quiz') uiStore.getState().go({ type: 'finish' });
    }
  });
  const unsubscribeSettings = settingsStore.subscribe((s, p) => {
    if (s.muted !== p.muted) sound.setMuted(s.muted);
    if (s.volume !== p.volume) sound.setVolume(s.volume);
  });

  // What was asked (not what was prepared) counts as seen; a Daily's facts too, so a Classic
  // round later that day prefers others.
  // The Daily across packs asks from several packs: each question counts in its own.
  const rememberAsked = (round: RoundState) => {
    const byPack = new Map<string, string[]>();
    for (const q of round.questions.slice(0, round.history.length)) {
      const packId = q.packId ?? round.config.packId;
      const ids = byPack.get(packId) ?? [];
      ids.push(...(q.factIds.length > 0 ? q.factIds : [q.id]));
      byPack.set(packId, ids);
    }
    for (const [packId, ids] of byPack) if (ids.length > 0) deps.seen?.remember(packId, ids);
  };
  const validPacks = () => uiStore.getState().packs.filter((p): p is Extract<PackListing, { status: 'ok' }> => p.status === 'ok');
  const selectedPack = () => choosePack(uiStore.getState().packs, [settingsStore.getState().lastPackId]);

  const controller: GameController = {
    roundStore,
    settingsStore,
    uiStore,
    sound,
    clock,
    openHelp: () => uiStore.getState().setHelpOpen(true),
    closeHelp: () => uiStore.getState().setHelpOpen(false),
    dismissRoundProblem: () => uiStore.getState().setRoundProblem(null),
    dismissSavedDataNotices: () => uiStore.getState().setSavedDataNotices([]),
    publishControls: (controls) => uiStore.getState().setControls(controls),
    notify: (message) => uiStore.getState().setNotice(message),
    setPlayerName: (name) => settingsStore.getState().setPlayerName(name),
    setChallenge: (challenge) => uiStore.getState().setChallenge(challenge),
    clearRound: () => roundStore.getState().clear(),
    refreshMenu: () => {
      if (uiStore.getState().screen === 'menu') uiStore.getState().go({ type: 'menu' });
    },
    selectedPack,
    selectPack(packId) {
      if (validPacks().some((p) => p.id === packId)) settingsStore.getState().setLastPackId(packId);
    },
    selectMode(mode) {
      settingsStore.getState().setLastMode(mode);
    },
    selectDifficulty(difficulty) {
      settingsStore.getState().setLastDifficulty(difficulty);
    },
    modeNote: () => {
      const { lastMode, lastDifficulty } = settingsStore.getState();
      const pack = controller.selectedPack();
      const best = pack ? deps.bestScore?.({ packId: pack.id, mode: lastMode, difficulty: lastDifficulty }) : null;
      const rules = modeSummary(lastMode, pack?.roundQuestions);
      return best !== null && best !== undefined ? `${rules} · your best ${formatPoints(best)}` : rules;
    },
    async startRound(choice = {}) {
      if (!(await controller.prepareRound(choice))) {
        // Play again on the results (or any screen but the menu): the menu shows why.
        if (uiStore.getState().roundProblem && uiStore.getState().screen !== 'menu') {
          roundStore.getState().clear();
          uiStore.getState().go({ type: 'menu' });
        }
        return false;
      }
      uiStore.getState().go({ type: 'play' });
      return true;
    },
    startDaily(utcDate) {
      return controller.startRound({ packId: DAILY_PACK_ID, mode: 'daily', difficulty: 'medium', seed: dailyRoundSeed(utcDate) });
    },
    async prepareRound(choice = {}) {
      // One round at a time: a double click while questions are generated starts nothing extra.
      if (preparing) return false;
      const settings = settingsStore.getState();
      const mode = choice.mode ?? settings.lastMode;
      const difficulty = choice.difficulty ?? settings.lastDifficulty;
      // Packs may still be loading (a deep link asks at once); the service resolves the ids then.
      let seed: string;
      let unranked: boolean;
      let run: RoundRun | null;
      try {
        run = deps.claimRun?.({ packId: choice.packId, mode, difficulty, ...(choice.seed !== undefined ? { seed: choice.seed } : {}) }) ?? null;
        const given = choice.seed ?? run?.seed ?? null;
        unranked = given === null && mode !== 'daily';
        seed = given ?? deps.makeSeed();
      } catch {
        uiStore.getState().setRoundProblem('This round could not be prepared (this browser gave no random numbers). Reload the page to try again.');
        return false;
      }
      const request: RoundRequest = { packIds: [choice.packId, settings.lastPackId], mode, difficulty, seed };
      // Only a round whose seed is our own may steer away from seen facts: a server's seed, a
      // Daily's or a challenge link's must give exactly the questions everyone else gets.
      const seenPack = choice.packId ?? controller.selectedPack()?.id;
      if (unranked && deps.seen && seenPack) request.seen = { packId: seenPack, ids: deps.seen.seenIn(seenPack) };
      preparing = true;
      let prepared: PreparedRound | null = null;
      let failure: string | null = null;
      try {
        prepared = await deps.prepare(request);
        if (!prepared) failure = 'no playable pack was found';
        else if (prepared.questions.length === 0) failure = 'the pack gave no questions for this mode';
      } catch (error) {
        failure = error instanceof Error && error.message ? error.message : 'an unexpected error';
      } finally {
        preparing = false;
      }
      if (failure !== null || !prepared) {
        // Said on the menu (with a way back), never a Play button that silently does nothing.
        uiStore.getState().setRoundProblem(`This round could not be prepared (${failure ?? 'unknown reason'}). Try again, or pick another pack or mode.`);
        return false;
      }
      uiStore.getState().setRoundProblem(null);
      const { config, questions } = prepared;
      // "Play again" replays the mode with a fresh seed; after a Daily, the menu's own choices.
      // The Daily across packs is no pack: the menu keeps the pack it had selected.
      const menuRound = isMenuMode(mode);
      const acrossPacks = config.packId === DAILY_PACK_ID;
      const packId = acrossPacks ? (controller.selectedPack()?.id ?? config.packId) : config.packId;
      lastChoice = menuRound ? { packId, mode, difficulty } : { packId, mode: settings.lastMode, difficulty: settings.lastDifficulty };
      if (!acrossPacks) settings.setLastPackId(config.packId);
      if (menuRound) {
        settings.setLastMode(mode);
        settings.setLastDifficulty(difficulty);
      }
      timedRound = null;
      roundStore.getState().start(config, questions);
      // The round carries its run from here: no one has to match it up later.
      run?.begin(config);
      return true;
    },
    answer(choice) {
      const round = roundStore.getState().round;
      if (!round || round.phase !== 'asking' || !clock.isRunning) return;
      roundStore.getState().answer(choice, Math.round(clock.elapsedMs));
    },
    useLifeline(lifeline) {
      const before = roundStore.getState().round;
      roundStore.getState().useLifeline(lifeline);
      if (roundStore.getState().round !== before) sound.play('click');
    },
    next() {
      const round = roundStore.getState().round;
      if (!round || round.phase !== 'feedback') return;
      sound.play('click');
      roundStore.getState().next();
    },
    playAgain() {
      sound.play('click');
      void controller.startRound(lastChoice ?? {});
    },
    toMenu() {
      sound.play('click');
      clock.stop();
      clock.setPaused(false);
      roundStore.getState().clear();
      uiStore.getState().go({ type: 'menu' });
    },
    requestMenu() {
      const round = roundStore.getState().round;
      const inRound = uiStore.getState().screen === 'quiz' && !!round && round.phase !== 'finished';
      if (!inRound) return controller.toMenu();
      sound.play('click');
      clock.setPaused(true);
      uiStore.getState().setLeaveOpen(true);
    },
    stayInRound() {
      uiStore.getState().setLeaveOpen(false);
      clock.setPaused(false);
    },
    leaveWarning() {
      const round = roundStore.getState().round;
      if (round?.config.mode === 'daily')
        return deps.isScoredDaily?.(round) ? 'Your Daily attempt will count: today’s one scored try is used up.' : 'This Daily practice round is not scored.';
      return 'Your answers so far will not be scored or saved.';
    },
    beginChallenge() {
      if (uiStore.getState().screen !== 'intro' || !roundStore.getState().round) return;
      sound.play('click');
      uiStore.getState().go({ type: 'play' });
    },
    toggleMute() {
      settingsStore.getState().toggleMuted();
      sound.play('click');
    },
    setVolume(volume) {
      settingsStore.getState().setVolume(volume);
    },
    click() {
      sound.play('click');
    },
    tick(deltaMs) {
      const round = roundStore.getState().round;
      // The clock only runs while the question is actually on screen.
      if (!round || round.phase !== 'asking' || uiStore.getState().screen !== 'quiz') return;
      const before = clock.elapsedMs;
      if (clock.tick(deltaMs) === 0) return;
      const limit = round.rules.timeLimitMs;
      if (limit === null) return;
      const after = clock.elapsedMs;
      if (after >= limit) {
        roundStore.getState().timeout();
        return;
      }
      // One tick per whole second crossed inside the last five.
      const secondsLeftBefore = Math.ceil((limit - before) / 1000);
      const secondsLeftAfter = Math.ceil((limit - after) / 1000);
      if (secondsLeftAfter < secondsLeftBefore && limit - after <= TICK_FROM_MS) {
        sound.play('tick');
        for (const listener of countdownListeners) listener(secondsLeftAfter);
      }
    },
    remainingMs() {
      const round = roundStore.getState().round;
      if (!round || round.phase !== 'asking' || round.rules.timeLimitMs === null) return null;
      return Math.max(0, round.rules.timeLimitMs - clock.elapsedMs);
    },
    onCountdown(listener) {
      countdownListeners.add(listener);
      return () => countdownListeners.delete(listener);
    },
    dispose() {
      countdownListeners.clear();
      unsubscribeRound();
      unsubscribeSettings();
      clock.stop();
    },
  };
  return controller;
}

/** `roundQuestions`: the most one round of the pack can have, when known (a small opened pack). */
export function modeSummary(mode: MenuMode, roundQuestions?: number): string {
  const rules = MODE_RULES[mode];
  const parts: string[] = [];
  const count = Math.min(rules.questions, roundQuestions ?? rules.questions);
  parts.push(rules.lives !== null ? `${rules.lives} lives` : `${count} question${count === 1 ? '' : 's'}`);
  parts.push(rules.timeLimitMs !== null ? `${rules.timeLimitMs / 1000} s each` : 'no timer');
  return parts.join(' · ');
}
