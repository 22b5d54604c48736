// The high-score table both panels show: top 10 for one pack, mode and difficulty, with the
// round just played marked "new".
import type { Mode } from '../../domain/round';
import type { ScoreEntry, ScoresStore, TableQuery } from '../../state/scores-store';
import { DIFFICULTY_LABEL, ROUND_MODE_LABEL, formatPoints } from '../../app/format';
import { makeElement as el } from '../../app/dom/element';

export const modeLabel = (mode: Mode) => ROUND_MODE_LABEL[mode];

export const tableCaption = (packTitle: string, q: TableQuery) => `Top 10 · ${packTitle} · ${modeLabel(q.mode)} · ${DIFFICULTY_LABEL[q.difficulty]}`;

/** Names and other outside text only ever go in as text (see element.ts). */
export function scoreTable(doc: Document, scores: ScoresStore, query: TableQuery, highlight: { seed: string; date: string } | null, caption: string): HTMLElement {
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
}
