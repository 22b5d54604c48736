// Draft questions / Add to this pack / Cancel: the article is drafted in a worker (the page stays
// usable), with a progress bar; the drafted pack replaces the facts, or (another article for the
// same pack: a quiz of the week) joins them with its own source, in one undoable step.
import { MAX_INPUT_CHARS } from '../authoring/draft/limits';
import { addArticleDraft, articleSource, fillMeta } from './article-pack';
import type { StudioContext } from './context';
import { startDraft, type DraftRun } from './draft-client';
import type { Article } from './doc';
import type { DraftRequest } from './draft-worker';
import type { ReviewPane } from './review-pane';

export interface DraftControls {
  articleBox: HTMLTextAreaElement;
  draftBtn: HTMLButtonElement;
  /** Drafts the article in the box and adds its facts to the pack there is. */
  addBtn: HTMLButtonElement;
  cancelBtn: HTMLButtonElement;
  progress: HTMLProgressElement;
  status: HTMLElement;
}

/** What the drafter is told besides the text: the author's title, URL and date. */
export function draftOptions(article: Article): DraftRequest['options'] {
  const published = /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : undefined;
  return { ...(article.title.trim() ? { title: article.title.trim() } : {}), ...(article.url.trim() ? { url: article.url.trim() } : {}), ...(published ? { published } : {}) };
}

export function wireDrafting(ctx: StudioContext, controls: DraftControls, review: Pick<ReviewPane, 'element' | 'focusFirstKeep'>): void {
  const { articleBox, draftBtn, addBtn, cancelBtn, progress, status } = controls;
  let running: DraftRun | null = null;
  draftBtn.addEventListener('click', () => start('replace'));
  addBtn.addEventListener('click', () => start('add'));
  function start(how: 'replace' | 'add'): void {
    const article = ctx.doc().article;
    if (running) return;
    if (article.text.trim().length < 40) {
      ctx.report(status, 'Paste an article first (a few sentences at least).');
      articleBox.focus();
      return;
    }
    if (article.text.length > MAX_INPUT_CHARS) {
      ctx.report(status, `The article is longer than ${MAX_INPUT_CHARS.toLocaleString('en')} characters: draft it in parts.`);
      return;
    }
    if (how === 'replace' && ctx.doc().pack && ctx.doc().pack!.facts.length > 0 && !window.confirm('Drafting again replaces the facts you have (Add to this pack keeps them). Undo can bring them back. Draft again?')) return;
    running = startDraft(
      { text: article.text, options: draftOptions(article) },
      (fraction) => {
        const percent = Math.round(fraction * 100);
        progress.value = percent;
        status.textContent = `Drafting… ${percent}%`;
        if (percent % 25 === 0) ctx.announce(`Drafting, ${percent} percent.`);
      },
    );
    draftBtn.disabled = true;
    addBtn.disabled = true;
    cancelBtn.hidden = false;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = 'Drafting… 0%';
    ctx.announce('Drafting questions from the article.');
    const run = running;
    void run.result.then((result) => {
      running = null;
      draftBtn.disabled = false;
      addBtn.disabled = false;
      cancelBtn.hidden = true;
      progress.hidden = true;
      if (!result.ok) {
        ctx.report(status, result.message);
        return;
      }
      const now = ctx.doc();
      const adding = how === 'add' && now.pack !== null;
      const pack = adding ? addArticleDraft(now.pack!, result.draft.pack, articleSource(now.article, now.pack!.source)) : fillMeta(result.draft.pack, now.article);
      ctx.openForms.clear();
      ctx.commit({ ...now, pack }, null, true);
      const n = result.draft.pack.facts.length;
      const what = `${n} fact${n === 1 ? '' : 's'} from ${result.draft.sentences} sentences`;
      ctx.report(status, !n ? 'The drafter found no facts in this text. Add facts from a selection, or try another article.' : adding ? `Added ${what} to the pack (${pack.facts.length} facts now). Review them on the right.` : `Drafted ${what}. Review them on the right: Keep, Edit or Delete each.`);
      review.focusFirstKeep();
      // One column (a phone): the cards are below the article, so bring them up.
      if (window.matchMedia('(max-width: 820px)').matches) review.element.scrollIntoView({ block: 'start' });
    });
  }
  cancelBtn.addEventListener('click', () => running?.cancel());
}
