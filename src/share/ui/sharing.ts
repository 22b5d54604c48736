// High scores, the Daily challenge, challenge links and the share panel: the UI half of "High
// scores and sharing". Two DOM panels (menu and results, mounted through the DOM layer's slots)
// and one round-store subscription that scores finished rounds. Rules stay in the stores and the
// share/ modules; this file decides when to call them and what to show.
//
// Sharing needs the click's user activation, so everything a click shares (text, link, PNG file)
// is built when the results open, and the click handlers call share()/writeText() with no await.
import type { PanelMount } from '../../app/panels';
import { dailyNumber, dailySeed, utcDateOf } from '../../domain/daily';
import { dayOfDailySeed } from '../../domain/daily';
import type { Difficulty } from '../../domain/pack/schema';
import { totalTimeMs, type Mode, type RoundConfig, type RoundState } from '../../domain/round';
import { decodeChallenge, encodeChallenge, type Challenge } from '../challenge-link';
import { cardToBlob, cardToBlobNow, renderResultCard } from '../result-card';
import { cardFile, copyText, shareFile, shareResult, type ShareOutcome } from '../share-actions';
import { makeShareText, outcomesFromHistory } from '../share-text';
import { DEFAULT_PLAYER_NAME, sanitizePlayerName } from '../../domain/player-name';
import type { ScoreEntry, ScoresStore, TableQuery } from '../../state/scores-store';
import type { GameController } from '../../app/controller';
import type { PackEntry } from '../../domain/pack/pack-entry';
import { DIFFICULTY_LABEL, ROUND_MODE_LABEL, formatPoints } from '../../app/format';
import { makeElement } from '../../app/dom/element';
import './sharing.css';

export const GAME_NAME = 'Football Trivia';
/** Everyone plays the Daily at this difficulty, so everyone gets the same questions. */
export const DAILY_DIFFICULTY: Difficulty = 'medium';
/** The name input's limit in UTF-16 units; sanitizePlayerName then keeps at most 20 characters. */
export const NAME_INPUT_MAXLENGTH = 40;

export interface SharingDeps {
  controller: GameController;
  scores: ScoresStore;
  window: Window;
  /** The page's query string (a challenge link carries `?c=`). */
  search: string;
  addPanel(screen: 'menu' | 'results', mount: PanelMount): void;
  now?: () => Date;
}

export interface Sharing {
  /** With `?c=` in the page's address: prepares that round once the packs are in (true when ready); else null. */
  prepareFromLink(packs: Promise<readonly PackEntry[]>): Promise<boolean> | null;
  /** Whether this Daily round is the day's scored attempt (decided when it started). */
  isScoredDaily(config: RoundConfig): boolean;
  dispose(): void;
}

/** What the results panel shows for one finished round; built once, when it finishes. */
interface Finished {
  round: RoundState;
  packTitle: string;
  /** The ISO finish time stored with the score (identifies the entry for renaming). */
  date: string;
  rank: number | null;
  saveError: string | null;
  daily: { number: number; scored: boolean; streak: number } | null;
  opponent: Challenge | null;
  share: ShareBundle | null;
}

/**
 * What a share click hands over. The card is drawn at once (synchronous); its PNG is encoded in
 * the background (`file`, once `filePromise` settles). A click before that encodes it on the spot
 * (`cardFileNow`), so Share image always answers with the current card, never "try again".
 */
interface ShareBundle {
  text: string;
  link: string | null;
  card: HTMLCanvasElement | null;
  file: File | null;
  filePromise: Promise<File | null>;
}

// Names and other outside text only ever go in as text (see element.ts).
const el = makeElement;

const modeLabel = (mode: Mode) => ROUND_MODE_LABEL[mode];


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
  const packTitle = (packId: string) => uiStore.getState().packs.find((p) => p.id === packId)?.title ?? packId;
  const baseUrl = () => win.location.href.split(/[?#]/)[0] ?? win.location.href;

  // ---- scoring finished rounds ------------------------------------------------------------------
  const noteStart = (round: RoundState) => {
    if (round.config.mode !== 'daily' || dailyScored.has(round.config)) return;
    const day = today();
    const scored = round.config.seed === dailySeed(round.config.packId, day) && scores.getState().canPlayDailyToday(day);
    dailyScored.set(round.config, scored);
    // The attempt counts from its start: quitting a bad Daily does not buy a second try.
    if (scored) scores.getState().recordDaily(day, 0);
  };

  const buildShare = (f: Finished): Finished['share'] => {
    const { round } = f;
    const { config } = round;
    const encoded = encodeChallenge(
      { packId: config.packId, packVersion: config.packVersion, seed: config.seed, mode: config.mode, difficulty: config.difficulty, name: playerName(), score: round.score, total: round.history.length },
      baseUrl(),
    );
    const link = encoded.ok ? encoded.url : null;
    const outcomes = outcomesFromHistory(round.history);
    const text = makeShareText({
      gameName: GAME_NAME,
      packTitle: f.packTitle,
      score: round.score,
      correct: round.correctCount,
      total: round.history.length,
      outcomes,
      ...(link ? { link } : {}),
      ...(f.daily ? { daily: f.daily.number } : {}),
    });
    const canvas = doc.createElement('canvas');
    let drawn: boolean;
    try {
      drawn = renderResultCard(canvas, {
        gameName: GAME_NAME,
        packTitle: f.packTitle,
        score: round.score,
        correct: round.correctCount,
        total: round.history.length,
        bestStreak: round.bestStreak,
        outcomes,
        date: f.date.slice(0, 10),
        ...(f.daily ? { daily: f.daily.number } : { challengeText: `Can you beat ${playerName()}? Follow the link` }),
        playerName: playerName(),
      });
    } catch {
      drawn = false;
    }
    const share: ShareBundle = { text, link, card: drawn ? canvas : null, file: null, filePromise: Promise.resolve(null) };
    // Encoded in the background now, so a click usually finds the file ready.
    if (share.card) {
      share.filePromise = cardToBlob(share.card).then(
        (blob) => (share.file = cardFile(blob)),
        () => null,
      );
    }
    return share;
  };

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

  // ---- shared bits ------------------------------------------------------------------------------
  const scoreTable = (query: TableQuery, highlight: { seed: string; date: string } | null, caption: string) => {
    const rows = scores.getState().topScores(query);
    const section = el(doc, 'section', { class: 'scores', 'data-testid': 'high-scores' });
    section.append(el(doc, 'h3', { text: caption }));
    if (rows.length === 0) {
      section.append(el(doc, 'p', { class: 'soft', text: 'No scores yet. Play a round to set one.' }));
      return section;
    }
    const list = el(doc, 'ol', { class: 'score-list' });
    rows.forEach((e: ScoreEntry, i) => {
      const mine = highlight !== null && e.seed === highlight.seed && e.date === highlight.date;
      const li = el(doc, 'li', { class: mine ? 'new' : undefined, 'aria-current': mine ? 'true' : undefined }, [
        el(doc, 'span', { class: 'rank', text: `${i + 1}.` }),
        el(doc, 'span', { class: 'who' }, [el(doc, 'span', { class: 'name', text: e.name }), ...(mine ? [el(doc, 'span', { class: 'badge', text: 'new' })] : [])]),
        el(doc, 'span', { class: 'pts', text: formatPoints(e.score) }),
        el(doc, 'span', { class: 'soft', text: `${e.correct}/${e.total}` }),
      ]);
      list.append(li);
    });
    section.append(list);
    return section;
  };

  const tableCaption = (q: TableQuery) => `Top 10 · ${packTitle(q.packId)} · ${modeLabel(q.mode)} · ${DIFFICULTY_LABEL[q.difficulty]}`;

  // ---- menu panel: link problem, Daily challenge, high scores -------------------------------------
  deps.addPanel('menu', (box) => {
    box.classList.add('sharing-menu');
    const notice = el(doc, 'div', { class: 'link-problem', role: 'alert', 'data-testid': 'challenge-problem', hidden: true });
    const daily = el(doc, 'section', { class: 'daily', 'aria-labelledby': 'daily-title', 'data-testid': 'daily' });
    const table = el(doc, 'div');
    box.append(notice, daily, table);

    const renderNotice = () => {
      notice.hidden = !linkProblem;
      if (!linkProblem) return notice.replaceChildren();
      const dismiss = el(doc, 'button', { type: 'button', class: 'btn small', text: 'Dismiss' });
      dismiss.addEventListener('click', () => {
        linkProblem = null;
        renderNotice();
      });
      notice.replaceChildren(el(doc, 'p', { text: `${linkProblem} Pick a round below instead.` }), dismiss);
    };

    const renderDaily = () => {
      const pack = controller.selectedPack();
      if (!pack) {
        daily.replaceChildren();
        return;
      }
      const day = today();
      const n = dailyNumber(day);
      const canScore = scores.getState().canPlayDailyToday(day);
      const streak = scores.getState().currentStreak(day);
      const last = scores.getState().daily;
      const start = () => {
        controller.click();
        void controller.startRound({ packId: pack.id, mode: 'daily', difficulty: DAILY_DIFFICULTY, seed: dailySeed(pack.id, day) });
      };
      const play = el(doc, 'button', { type: 'button', class: 'btn', 'data-testid': 'daily-play', text: canScore ? `Play Daily #${n}` : `Practise Daily #${n} (not scored)` });
      play.addEventListener('click', start);
      // Title, streak and button first: the menu leaves this panel little height on some screens.
      daily.replaceChildren(
        el(doc, 'h3', { id: 'daily-title', text: `Daily challenge #${n}` }),
        play,
        el(doc, 'p', { class: 'streak', 'data-testid': 'daily-streak', text: streak > 0 ? `Streak: ${streak} ${streak === 1 ? 'day' : 'days'} in a row` : 'Streak: none yet' }),
        el(doc, 'p', {
          class: 'about',
          text: canScore
            ? `Today’s 10 questions from ${pack.title}, the same for everyone. One scored try a day.`
            : `You have played today’s Daily${last.lastDate === day && last.lastScore !== null ? ` (${formatPoints(last.lastScore)} points)` : ''}. Come back tomorrow for a new one.`,
        }),
      );
    };

    const renderTable = () => {
      const pack = controller.selectedPack();
      const s = settingsStore.getState();
      if (!pack) return table.replaceChildren();
      const q: TableQuery = { packId: pack.id, mode: s.lastMode, difficulty: s.lastDifficulty };
      table.replaceChildren(scoreTable(q, null, tableCaption(q)));
    };

    const render = () => {
      renderNotice();
      renderDaily();
      renderTable();
    };
    render();
    const offSettings = settingsStore.subscribe(() => {
      renderDaily();
      renderTable();
    });
    const offScores = scores.subscribe(render);
    const offPacks = uiStore.subscribe((s, p) => s.packs !== p.packs && render());
    return () => {
      offSettings();
      offScores();
      offPacks();
    };
  });

  // ---- results panel: comparison, Daily, save notice, name, share, high scores --------------------
  deps.addPanel('results', (box) => {
    const round = roundStore.getState().round;
    if (!round || round.phase !== 'finished') return;
    const f = finish(round);
    box.classList.add('sharing-results');
    const { config } = round;

    if (f.opponent) {
      const them = f.opponent.score;
      const verdict = round.score > them ? 'You win!' : round.score < them ? `${f.opponent.name} wins this time.` : 'A draw!';
      box.append(
        el(doc, 'p', { class: 'versus', 'data-testid': 'versus', text: `You vs ${f.opponent.name}: ${formatPoints(round.score)} vs ${formatPoints(them)}. ${verdict}` }),
      );
    }
    if (f.daily) {
      const d = f.daily;
      box.append(
        el(doc, 'p', {
          class: 'daily-line',
          'data-testid': 'daily-result',
          text: d.scored
            ? `Daily #${d.number} scored. Streak: ${d.streak} ${d.streak === 1 ? 'day' : 'days'} in a row.`
            : `Daily #${d.number}: practice, not scored (one scored try a day).`,
        }),
      );
    }
    if (f.saveError) box.append(el(doc, 'p', { class: 'save-error', role: 'alert', 'data-testid': 'save-error', text: f.saveError }));

    // Name: remembered in the settings store; renaming also renames this round's stored entry.
    const nameInput = el(doc, 'input', {
      id: 'player-name',
      type: 'text',
      maxlength: NAME_INPUT_MAXLENGTH,
      autocomplete: 'nickname',
      spellcheck: 'false',
      'data-testid': 'player-name',
    });
    nameInput.value = settingsStore.getState().playerName;
    nameInput.placeholder = DEFAULT_PLAYER_NAME;
    const nameWhy = el(doc, 'p', { id: 'name-why', class: 'name-why', hidden: true, text: 'Your name goes on the result and the challenge link.' });
    const nameForm = el(doc, 'form', { class: 'name-row' }, [
      el(doc, 'label', { for: 'player-name', text: 'Your name' }),
      nameInput,
      el(doc, 'button', { type: 'submit', class: 'btn small', text: 'Save name' }),
      nameWhy,
    ]);

    const status = el(doc, 'p', { class: 'share-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'share-status' });
    const say = (text: string) => {
      // Cleared first, so saying the same words twice is still announced.
      status.textContent = '';
      win.setTimeout(() => (status.textContent = text), 50);
    };
    const fallbackBox = el(doc, 'div', { class: 'fallback', hidden: true });
    const fallbackArea = el(doc, 'textarea', { id: 'share-fallback', readonly: true, rows: 5, 'data-testid': 'share-fallback' });
    fallbackBox.append(el(doc, 'label', { for: 'share-fallback', text: 'Copy this text to share your result:' }), fallbackArea);
    const showFallback = (text: string) => {
      fallbackArea.value = text;
      fallbackBox.hidden = false;
      fallbackArea.focus();
      fallbackArea.select();
    };
    const onOutcome = (o: ShareOutcome, what: string) => {
      if (o.kind === 'cancelled') return;
      if (o.kind === 'copied') say(`Copied ${what} to the clipboard.`);
      else if (o.kind === 'shared') say('Shared.');
      else if (o.kind === 'downloaded') say('Image saved to your downloads.');
      else {
        say('Copy the text from the box below.');
        showFallback(o.text || f.share?.text || '');
      }
    };

    const shareButton = el(doc, 'button', { type: 'button', class: 'btn', 'data-testid': 'share', text: 'Share' });
    const copyButton = el(doc, 'button', { type: 'button', class: 'btn', 'data-testid': 'copy', text: 'Copy' });
    const imageButton = el(doc, 'button', { type: 'button', class: 'btn', 'data-testid': 'share-image', text: 'Share image' });
    const nav = win.navigator;
    // A link must say who to beat: without a name, the first share click asks for one.
    const needsName = () => {
      if (settingsStore.getState().playerName.trim() !== '') return false;
      nameForm.classList.add('asking');
      nameInput.setAttribute('aria-describedby', 'name-why');
      nameWhy.hidden = false;
      nameInput.focus();
      say('Type your name first: your friend’s link will show who to beat.');
      return true;
    };
    // No await before share()/writeText(): the click's user activation must still be there.
    shareButton.addEventListener('click', () => {
      const share = f.share;
      if (!share || needsName()) return;
      void shareResult(
        { text: share.text, ...(share.link ? { url: share.link } : {}), title: GAME_NAME },
        { navigator: nav, clipboard: nav.clipboard ?? null, document: doc, onFallback: () => undefined },
      ).then((o) => onOutcome(o, 'your result'));
    });
    copyButton.addEventListener('click', () => {
      const share = f.share;
      if (!share || needsName()) return;
      void copyText(share.text, { clipboard: nav.clipboard ?? null, document: doc }).then((o) => onOutcome(o, 'your result'));
    });
    imageButton.addEventListener('click', () => {
      const share = f.share;
      if (!share || needsName()) return;
      // Not encoded yet (the results just opened, or the name just changed): encode it now,
      // synchronously, so the click keeps its user activation.
      if (!share.file && share.card) {
        const blob = cardToBlobNow(share.card);
        if (blob) share.file = cardFile(blob);
      }
      if (!share.file) {
        say('The image could not be made on this device. Share the text instead.');
        return;
      }
      void shareFile({ file: share.file, text: share.text, title: GAME_NAME }, { navigator: nav, document: doc }).then((o) => onOutcome(o, 'the image'));
    });
    // Only a card that could not be drawn at all disables the button.
    const watchImage = () => (imageButton.disabled = !f.share?.card);
    watchImage();

    nameForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const raw = nameInput.value;
      settingsStore.getState().setPlayerName(raw);
      const name = raw.trim() === '' ? DEFAULT_PLAYER_NAME : sanitizePlayerName(raw);
      nameInput.value = settingsStore.getState().playerName;
      const renamed = scores.getState().renameScore(config, config.seed, f.date, name);
      // The link and the card carry the name: make them again.
      f.share = buildShare(f);
      watchImage();
      rebuild();
      nameForm.classList.remove('asking');
      nameWhy.hidden = true;
      say(renamed.saved ? `Name saved: ${name}.` : `Name changed to ${name}, but it could not be saved.`);
    });

    const shareSection = el(doc, 'section', { class: 'share', 'aria-labelledby': 'share-title' }, [
      el(doc, 'h3', { id: 'share-title', text: f.opponent ? 'Share your reply' : 'Share and challenge a friend' }),
      el(doc, 'div', { class: 'btn-row' }, [shareButton, copyButton, imageButton]),
      status,
      fallbackBox,
    ]);
    const tableSlot = el(doc, 'div');
    const q: TableQuery = { packId: config.packId, mode: config.mode, difficulty: config.difficulty };
    const rebuild = () => {
      tableSlot.replaceChildren(scoreTable(q, f.rank !== null ? { seed: config.seed, date: f.date } : null, tableCaption(q)));
    };
    box.append(nameForm, shareSection, tableSlot);
    rebuild();
    if (!f.share) shareButton.disabled = copyButton.disabled = imageButton.disabled = true;
  });

  return {
    isScoredDaily: (config) => dailyScored.get(config) === true,
    prepareFromLink(packs) {
      const params = new URLSearchParams(deps.search);
      if (!params.has('c')) return null;
      return packs.then(async (entries) => {
        const known: Record<string, string[]> = {};
        for (const p of entries) if (p.status === 'ok') (known[p.id] ??= []).push(p.pack.version);
        const decoded = decodeChallenge(deps.search, known);
        if (!decoded.ok) {
          // Said once, in the menu panel's alert: a toast as well would sit over that panel.
          linkProblem = decoded.message;
          return false;
        }
        const c = decoded.challenge;
        opponent = c;
        uiStore.getState().setChallenge({
          name: c.name,
          score: c.score,
          packTitle: entries.find((p) => p.status === 'ok' && p.id === c.packId)?.title ?? c.packId,
          mode: modeLabel(c.mode),
          difficulty: DIFFICULTY_LABEL[c.difficulty],
        });
        const ok = await controller.prepareRound({ packId: c.packId, mode: c.mode, difficulty: c.difficulty, seed: c.seed });
        const started = roundStore.getState().round?.config;
        if (!ok || !started || !sameRound(started, c)) {
          linkProblem = 'This challenge could not be started.';
          opponent = null;
          uiStore.getState().setChallenge(null);
          if (ok) roundStore.getState().clear();
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
