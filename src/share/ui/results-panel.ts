// The results panel: the result against a challenger, the Daily line, a save error, the name
// form, the share buttons (name first) with their status and fallback box, and the high scores.
import type { PanelMount } from '../../app/panels';
import type { GameController } from '../../app/controller';
import type { RoundState } from '../../domain/round';
import type { Challenge } from '../challenge-link';
import { cardToBlobNow } from '../result-card';
import { cardFile, copyText, shareFile, shareResult, type ShareOutcome } from '../share-actions';
import { DEFAULT_PLAYER_NAME, sanitizePlayerName } from '../../domain/player-name';
import type { ScoresStore, TableQuery } from '../../state/scores-store';
import { formatPoints } from '../../app/format';
import { makeElement as el } from '../../app/dom/element';
import { GAME_NAME, type ShareBundle } from './share-bundle';
import { scoreTable, tableCaption } from './score-table';

/** The name input's limit in UTF-16 units; sanitizePlayerName then keeps at most 20 characters. */
export const NAME_INPUT_MAXLENGTH = 40;

/** What the results panel shows for one finished round; built once, when it finishes. */
export interface Finished {
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

export interface ResultsPanelDeps {
  win: Window;
  controller: GameController;
  scores: ScoresStore;
  /** Scores the round once and returns what to show. */
  finish(round: RoundState): Finished;
  packTitle(packId: string): string;
  /** The share bundle again (after a rename: the link and the card carry the name). */
  buildShare(f: Finished): ShareBundle;
}

export function resultsPanel(deps: ResultsPanelDeps): PanelMount {
  const { win, controller, scores } = deps;
  const { roundStore, settingsStore } = controller;
  const doc = win.document;
  return (box) => {
    const round = roundStore.getState().round;
    if (!round || round.phase !== 'finished') return;
    const f = deps.finish(round);
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
      controller.setPlayerName(raw);
      const name = raw.trim() === '' ? DEFAULT_PLAYER_NAME : sanitizePlayerName(raw);
      nameInput.value = settingsStore.getState().playerName;
      const renamed = scores.getState().renameScore(config, config.seed, f.date, name);
      // The link and the card carry the name: make them again.
      f.share = deps.buildShare(f);
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
      tableSlot.replaceChildren(scoreTable(doc, scores, q, f.rank !== null ? { seed: config.seed, date: f.date } : null, tableCaption(deps.packTitle(q.packId), q)));
    };
    box.append(nameForm, shareSection, tableSlot);
    rebuild();
    if (!f.share) shareButton.disabled = copyButton.disabled = imageButton.disabled = true;
  };
}
