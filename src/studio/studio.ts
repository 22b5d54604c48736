// The pack studio: paste an article → draft in a worker → review cards (sentence with the answer
// marked, the real question, Keep / Edit / Delete) → play, download or share. Every change goes
// through one history (undo/redo) and is autosaved to IndexedDB; problems come from the same
// validator as `quiz check` and the game, shown at the field they are about.
//
// This file only puts it together: the shared state lives in the context (context.ts), and each
// section of the page in a module of its own.
import { mountArticlePane } from './article-pane';
import { createStudioContext, type StudioOptions, type StudioView } from './context';
import { el } from './dom';
import { mountDraftsPane } from './drafts-pane';
import { mountHeader } from './header';
import { createLiveRegion } from './live-region';
import { mountPlayPane } from './play-pane';
import { mountReviewPane } from './review-pane';

export type { StudioOptions } from './context';

export function mountStudio(options: StudioOptions): void {
  const live = createLiveRegion();
  // The context calls back into the sections made just below it, never before they are made:
  // it calls nothing until something is committed, and the first render comes after them.
  const view: StudioView = {
    renderAll() {
      article.render();
      review.render();
      play.render();
    },
    showCheck() {
      review.showProblems();
      play.update();
    },
    showPending() {
      review.showSummary();
      play.update();
    },
    showHistory: () => header.showHistory(),
    showSaveState: (text) => header.showSaveState(text),
    refreshCards: () => review.refreshCards(),
    refreshDrafts: () => void drafts.refresh(),
  };
  const ctx = createStudioContext(options, live.announce, view);
  const header = mountHeader(ctx);
  const review = mountReviewPane(ctx);
  const article = mountArticlePane(ctx, review);
  const play = mountPlayPane(ctx);
  const drafts = mountDraftsPane(ctx, article);

  // The article, play and your packs in one column beside the cards (a phone stacks them all).
  options.root.replaceChildren(header.element, el('div', { class: 'studio-grid' }, el('div', { class: 'side' }, article.element, play.element, drafts.element), review.element), live.element);

  view.showHistory();
  view.renderAll();
  void drafts.reopenLatest();
}
