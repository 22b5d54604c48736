// High scores, the Daily challenge, challenge links and the share panel: the UI half of "High
// scores and sharing". Two DOM panels (menu and results, mounted through the DOM layer's slots)
// and one round-store subscription that scores finished rounds. Rules stay in the stores and the
// share/ modules; this file decides when to call them and what to show.
//
// Sharing needs the click's user activation, so everything a click shares (text, link, PNG file)
// is built when the results open, and the click handlers call share()/writeText() with no await.
// The panels themselves are menu-panel.ts and results-panel.ts; the share bundle and the score
// table have modules of their own.
import type { PanelMount } from '../../app/panels';
import { dailyNumber, dayOfDailySeed, utcDateOf } from '../../domain/daily';
import { DAILY_PACK_ID, dailyVersion } from '../../domain/daily-round';
import { totalTimeMs, type RoundConfig, type RoundState } from '../../domain/round';
import { decodeChallenge, type Challenge } from '../challenge-link';
import { DEFAULT_PLAYER_NAME } from '../../domain/player-name';
import type { ScoresStore } from '../../state/scores-store';
import type { GameController } from '../../app/controller';
import type { PackListing } from '../../domain/pack/pack-entry';
import { DIFFICULTY_LABEL } from '../../app/format';
import { buildShareBundle, type ShareBundle } from './share-bundle';
import { modeLabel } from './score-table';
import { dailyCard, menuPanel } from './menu-panel';
import { resultsPanel, type Finished } from './results-panel';
import './sharing.css';

export { GAME_NAME } from './share-bundle';
export { NAME_INPUT_MAXLENGTH } from './results-panel';
/** What the boards, tables and share text call the Daily across packs. */
export const DAILY_TITLE = 'The Daily (all packs)';

export interface SharingDeps {
  controller: GameController;
  scores: ScoresStore;
  window: Window;
  /** The page's query string (a challenge link carries `?c=`). */
  search: string;
  addPanel(screen: 'menu' | 'menuDaily' | 'results', mount: PanelMount): void;
  now?: () => Date;
}

export interface Sharing {
  /** With `?c=` in the page's address: prepares that round once the packs are in (true when ready); else null. */
  prepareFromLink(packs: Promise<readonly PackListing[]>): Promise<boolean> | null;
  /** Whether this Daily round is the day's scored attempt (decided when it started). */
  isScoredDaily(config: RoundConfig): boolean;
  dispose(): void;
}

const sameRound = (a: RoundConfig, c: Challenge) =>
  a.packId === c.packId && a.packVersion === c.packVersion && a.seed === c.seed && a.mode === c.mode && a.difficulty === c.difficulty;

export function attachSharing(deps: SharingDeps): Sharing {
  const { controller, scores } = deps;
  const { roundStore, settingsStore, uiStore } = controller;
  const win = deps.window;
  const doc = win.document;
  const now = deps.now ?? (() => new Date());
  const today = () => utcDateOf(now());
  const cleanups: (() => void)[] = [];

  /** The challenge the page was opened with (its round is compared on the results). */
  let opponent: Challenge | null = null;
  /** Why the page's challenge link could not be used, shown on the menu until dismissed. */
  let linkProblem: string | null = null;
  /** Scored-ness of Daily rounds, decided when they start (one scored attempt a day). */
  const dailyScored = new WeakMap<RoundConfig, boolean>();
  let finished: Finished | null = null;

  const playerName = () => settingsStore.getState().playerName || DEFAULT_PLAYER_NAME;
  const packTitle = (packId: string) => (packId === DAILY_PACK_ID ? DAILY_TITLE : (uiStore.getState().packs.find((p) => p.id === packId)?.title ?? packId));
  const baseUrl = () => win.location.href.split(/[?#]/)[0] ?? win.location.href;
  // A round of a pack that came in the page's link (`#pack=…`): its challenge carries the pack too.
  const packHash = (packId: string) => (uiStore.getState().packs.find((p) => p.id === packId)?.file.startsWith('link:') ? win.location.hash : '');

  // ---- scoring finished rounds ------------------------------------------------------------------
  const noteStart = (round: RoundState) => {
    if (round.config.mode !== 'daily' || dailyScored.has(round.config)) return;
    // The store's rule: which attempt counts, recorded (as 0) from its start, so quitting a bad
    // Daily does not buy a second try.
    dailyScored.set(round.config, scores.getState().startDaily(round.config.seed, round.config.packId, today()).scored);
  };

  const buildShare = (f: Finished): ShareBundle =>
    buildShareBundle(doc, { round: f.round, packTitle: f.packTitle, date: f.date, daily: f.daily ? f.daily.number : null, playerName: playerName(), baseUrl: baseUrl(), linkHash: packHash(f.round.config.packId) });

  /** Score a finished round once (by its config object); returns what the results show. */
  const finish = (round: RoundState): Finished => {
    if (finished && finished.round.config === round.config) return finished;
    const { config } = round;
    const date = now().toISOString();
    const f: Finished = {
      round,
      packTitle: packTitle(config.packId),
      date,
      rank: null,
      saveError: null,
      daily: null,
      opponent: opponent && sameRound(config, opponent) ? opponent : null,
      share: null,
    };
    const entry = {
      name: playerName(),
      score: round.score,
      correct: round.correctCount,
      total: round.history.length,
      timeMs: Math.round(totalTimeMs(round)),
      date,
      seed: config.seed,
      packId: config.packId,
      packVersion: config.packVersion,
      mode: config.mode,
      difficulty: config.difficulty,
    };
    let saved = true;
    if (config.mode === 'daily') {
      const day = dayOfDailySeed(config.seed);
      const scored = day !== null && dailyScored.get(config) === true;
      let streak = scores.getState().currentStreak();
      if (scored) {
        const finishedDaily = scores.getState().finishDaily(day, round.score);
        saved &&= finishedDaily.saved;
        streak = scores.getState().currentStreak(day);
        if (finishedDaily.updated) {
          const added = scores.getState().addScore(entry);
          f.rank = added.rank;
          saved &&= added.saved;
        }
      }
      f.daily = { number: day ? dailyNumber(day) : 0, scored, streak };
    } else {
      const added = scores.getState().addScore(entry);
      f.rank = added.rank;
      saved = added.saved;
    }
    if (!saved) f.saveError = scores.getState().lastSaveError?.message ?? 'This score could not be saved. It still counts until you leave.';
    f.share = buildShare(f);
    finished = f;
    return f;
  };

  cleanups.push(
    roundStore.subscribe((s, p) => {
      const round = s.round;
      if (!round) return;
      if (round.config !== p.round?.config) noteStart(round);
      if (round.phase === 'finished' && p.round?.phase !== 'finished') finish(round);
    }),
  );

  // ---- the two panels ---------------------------------------------------------------------------
  const startDaily = (day: string) => {
    controller.click();
    void controller.startDaily(day);
  };
  deps.addPanel('menuDaily', dailyCard({ doc, scores, today, startDaily }));
  deps.addPanel(
    'menu',
    menuPanel({
      doc,
      controller,
      scores,
      today,
      packTitle,
      linkProblem: () => linkProblem,
      dismissLinkProblem: () => (linkProblem = null),
      startDaily,
    }),
  );
  deps.addPanel('results', resultsPanel({ win, controller, scores, finish, buildShare, packTitle }));

  return {
    isScoredDaily: (config) => dailyScored.get(config) === true,
    prepareFromLink(packs) {
      const params = new URLSearchParams(deps.search);
      if (!params.has('c')) return null;
      return packs.then(async (entries) => {
        const known: Record<string, string[]> = {};
        const shipped = entries.filter((p) => p.status === 'ok');
        for (const p of shipped) (known[p.id] ??= []).push(p.version);
        // A Daily across packs is replayable while this build ships the same packs.
        if (shipped.length > 0) known[DAILY_PACK_ID] = [dailyVersion(shipped)];
        const decoded = decodeChallenge(deps.search, known);
        if (!decoded.ok) {
          // Said once, in the menu panel's alert: a toast as well would sit over that panel.
          linkProblem = decoded.message;
          return false;
        }
        const c = decoded.challenge;
        opponent = c;
        controller.setChallenge({
          name: c.name,
          score: c.score,
          packTitle: c.packId === DAILY_PACK_ID ? DAILY_TITLE : (entries.find((p) => p.status === 'ok' && p.id === c.packId)?.title ?? c.packId),
          mode: modeLabel(c.mode),
          difficulty: DIFFICULTY_LABEL[c.difficulty],
        });
        const ok = await controller.prepareRound({ packId: c.packId, mode: c.mode, difficulty: c.difficulty, seed: c.seed });
        const started = roundStore.getState().round?.config;
        if (!ok || !started || !sameRound(started, c)) {
          linkProblem = 'This challenge could not be started.';
          opponent = null;
          controller.setChallenge(null);
          if (ok) controller.clearRound();
          return false;
        }
        return true;
      });
    },
    dispose() {
      for (const fn of cleanups.reverse()) fn();
    },
  };
}
