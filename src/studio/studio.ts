// The pack studio: paste an article → draft in a worker → review cards (sentence with the answer
// marked, the real question, Keep / Edit / Delete) → play, download or share. Every change goes
// through one history (undo/redo) and is autosaved to IndexedDB; problems come from the same
// validator as `quiz check` and the game, shown at the field they are about.
import type { Pack } from '../domain/pack/schema';
import { slug } from '../authoring/draft/slug';
import { MAX_INPUT_CHARS } from '../authoring/draft/limits';
import { encodePackLink, handOverPack, PACK_REF_KEY, packLinkUrl, type PackLinkEncoded } from '../share/pack-link';
import { articleFromHtml, looksLikeHtml } from './article-html';
import { blankPack, factFromSelection, fillMeta } from './article-pack';
import { packText, sentenceAround } from './cards';
import { createStudioContext, type StudioOptions, type StudioView } from './context';
import { emptyDoc, PLAY_MODES, type Article, type PlayMode, type StudioDoc } from './doc';
import { el, uid } from './dom';
import { startDraft, type DraftRun } from './draft-client';
import { mountHeader } from './header';
import { importPackFile } from './import-file';
import { createLiveRegion } from './live-region';
import { mountReviewPane } from './review-pane';
import type { DraftStore, SavedDraft } from './saved-drafts';

export type { StudioOptions } from './context';

const MODE_LABEL: Record<PlayMode, string> = { classic: 'Classic', survival: 'Survival', relaxed: 'Relaxed' };

export function mountStudio(options: StudioOptions): void {
  const { root, store } = options;
  let link: PackLinkEncoded | null = null;
  let linkFor: Pack | null = null;
  let running: DraftRun | null = null;

  // ---- the live region -----------------------------------------------------------------------
  const live = createLiveRegion();
  const { announce } = live;
  // The context calls back into the sections made below it; it calls nothing before they are made.
  const view: StudioView = {
    renderAll: () => renderAll(),
    showCheck() {
      review.showProblems();
      updatePlay();
    },
    showHistory: () => header.showHistory(),
    showSaveState: (text) => header.showSaveState(text),
    refreshCards: () => review.refreshCards(),
    refreshDrafts: () => void refreshDrafts(),
  };
  const ctx = createStudioContext(options, announce, view);
  const { openForms } = ctx;
  const doc = () => ctx.doc();
  const commit = (next: StudioDoc, mergeKey: string | null = null, structural = false) => ctx.commit(next, mergeKey, structural);

  const header = mountHeader(ctx);

  // ---- 1. the article --------------------------------------------------------------------------
  const articleId = uid('article');
  const articleBox = el('textarea', { id: articleId, class: 'article-text', rows: 14, spellcheck: false, 'data-testid': 'article-text', 'aria-describedby': `${articleId}-help` });
  const articleHelp = el('p', { id: `${articleId}-help`, class: 'help' }, 'Paste the article, or drop a .txt or .html file here (a web page is reduced to its article text). Select words in it and press “Add a fact from the selection” to ask about them.');
  const fileInput = el('input', { type: 'file', accept: '.txt,.html,.htm,text/plain,text/html', class: 'file-input', 'aria-label': 'Article file (.txt or .html)', 'data-testid': 'article-file' });
  const meta = (label: string, field: keyof Article, type = 'text', extra: Record<string, string> = {}) => {
    const id = uid('meta');
    const input = el('input', { id, type, 'data-field': field, ...extra });
    input.addEventListener('input', () => {
      commit({ ...doc(), article: { ...doc().article, [field]: input.value } }, `article.${field}`);
    });
    return { input, row: el('div', { class: 'meta-row' }, el('label', { for: id }, label), input) };
  };
  const titleIn = meta('Title', 'title', 'text', { 'data-testid': 'article-title' });
  const publisherIn = meta('Publisher', 'publisher', 'text', { 'data-testid': 'article-publisher' });
  const dateIn = meta('Date', 'published', 'date', { 'data-testid': 'article-date' });
  const urlIn = meta('URL (optional)', 'url', 'url', { 'data-testid': 'article-url', placeholder: 'https://' });
  const authorIn = meta('Your name (author)', 'author', 'text', { 'data-testid': 'article-author' });
  const draftBtn = el('button', { type: 'button', class: 'primary', 'data-testid': 'draft' }, 'Draft questions');
  const cancelBtn = el('button', { type: 'button', hidden: true }, 'Cancel');
  const selectionBtn = el('button', { type: 'button', 'data-testid': 'add-from-selection' }, 'Add a fact from the selection');
  const progress = el('progress', { max: 100, value: 0, hidden: true, 'aria-label': 'Drafting progress', 'data-testid': 'draft-progress' });
  const draftStatus = el('p', { class: 'status', 'data-testid': 'draft-status' });
  const articleSection = el(
    'section',
    { class: 'pane article-pane', 'aria-labelledby': 'article-heading' },
    el('h2', { id: 'article-heading' }, '1. The article'),
    el('label', { for: articleId, class: 'big-label' }, 'Article text'),
    articleBox,
    articleHelp,
    el('div', { class: 'file-row' }, el('label', { class: 'file-label' }, 'Open a .txt or .html file ', fileInput)),
    el('div', { class: 'meta-grid' }, titleIn.row, publisherIn.row, dateIn.row, urlIn.row, authorIn.row),
    el('div', { class: 'button-row' }, draftBtn, cancelBtn, selectionBtn),
    progress,
    draftStatus,
  );

  const review = mountReviewPane(ctx);

  // ---- 3. play and share -----------------------------------------------------------------------
  const modeId = uid('mode');
  const modeSelect = el('select', { id: modeId, 'data-testid': 'play-mode' }, ...PLAY_MODES.map((m) => el('option', { value: m }, MODE_LABEL[m])));
  const playLink = el('a', { class: 'button primary', target: '_blank', 'data-testid': 'play' }, 'Play this pack');
  const downloadBtn = el('button', { type: 'button', 'data-testid': 'download' }, 'Download pack');
  const shareBtn = el('button', { type: 'button', 'data-testid': 'share' }, 'Share pack');
  const shareId = uid('share');
  const shareOut = el('input', { id: shareId, readonly: true, class: 'share-url', 'data-testid': 'share-url', 'aria-label': 'Link to this pack' });
  const copyBtn = el('button', { type: 'button', 'data-testid': 'copy-link' }, 'Copy link');
  const shareBox = el('div', { class: 'share-box', hidden: true }, shareOut, copyBtn);
  const playStatus = el('p', { class: 'status', 'data-testid': 'play-status' });
  const playSection = el(
    'section',
    { class: 'pane play-pane', 'aria-labelledby': 'play-heading' },
    el('h2', { id: 'play-heading' }, '3. Play and share'),
    el('div', { class: 'button-row' }, el('label', { for: modeId }, 'Mode '), modeSelect, playLink, downloadBtn, shareBtn),
    shareBox,
    playStatus,
  );

  // ---- my packs ----------------------------------------------------------------------------------
  const draftsList = el('ul', { class: 'drafts', 'data-testid': 'drafts' });
  const draftsStatus = el('p', { class: 'status', 'data-testid': 'drafts-status' });
  const newBtn = el('button', { type: 'button', 'data-testid': 'new-pack' }, 'New pack');
  const importInput = el('input', { type: 'file', accept: '.json,.txt,.gift,application/json,text/plain', class: 'file-input', 'aria-label': 'Pack file to import (JSON, GIFT or Open Trivia DB)', 'data-testid': 'import-file' });
  const draftsSection = el(
    'section',
    { class: 'pane drafts-pane', 'aria-labelledby': 'drafts-heading' },
    el('h2', { id: 'drafts-heading' }, 'Your packs'),
    el('p', { class: 'help' }, 'Every pack is saved in this browser as you work.'),
    el('div', { class: 'button-row' }, newBtn, el('label', { class: 'file-label' }, 'Import a pack file (JSON, GIFT, Open Trivia DB) ', importInput)),
    draftsStatus,
    draftsList,
  );

  // The article, play and your packs in one column beside the cards (a phone stacks them all).
  root.replaceChildren(header.element, el('div', { class: 'studio-grid' }, el('div', { class: 'side' }, articleSection, playSection, draftsSection), review.element), live.element);

  // ---- rendering ---------------------------------------------------------------------------------
  function renderAll(): void {
    const d = doc();
    if (articleBox.value !== d.article.text) articleBox.value = d.article.text;
    for (const [m, f] of [[titleIn, 'title'], [publisherIn, 'publisher'], [dateIn, 'published'], [urlIn, 'url'], [authorIn, 'author']] as const) {
      if (m.input.value !== d.article[f]) m.input.value = d.article[f];
    }
    modeSelect.value = d.mode;
    review.render();
    updatePlay();
  }

  function updatePlay(): void {
    const pack = doc().pack;
    const ready = !!pack && !!ctx.checked()?.ok;
    // Nothing to play yet: the bar would only take room (a phone keeps it at the screen's foot).
    playSection.hidden = !pack;
    downloadBtn.disabled = !pack;
    shareBtn.disabled = !ready;
    if (!ready) {
      playLink.removeAttribute('href');
      playLink.setAttribute('aria-disabled', 'true');
      playStatus.textContent = pack ? 'Fix the problems shown on the cards to play or share this pack (you can still download it).' : '';
      shareBox.hidden = true;
      return;
    }
    if (linkFor === pack && link) return applyLink();
    const forPack = pack;
    playStatus.textContent = 'Preparing the link…';
    void encodePackLink(JSON.stringify(pack)).then((encoded) => {
      if (doc().pack !== forPack) return;
      link = encoded;
      linkFor = forPack;
      applyLink();
    });
  }
  function applyLink(): void {
    if (!link) return;
    const play = new URL(options.gameUrl, location.href);
    play.searchParams.set('autostart', doc().mode);
    if (!link.ok) {
      // Too big for a link: Play hands it to the game tab through this browser's storage instead.
      const left = storageOrNull() ? handOverPack(JSON.stringify(doc().pack), storageOrNull()!) : null;
      if (left?.ok) {
        play.hash = `${PACK_REF_KEY}=${left.ref}`;
        playLink.href = play.toString();
        playLink.removeAttribute('aria-disabled');
      } else {
        playLink.removeAttribute('href');
        playLink.setAttribute('aria-disabled', 'true');
      }
      playStatus.textContent = `Play opens it in this browser; to share it: ${link.message}${left && !left.ok ? ` ${left.message}` : ''}`;
      return;
    }
    playLink.href = packLinkUrl(play, link.payload);
    playLink.removeAttribute('aria-disabled');
    playStatus.textContent = `Ready: Play opens the game on this pack (a ${MODE_LABEL[doc().mode]} round). The link is ${Math.ceil(link.payload.length / 1024)} KB.`;
    if (!shareBox.hidden) shareOut.value = shareUrl();
  }
  const shareUrl = () => (link?.ok ? packLinkUrl(new URL(options.gameUrl, location.href), link.payload) : '');

  // ---- drafting ----------------------------------------------------------------------------------
  draftBtn.addEventListener('click', () => {
    const article = doc().article;
    if (running) return;
    if (article.text.trim().length < 40) {
      draftStatus.textContent = 'Paste an article first (a few sentences at least).';
      announce(draftStatus.textContent);
      articleBox.focus();
      return;
    }
    if (article.text.length > MAX_INPUT_CHARS) {
      draftStatus.textContent = `The article is longer than ${MAX_INPUT_CHARS.toLocaleString('en')} characters: draft it in parts.`;
      announce(draftStatus.textContent);
      return;
    }
    if (doc().pack && doc().pack!.facts.length > 0 && !window.confirm('Drafting again replaces the facts you have. Undo can bring them back. Draft again?')) return;
    const published = /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : undefined;
    running = startDraft(
      { text: article.text, options: { ...(article.title.trim() ? { title: article.title.trim() } : {}), ...(article.url.trim() ? { url: article.url.trim() } : {}), ...(published ? { published } : {}) } },
      (fraction) => {
        const percent = Math.round(fraction * 100);
        progress.value = percent;
        draftStatus.textContent = `Drafting… ${percent}%`;
        if (percent % 25 === 0) announce(`Drafting, ${percent} percent.`);
      },
    );
    draftBtn.disabled = true;
    cancelBtn.hidden = false;
    progress.hidden = false;
    progress.value = 0;
    draftStatus.textContent = 'Drafting… 0%';
    announce('Drafting questions from the article.');
    const run = running;
    void run.result.then((result) => {
      running = null;
      draftBtn.disabled = false;
      cancelBtn.hidden = true;
      progress.hidden = true;
      if (!result.ok) {
        draftStatus.textContent = result.message;
        announce(result.message);
        return;
      }
      const pack = fillMeta(result.draft.pack, doc().article);
      openForms.clear();
      commit({ ...doc(), pack }, null, true);
      const n = pack.facts.length;
      draftStatus.textContent = n ? `Drafted ${n} fact${n === 1 ? '' : 's'} from ${result.draft.sentences} sentences. Review them on the right: Keep, Edit or Delete each.` : 'The drafter found no facts in this text. Add facts from a selection, or try another article.';
      announce(draftStatus.textContent);
      review.focusFirstKeep();
      // One column (a phone): the cards are below the article, so bring them up.
      if (window.matchMedia('(max-width: 820px)').matches) review.element.scrollIntoView({ block: 'start' });
    });
  });
  cancelBtn.addEventListener('click', () => running?.cancel());
  // ---- the article box: typing, dropping, opening a file, selection → fact ---------------------
  articleBox.addEventListener('input', () => commit({ ...doc(), article: { ...doc().article, text: articleBox.value } }, 'article.text'));
  articleBox.addEventListener('blur', () => ctx.seal());
  const takeFile = async (file: File) => {
    if (file.size > MAX_INPUT_CHARS * 4) {
      draftStatus.textContent = `${file.name} is too big to be an article.`;
      return;
    }
    const raw = await file.text();
    const html = /\.html?$/i.test(file.name) || file.type === 'text/html' || looksLikeHtml(raw);
    const page = html ? articleFromHtml(raw) : { text: raw };
    const a = doc().article;
    commit(
      {
        ...doc(),
        article: {
          ...a,
          text: page.text,
          title: a.title || ('title' in page && page.title ? page.title : ''),
          publisher: a.publisher || ('publisher' in page && page.publisher ? page.publisher : ''),
          published: a.published || ('published' in page && page.published ? page.published : ''),
          url: a.url || ('url' in page && page.url ? page.url : ''),
        },
      },
      null,
      true,
    );
    draftStatus.textContent = `Read ${file.name}${html ? ' (web page reduced to its article text)' : ''}: ${page.text.split(/\s+/).filter(Boolean).length} words.`;
    announce(draftStatus.textContent);
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void takeFile(file);
    fileInput.value = '';
  });
  articleBox.addEventListener('dragover', (e) => {
    if (e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')) e.preventDefault();
  });
  articleBox.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void takeFile(file);
  });
  selectionBtn.addEventListener('click', () => {
    const text = articleBox.value;
    const start = articleBox.selectionStart;
    const end = articleBox.selectionEnd;
    const answer = text.slice(start, end).trim();
    if (!answer) {
      draftStatus.textContent = 'Select the words the answer should be in the article text first.';
      announce(draftStatus.textContent);
      articleBox.focus();
      return;
    }
    addFact(answer.replace(/\s+/g, ' '), sentenceAround(text, start, end));
  });

  function addFact(answer: string, quote: string): void {
    const a = doc().article;
    const base = doc().pack ?? fillMeta(blankPack(a), a);
    const fact = factFromSelection(base, answer, quote);
    openForms.add(fact.id);
    commit({ ...doc(), pack: { ...base, facts: [...base.facts, fact] } }, null, true);
    announce(`Added a fact with the answer “${answer}”. Its form is open at the end of the list.`);
    review.focusLastFactForm();
  }

  // ---- play, download, share ---------------------------------------------------------------------
  modeSelect.addEventListener('change', () => commit({ ...doc(), mode: modeSelect.value as PlayMode }, null));
  downloadBtn.addEventListener('click', () => {
    const pack = doc().pack;
    if (!pack) return;
    const blob = new Blob([packText(pack)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: `${slug(pack.id || pack.title) || 'pack'}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    const errors = ctx.checked()?.problems.filter((p) => p.severity === 'error').length ?? 0;
    playStatus.textContent = errors ? `Downloaded ${a.download}. It still has ${errors} problem${errors === 1 ? '' : 's'}: \`quiz check\` will list them.` : `Downloaded ${a.download}: check it with npm run quiz -- check, or open it in the game.`;
    announce(playStatus.textContent);
  });
  shareBtn.addEventListener('click', () => {
    if (!link) return;
    if (!link.ok) {
      playStatus.textContent = link.message;
      announce(link.message);
      return;
    }
    shareBox.hidden = false;
    shareOut.value = shareUrl();
    shareOut.focus();
    shareOut.select();
    playStatus.textContent = 'A friend who opens this link plays the pack; nothing is stored on a server.';
    announce(playStatus.textContent);
  });
  copyBtn.addEventListener('click', () => {
    const text = shareOut.value;
    // No await before writeText: the click's permission must still hold.
    navigator.clipboard?.writeText(text).then(
      () => announce('Link copied.'),
      () => {
        shareOut.select();
        announce('Copying was refused: the link is selected, copy it with Ctrl+C.');
      },
    );
  });

  // ---- your packs --------------------------------------------------------------------------------
  async function refreshDrafts(): Promise<SavedDraft[]> {
    let list: Awaited<ReturnType<DraftStore['list']>>;
    try {
      list = await store.list();
    } catch (error) {
      draftsStatus.textContent = `Your packs cannot be saved in this browser (${error instanceof Error ? error.message : String(error)}). Download your pack to keep it.`;
      return [];
    }
    draftsList.replaceChildren(
      ...list.drafts.map((d) => {
        const title = d.doc.pack?.title ?? (d.doc.article.title || 'Untitled article');
        const facts = d.doc.pack?.facts.length ?? 0;
        const restore = el('button', { type: 'button', 'data-testid': 'restore' }, d.key === ctx.key() ? 'Open (current)' : 'Open');
        restore.disabled = d.key === ctx.key();
        const remove = el('button', { type: 'button', class: 'danger', 'data-testid': 'remove-draft' }, 'Delete');
        restore.addEventListener('click', () => load(d));
        remove.addEventListener('click', () => {
          if (!window.confirm(`Delete “${title}” from this browser?`)) return;
          void store.remove(d.key).then(() => {
            if (d.key === ctx.key()) ctx.saveUnderNewKey();
            announce(`Deleted “${title}”.`);
            return refreshDrafts();
          });
        });
        return el('li', { 'data-testid': 'draft-item' }, el('span', { class: 'draft-title' }, title), el('span', { class: 'draft-meta' }, ` ${facts} fact${facts === 1 ? '' : 's'} · ${new Date(d.updated).toLocaleString()}`), restore, remove);
      }),
    );
    draftsStatus.textContent = list.skipped ? `${list.skipped} saved pack${list.skipped === 1 ? '' : 's'} could not be read and ${list.skipped === 1 ? 'was' : 'were'} skipped.` : list.drafts.length ? '' : 'No saved packs yet.';
    return list.drafts;
  }

  function load(d: SavedDraft): void {
    ctx.open(d);
    announce(`Opened “${d.doc.pack?.title ?? (d.doc.article.title || 'your article')}”.`);
  }

  newBtn.addEventListener('click', () => {
    ctx.startNew(emptyDoc());
    articleBox.focus();
    announce('New pack: paste an article.');
  });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    void file.text().then((text) => {
      const result = importPackFile(file.name, text);
      if (!result.ok) {
        draftsStatus.textContent = result.message;
        announce(result.message);
        return;
      }
      ctx.startNew({ ...emptyDoc(), pack: result.pack, article: { ...emptyDoc().article, title: result.pack.title } });
      draftsStatus.textContent = result.message;
      announce(result.message);
    });
  });

  // ---- start: the most recent pack, as it was left -----------------------------------------------
  header.showHistory();
  renderAll();
  void refreshDrafts().then((drafts) => {
    const last = drafts[0];
    if (last && !doc().pack && !doc().article.text) {
      ctx.resume(last);
      announce(`Reopened your last pack, “${last.doc.pack?.title ?? (last.doc.article.title || 'untitled')}”.`);
      void refreshDrafts();
    }
  });
}

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
