// "Your packs": every pack saved in this browser (open, delete), a new pack, and a pack file to
// import (JSON, GIFT, Open Trivia DB). On start-up it reopens the pack worked on last.
import type { StudioContext } from './context';
import { emptyDoc } from './doc';
import { el } from './dom';
import { importPackFile } from './import-file';
import type { DraftStore, SavedDraft, UnreadableDraft } from './saved-drafts';

export interface DraftsPane {
  element: HTMLElement;
  /** The list read again from the store; the drafts, newest first (none when it cannot be read). */
  refresh(): Promise<SavedDraft[]>;
  /** The most recent pack, as it was left, unless the author has already started on something. */
  reopenLatest(): Promise<void>;
}

export function mountDraftsPane(ctx: StudioContext, article: { focusText(): void }): DraftsPane {
  const draftsList = el('ul', { class: 'drafts', 'data-testid': 'drafts' });
  const asideList = el('ul', { class: 'drafts set-aside', 'data-testid': 'set-aside', 'aria-label': 'Saved records that could not be read' });
  const draftsStatus = el('p', { class: 'status', 'data-testid': 'drafts-status' });
  const newBtn = el('button', { type: 'button', 'data-testid': 'new-pack' }, 'New pack');
  const importInput = el('input', { type: 'file', accept: '.json,.txt,.gift,application/json,text/plain', class: 'file-input', 'aria-label': 'Pack file to import (JSON, GIFT or Open Trivia DB)', 'data-testid': 'import-file' });
  const element = el(
    'section',
    { class: 'pane drafts-pane', 'aria-labelledby': 'drafts-heading' },
    el('h2', { id: 'drafts-heading' }, 'Your packs'),
    el('p', { class: 'help' }, 'Every pack is saved in this browser as you work.'),
    el('div', { class: 'button-row' }, newBtn, el('label', { class: 'file-label' }, 'Import a pack file (JSON, GIFT, Open Trivia DB) ', importInput)),
    draftsStatus,
    draftsList,
    asideList,
  );

  /** The note the drafts list last wrote in the status line. */
  let listNote = '';

  async function refresh(): Promise<SavedDraft[]> {
    let list: Awaited<ReturnType<DraftStore['list']>>;
    try {
      list = await ctx.store.list();
    } catch (error) {
      draftsStatus.textContent = `Your packs cannot be saved in this browser (${error instanceof Error ? error.message : String(error)}). Download your pack to keep it.`;
      return [];
    }
    draftsList.replaceChildren(
      ...list.drafts.map((d) => {
        const title = d.doc.pack?.title ?? (d.doc.article.title || 'Untitled article');
        const facts = d.doc.pack?.facts.length ?? 0;
        const current = d.key === ctx.key();
        const restore = el('button', { type: 'button', 'data-testid': 'restore' }, current ? 'Open (current)' : 'Open');
        restore.disabled = current;
        const remove = el('button', { type: 'button', class: 'danger', 'data-testid': 'remove-draft' }, 'Delete');
        restore.addEventListener('click', () => {
          ctx.open(d);
          ctx.announce(`Opened “${d.doc.pack?.title ?? (d.doc.article.title || 'your article')}”.`);
        });
        remove.addEventListener('click', () => {
          if (!window.confirm(`Delete “${title}” from this browser?`)) return;
          void ctx.store.remove(d.key).then(() => {
            if (d.key === ctx.key()) ctx.saveUnderNewKey();
            ctx.announce(`Deleted “${title}”.`);
            return refresh();
          });
        });
        return el('li', { 'data-testid': 'draft-item' }, el('span', { class: 'draft-title' }, title), el('span', { class: 'draft-meta' }, ` ${facts} fact${facts === 1 ? '' : 's'} · ${new Date(d.updated).toLocaleString()}`), restore, remove);
      }),
    );
    asideList.replaceChildren(...list.unreadable.map((u, n) => setAsideItem(u, n)));
    const bad = list.unreadable.length;
    const note = bad
      ? `${bad} saved pack${bad === 1 ? '' : 's'} could not be read (damaged, or saved by another version of the studio). ${bad === 1 ? 'It is' : 'They are'} set aside below, untouched: download ${bad === 1 ? 'it' : 'them'} to keep, or delete.`
      : list.drafts.length ? '' : 'No saved packs yet.';
    // The list's own note replaces only what the list wrote before: an import's report ("Imported
    // x.json: 27 facts") or a save failure stays until the next one (the autosave after an import
    // refreshes the list, and used to wipe its report a moment after it appeared).
    if (bad || !draftsStatus.textContent || draftsStatus.textContent === listNote) draftsStatus.textContent = note;
    listNote = note;
    return list.drafts;
  }

  /** A record that could not be read: kept as found, to download or to delete. */
  function setAsideItem(u: UnreadableDraft, n: number): HTMLElement {
    const download = el('button', { type: 'button', 'data-testid': 'download-set-aside' }, 'Download');
    const remove = el('button', { type: 'button', class: 'danger' }, 'Delete');
    const name = `unreadable-pack-${(u.key || String(n + 1)).replace(/[^a-z0-9-]+/gi, '-')}.json`;
    download.addEventListener('click', () => {
      let text: string;
      try {
        text = JSON.stringify(u.record, null, 2) ?? String(u.record);
      } catch {
        text = String(u.record);
      }
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = el('a', { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      ctx.announce(`Downloaded ${name}.`);
    });
    remove.addEventListener('click', () => {
      if (!u.key || !window.confirm('Delete this unreadable record from this browser? Download it first to keep what it holds.')) return;
      void ctx.store.remove(u.key).then(() => {
        ctx.announce('Deleted the unreadable record.');
        return refresh();
      });
    });
    return el('li', { 'data-testid': 'set-aside-item' }, el('span', { class: 'draft-title' }, 'Unreadable saved pack'), el('span', { class: 'draft-meta' }, ` ${u.key ? `(${u.key})` : ''}`), download, remove);
  }

  newBtn.addEventListener('click', () => {
    ctx.startNew(emptyDoc());
    article.focusText();
    ctx.announce('New pack: paste an article.');
  });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    void file.text().then((text) => {
      const result = importPackFile(file.name, text);
      if (!result.ok) {
        ctx.report(draftsStatus, result.message);
        return;
      }
      ctx.startNew({ ...emptyDoc(), pack: result.pack, article: { ...emptyDoc().article, title: result.pack.title } });
      ctx.report(draftsStatus, result.message);
    });
  });

  return {
    element,
    refresh,
    async reopenLatest() {
      const last = (await refresh())[0];
      if (last && !ctx.doc().pack && !ctx.doc().article.text) {
        ctx.resume(last);
        ctx.announce(`Reopened your last pack, “${last.doc.pack?.title ?? (last.doc.article.title || 'untitled')}”.`);
        void refresh();
      }
    },
  };
}
