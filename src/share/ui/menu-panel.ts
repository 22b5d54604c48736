// The menu's Daily card (at the top of the menu: one Daily for everyone, whatever pack is
// selected) and the menu panel: why the page's challenge link could not be used, and the high
// scores for the menu's current pack, mode and difficulty.
import type { PanelMount } from '../../app/panels';
import type { GameController } from '../../app/controller';
import { dailyNumber } from '../../domain/daily';
import type { ScoresStore, TableQuery } from '../../state/scores-store';
import { formatPoints } from '../../app/format';
import { makeElement as el } from '../../app/dom/element';
import { scoreTable, tableCaption } from './score-table';

export interface MenuPanelDeps {
  doc: Document;
  controller: GameController;
  scores: ScoresStore;
  /** Today's UTC date, YYYY-MM-DD. */
  today: () => string;
  packTitle: (packId: string) => string;
  /** Why the page's challenge link could not be used, or null. */
  linkProblem: () => string | null;
  dismissLinkProblem: () => void;
  /** Play button of the Daily: start the Daily across packs of this day. */
  startDaily: (day: string) => void;
}

/** The Daily across packs, front and centre: its number, a Play button, the streak, today's try. */
export function dailyCard(deps: Pick<MenuPanelDeps, 'doc' | 'scores' | 'today' | 'startDaily'>): PanelMount {
  const { doc, scores, today } = deps;
  return (box) => {
    const daily = el(doc, 'section', { class: 'daily daily-card', 'aria-labelledby': 'daily-title', 'data-testid': 'daily' });
    box.append(daily);
    const render = () => {
      const day = today();
      const n = dailyNumber(day);
      const canScore = scores.getState().canPlayDailyToday(day);
      const streak = scores.getState().currentStreak(day);
      const last = scores.getState().daily;
      const play = el(doc, 'button', { type: 'button', class: 'btn primary', 'data-testid': 'daily-play', text: canScore ? `Play Daily #${n}` : `Practise Daily #${n} (not scored)` });
      play.addEventListener('click', () => deps.startDaily(day));
      daily.replaceChildren(
        el(doc, 'h2', { id: 'daily-title' }, [`Daily #${n}`, el(doc, 'span', { class: 'daily-what', text: ' — the same 10 questions for everyone today' })]),
        el(doc, 'div', { class: 'daily-row' }, [
          play,
          el(doc, 'div', { class: 'daily-side' }, [
            el(doc, 'p', { class: 'streak', 'data-testid': 'daily-streak', text: streak > 0 ? `Streak: ${streak} ${streak === 1 ? 'day' : 'days'} in a row` : 'Streak: none yet' }),
            el(doc, 'p', {
              class: 'about',
              text: canScore
                ? 'From every pack. One scored try a day.'
                : `Played today${last.lastDate === day && last.lastScore !== null ? ` (${formatPoints(last.lastScore)} points)` : ''}. Come back tomorrow for a new one.`,
            }),
          ]),
        ]),
      );
    };
    render();
    return scores.subscribe(render);
  };
}

export function menuPanel(deps: MenuPanelDeps): PanelMount {
  const { doc, controller, scores } = deps;
  const { settingsStore, uiStore } = controller;
  return (box) => {
    box.classList.add('sharing-menu');
    const notice = el(doc, 'div', { class: 'link-problem', role: 'alert', 'data-testid': 'challenge-problem', hidden: true });
    const table = el(doc, 'div');
    box.append(notice, table);

    const renderNotice = () => {
      const linkProblem = deps.linkProblem();
      notice.hidden = !linkProblem;
      if (!linkProblem) return notice.replaceChildren();
      const dismiss = el(doc, 'button', { type: 'button', class: 'btn small', text: 'Dismiss' });
      dismiss.addEventListener('click', () => {
        deps.dismissLinkProblem();
        renderNotice();
      });
      notice.replaceChildren(el(doc, 'p', { text: `${linkProblem} Pick a round below instead.` }), dismiss);
    };

    const renderTable = () => {
      const pack = controller.selectedPack();
      const s = settingsStore.getState();
      if (!pack) return table.replaceChildren();
      const q: TableQuery = { packId: pack.id, mode: s.lastMode, difficulty: s.lastDifficulty };
      table.replaceChildren(scoreTable(doc, scores, q, null, tableCaption(deps.packTitle(q.packId), q)));
    };

    const render = () => {
      renderNotice();
      renderTable();
    };
    render();
    const offSettings = settingsStore.subscribe(renderTable);
    const offScores = scores.subscribe(render);
    const offPacks = uiStore.subscribe((s, p) => s.packs !== p.packs && render());
    return () => {
      offSettings();
      offScores();
      offPacks();
    };
  };
}
