// One online board drawn as plain DOM: the top rows, then (when you are further down) the rows
// around you, your row marked for the eye (gold) and for screen readers (aria-current, "you").
import type { Board, BoardRow } from '../../app/online/leaderboard-client';
import { formatPoints } from '../../app/format';
import { makeElement as el } from '../../app/dom/element';

function row(doc: Document, r: BoardRow, mine: boolean): HTMLLIElement {
  return el(doc, 'li', { class: mine ? 'new' : undefined, 'aria-current': mine ? 'true' : undefined, 'data-testid': mine ? 'board-you' : 'board-row' }, [
    el(doc, 'span', { class: 'rank', text: `${r.rank}.` }),
    el(doc, 'span', { class: 'who' }, [el(doc, 'span', { class: 'name', text: r.name }), ...(mine ? [el(doc, 'span', { class: 'badge', text: 'you' })] : [])]),
    el(doc, 'span', { class: 'pts', text: formatPoints(r.score) }),
    el(doc, 'span', { class: 'soft', text: `${r.correct}/${r.answered}` }),
  ]);
}

/** The board's rows; `you` is the run to mark (the board's `you` row when asked with run=). */
export function boardList(doc: Document, board: Board, caption: string): HTMLElement {
  const you = board.you;
  const section = el(doc, 'div', { class: 'scores online-rows' });
  section.append(el(doc, 'h4', { text: caption }));
  if (board.top.length === 0) {
    section.append(el(doc, 'p', { class: 'soft', text: 'No scores on this board yet.' }));
    return section;
  }
  const top = el(doc, 'ol', { class: 'score-list', 'aria-label': `${caption}: top ${board.top.length}` });
  for (const r of board.top) top.append(row(doc, r, you !== null && r.runId === you.runId));
  section.append(top);
  const lastTop = board.top[board.top.length - 1]!.rank;
  const below = board.around.filter((r) => r.rank > lastTop);
  if (you && below.length > 0) {
    section.append(el(doc, 'p', { class: 'soft gap', 'aria-hidden': 'true', text: '…' }));
    const around = el(doc, 'ol', { class: 'score-list', 'aria-label': 'Around you' });
    for (const r of below) around.append(row(doc, r, r.runId === you.runId));
    section.append(around);
  }
  return section;
}
