// The online leaderboard's panels: the results' "Leaderboard" region (opt-in submit, name first,
// then your rank, the top and the entries around you), the menu's Leaderboards button (with what
// is waiting to be sent) and a challenge intro's board. They read the online service and say
// every change through a polite status line; none of them can stop a round.
import type { PanelMount } from '../../app/panels';
import type { GameController } from '../../app/controller';
import type { OnlineService, RoundOnline } from '../../app/online/online-service';
import type { Period } from '../../app/online/leaderboard-client';
import { makeElement as el } from '../../app/dom/element';
import { boardList } from './board-list';
import { openBoardsDialog } from './boards-dialog';

export const PERIOD_LABEL: Record<Period, string> = { all: 'All time', week: 'This week', daily: 'Today’s Daily', challenge: 'This challenge' };
const PERIOD_BOARD: Record<Period, string> = { all: 'the all-time board', week: 'this week’s board', daily: 'the Daily’s board', challenge: 'this challenge’s board' };

/** A polite status line that speaks each new text once (cleared first, so a repeat is still said). */
function statusLine(doc: Document, win: Window, testId: string) {
  const node = el(doc, 'p', { class: 'share-status', role: 'status', 'aria-live': 'polite', 'data-testid': testId });
  let last = '';
  let timer: number | undefined;
  return {
    node,
    say(text: string) {
      if (text === last) return;
      last = text;
      node.textContent = '';
      win.clearTimeout(timer);
      timer = win.setTimeout(() => (node.textContent = text), 50);
    },
    dispose: () => win.clearTimeout(timer),
  };
}

export function resultsBoardPanel(service: OnlineService, win: Window): PanelMount {
  const doc = win.document;
  return (box, app: GameController) => {
    const round = app.roundStore.getState().round;
    if (!round || round.phase !== 'finished') return;
    const { settingsStore } = app;
    void service.prefetch(); // for Play again
    box.classList.add('sharing-results');
    const status = statusLine(doc, win, 'lb-status');
    const submit = el(doc, 'button', { type: 'button', class: 'btn', 'data-testid': 'lb-submit', text: 'Submit to leaderboard' });
    const about = el(doc, 'p', { class: 'soft' });
    const body = el(doc, 'div', { 'data-testid': 'lb-board' });
    box.append(
      el(doc, 'section', { class: 'online-board', role: 'region', 'aria-labelledby': 'lb-title', 'data-testid': 'leaderboard' }, [
        el(doc, 'h3', { id: 'lb-title', text: 'Leaderboard' }),
        about,
        submit,
        status.node,
        body,
      ]),
    );

    let waitingForName = false;
    const go = () => {
      waitingForName = false;
      void service.submit(round);
    };
    submit.addEventListener('click', () => {
      if (settingsStore.getState().playerName.trim() === '') {
        // The board shows names: ask for one first, in the results' own name field.
        waitingForName = true;
        const input = doc.getElementById('player-name');
        if (input instanceof HTMLInputElement) input.focus();
        status.say('Type your name first (Your name, above) and save it: the board shows it. Your score is sent as soon as you save.');
        return;
      }
      go();
    });
    const offName = settingsStore.subscribe((s, p) => {
      if (waitingForName && s.playerName !== p.playerName && s.playerName.trim() !== '') go();
    });

    const render = (o: RoundOnline) => {
      submit.hidden = !(o.kind === 'ready' || o.kind === 'issuing' || o.kind === 'submitting' || (o.kind === 'refused' && o.canRetry));
      submit.disabled = o.kind === 'issuing' || o.kind === 'submitting';
      submit.textContent = o.kind === 'submitting' ? 'Submitting…' : 'Submit to leaderboard';
      body.replaceChildren();
      switch (o.kind) {
        case 'offline':
          about.textContent = o.reason;
          return;
        case 'issuing':
          about.textContent = 'Getting this round ready for the online board…';
          return;
        case 'ready': {
          const name = settingsStore.getState().playerName;
          about.textContent = `Put this round on the online board${name ? ` as ${name}` : ' (you pick the name)'}. The server checks every answer again.`;
          return;
        }
        case 'submitting':
          about.textContent = '';
          status.say('Submitting your round…');
          return;
        case 'queued':
          about.textContent = '';
          status.say(o.message);
          return;
        case 'refused':
          about.textContent = '';
          status.say(o.message);
          return;
        case 'accepted': {
          about.textContent = '';
          const req = service.boardOfRound(round.config);
          const caption = req ? PERIOD_LABEL[req.period] : 'Online board';
          const where = req ? PERIOD_BOARD[req.period] : 'the board';
          const you = o.board?.you;
          status.say(
            you
              ? `You are #${you.rank} on ${where} with ${o.accepted.score.toLocaleString('en-GB')} points.`
              : o.boardProblem
                ? `Your score is on the board (${o.accepted.score.toLocaleString('en-GB')} points). ${o.boardProblem}`
                : `Your score is on the board (${o.accepted.score.toLocaleString('en-GB')} points).`,
          );
          if (o.board) body.append(boardList(doc, o.board, caption));
          return;
        }
      }
    };
    const update = () => render(service.statusOf(round.config));
    update();
    const off = service.subscribe(update);
    return () => {
      off();
      offName();
      status.dispose();
    };
  };
}

export function menuBoardsPanel(service: OnlineService, win: Window): PanelMount {
  const doc = win.document;
  return (box, app) => {
    box.classList.add('sharing-menu');
    const open = el(doc, 'button', { type: 'button', class: 'btn small', 'aria-haspopup': 'dialog', 'data-testid': 'boards-open', text: 'Leaderboards' });
    const waiting = el(doc, 'p', { class: 'soft', 'data-testid': 'boards-waiting' });
    box.append(el(doc, 'section', { class: 'online-menu', 'aria-label': 'Online leaderboards' }, [open, waiting]));
    let closeDialog: (() => void) | null = null;
    open.addEventListener('click', () => {
      app.click();
      closeDialog?.();
      closeDialog = openBoardsDialog({ doc, win, service, controller: app, parent: box, onClose: () => open.focus() });
    });
    const render = () => {
      const n = service.pendingCount();
      waiting.hidden = n === 0;
      waiting.textContent = n === 0 ? '' : `${n} ${n === 1 ? 'score is' : 'scores are'} waiting to be sent to the online board.`;
    };
    render();
    void service.prefetch();
    const offService = service.subscribe(render);
    const offSettings = app.settingsStore.subscribe((s, p) => {
      if (s.lastMode !== p.lastMode || s.lastDifficulty !== p.lastDifficulty || s.lastPackId !== p.lastPackId) void service.prefetch();
    });
    const offPacks = app.uiStore.subscribe((s, p) => {
      if (s.packs !== p.packs) void service.prefetch();
    });
    return () => {
      offService();
      offSettings();
      offPacks();
      closeDialog?.();
    };
  };
}

/** A challenge intro: that link's own board, when the server answers and it has entries; nothing otherwise. */
export function introBoardPanel(service: OnlineService, win: Window): PanelMount {
  const doc = win.document;
  return (box, app) => {
    const round = app.roundStore.getState().round;
    if (!round) return;
    box.hidden = true;
    let gone = false;
    const req = service.boardFor({ ...round.config }, round.config.mode !== 'daily');
    void service.board(req).then((r) => {
      if (gone || !r.ok || r.value.top.length === 0) return;
      box.classList.add('sharing-menu');
      box.append(
        el(doc, 'section', { role: 'region', 'aria-label': 'This challenge’s board', 'data-testid': 'intro-board' }, [boardList(doc, r.value, 'On this challenge’s board')]),
      );
      box.hidden = false;
    });
    return () => {
      gone = true;
    };
  };
}
