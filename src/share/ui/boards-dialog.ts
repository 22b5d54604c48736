// The menu's Leaderboards dialog: pick a pack, mode, difficulty and board (all time, this week,
// today's Daily) and read it; and "Delete my online scores" behind a confirm. A modal <dialog>
// (focus stays in it, Esc closes) with labelled selects and a polite region for what loads.
import type { GameController } from '../../app/controller';
import type { OnlineService } from '../../app/online/online-service';
import { failureMessage, type Period } from '../../app/online/leaderboard-client';
import { DIFFICULTY_LABEL, MODE_LABEL } from '../../app/format';
import { DIFFICULTIES, type Difficulty } from '../../domain/difficulty';
import { DAILY_PACK_ID } from '../../domain/daily-round';
import { MENU_MODES, type MenuMode } from '../../state/settings-store';
import { makeElement as el } from '../../app/dom/element';
import { boardList } from './board-list';

export interface BoardsDialogDeps {
  doc: Document;
  win: Window;
  service: OnlineService;
  controller: GameController;
  /** Where the dialog lives in the DOM (it shows in the top layer). */
  parent: HTMLElement;
  onClose(): void;
}

const UNREACHABLE = 'The online leaderboards cannot be reached right now. The game and your local high scores work as usual.';
const BOARD_PERIODS = ['all', 'week', 'daily'] as const satisfies readonly Period[];
const BOARD_LABEL: Record<(typeof BOARD_PERIODS)[number], string> = { all: 'All time', week: 'This week', daily: 'Today’s Daily' };

/** Opens the dialog; returns a function that closes and removes it. */
export function openBoardsDialog(deps: BoardsDialogDeps): () => void {
  const { doc, service, controller } = deps;
  const { settingsStore, uiStore } = controller;
  const select = (id: string, label: string, options: [string, string][], value: string) => {
    const s = el(doc, 'select', { id, 'data-testid': id });
    for (const [v, text] of options) s.append(el(doc, 'option', { value: v, text }));
    s.value = value;
    return { select: s, row: el(doc, 'div', { class: 'field' }, [el(doc, 'label', { for: id, text: label }), s]) };
  };
  const packs = uiStore.getState().packs.flatMap((p) => (p.status === 'ok' ? [[p.id, p.title] as [string, string]] : []));
  const s = settingsStore.getState();
  const pack = select('boards-pack', 'Pack', packs, controller.selectedPack()?.id ?? packs[0]?.[0] ?? '');
  const mode = select('boards-mode', 'Mode', MENU_MODES.map((m) => [m, MODE_LABEL[m]]), s.lastMode);
  const difficulty = select('boards-difficulty', 'Difficulty', DIFFICULTIES.map((d) => [d, DIFFICULTY_LABEL[d]]), s.lastDifficulty);
  const period = select('boards-period', 'Board', BOARD_PERIODS.map((p) => [p, BOARD_LABEL[p]]), 'all');
  const result = el(doc, 'div', { class: 'boards-result', 'aria-live': 'polite', 'data-testid': 'boards-result' });

  const close = el(doc, 'button', { type: 'button', text: 'Close' });
  const del = el(doc, 'button', { type: 'button', class: 'secondary', 'data-testid': 'boards-delete', text: 'Delete my online scores' });
  const confirmBox = el(doc, 'div', { class: 'confirm', hidden: true, role: 'group', 'aria-labelledby': 'boards-confirm-text' });
  const yes = el(doc, 'button', { type: 'button', 'data-testid': 'boards-delete-yes', text: 'Yes, delete them' });
  const no = el(doc, 'button', { type: 'button', class: 'secondary', text: 'Keep them' });
  confirmBox.append(
    el(doc, 'p', { id: 'boards-confirm-text', text: 'Delete every score this device sent? Your name leaves every online board. This cannot be undone.' }),
    el(doc, 'div', { class: 'dialog-actions' }, [yes, no]),
  );
  const delStatus = el(doc, 'p', { role: 'status', 'aria-live': 'polite', 'data-testid': 'boards-delete-status' });

  const dialog = el(doc, 'dialog', { class: 'help boards', 'aria-labelledby': 'boards-title', 'data-testid': 'boards-dialog' }, [
    el(doc, 'div', { class: 'dialog-head' }, [el(doc, 'h2', { id: 'boards-title', text: 'Leaderboards' }), close]),
    el(doc, 'form', { class: 'boards-pick' }, [pack.row, mode.row, difficulty.row, period.row]),
    result,
    el(doc, 'section', { class: 'boards-mine', 'aria-labelledby': 'boards-mine-title' }, [
      el(doc, 'h3', { id: 'boards-mine-title', text: 'Your online scores' }),
      el(doc, 'p', {
        class: 'soft',
        text: 'Scores you submit carry the name you chose and a random id kept on this device (the server stores only a hash of it). With it you can take them all off the boards.',
      }),
      del,
      confirmBox,
      delStatus,
    ]),
  ]);

  let seq = 0;
  const load = async () => {
    const n = ++seq;
    const daily = period.select.value === 'daily';
    // Today's Daily is one board for everyone: the Daily across packs, whatever pack is picked here.
    mode.select.disabled = difficulty.select.disabled = pack.select.disabled = daily;
    if (!daily && !pack.select.value) {
      result.replaceChildren(el(doc, 'p', { text: 'No pack to show.' }));
      return;
    }
    result.replaceChildren(el(doc, 'p', { class: 'soft', text: 'Loading…' }));
    const m = daily ? 'daily' : (mode.select.value as MenuMode);
    const d = daily ? 'medium' : (difficulty.select.value as Difficulty);
    const r = await service.board({ packId: daily ? DAILY_PACK_ID : pack.select.value, mode: m, difficulty: d, period: period.select.value as Period, limit: 10 });
    if (n !== seq) return;
    if (!r.ok) {
      const f = r.failure;
      result.replaceChildren(el(doc, 'p', { class: 'error', 'data-testid': 'boards-unreachable', text: f.kind === 'refused' ? failureMessage(f) : UNREACHABLE }));
      return;
    }
    const title = packs.find(([id]) => id === pack.select.value)?.[1] ?? pack.select.value;
    const caption = daily ? 'Today’s Daily · every pack' : `${BOARD_LABEL[period.select.value as 'all' | 'week']} · ${title} · ${MODE_LABEL[m as MenuMode]} · ${DIFFICULTY_LABEL[d]}`;
    result.replaceChildren(boardList(doc, r.value, caption));
  };
  for (const f of [pack, mode, difficulty, period]) f.select.addEventListener('change', () => void load());

  del.addEventListener('click', () => {
    confirmBox.hidden = false;
    del.hidden = true;
    no.focus();
  });
  const hideConfirm = () => {
    confirmBox.hidden = true;
    del.hidden = false;
  };
  no.addEventListener('click', () => {
    hideConfirm();
    del.focus();
  });
  yes.addEventListener('click', () => {
    hideConfirm();
    delStatus.textContent = 'Deleting…';
    void service.deleteMine().then((r) => {
      delStatus.textContent = r.ok
        ? r.value === 0
          ? 'There were no scores from this device on the boards.'
          : `Deleted: ${r.value} ${r.value === 1 ? 'score has' : 'scores have'} left the boards.`
        : `Nothing was deleted. ${r.failure.kind === 'refused' ? failureMessage(r.failure) : UNREACHABLE}`;
      del.focus();
      if (r.ok) void load();
    });
  });

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    seq++;
    if (dialog.open) dialog.close();
    dialog.remove();
  };
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    remove();
    deps.onClose();
  });
  deps.parent.append(dialog);
  try {
    dialog.showModal();
  } catch {
    dialog.setAttribute('open', '');
  }
  close.focus();
  void load();
  return remove;
}
