// "1. The article": the text (typed, pasted, dropped or opened from a .txt or .html file), its
// metadata, Draft questions, and a fact added from words selected in the text.
import { MAX_INPUT_CHARS } from '../authoring/draft/limits';
import { articleFromHtml, looksLikeHtml } from './article-html';
import { articleSource, blankPack, draftedFactFor, factFromSelection, fillMeta, packArticles, withPoolFrom } from './article-pack';
import { sentenceAround } from './cards';
import type { StudioContext } from './context';
import type { Article } from './doc';
import { el, uid } from './dom';
import { startDraft } from './draft-client';
import { draftOptions, wireDrafting } from './drafting';
import type { ReviewPane } from './review-pane';

export interface ArticlePane {
  element: HTMLElement;
  /** The text and metadata fields follow the document. */
  render(): void;
  focusText(): void;
}

export function mountArticlePane(ctx: StudioContext, review: ReviewPane): ArticlePane {
  const articleId = uid('article');
  const articleBox = el('textarea', { id: articleId, class: 'article-text', rows: 14, spellcheck: false, 'data-testid': 'article-text', 'aria-describedby': `${articleId}-help` });
  const articleHelp = el('p', { id: `${articleId}-help`, class: 'help' }, 'Paste the article, or drop a .txt or .html file here (a web page is reduced to its article text). Select words in it and press “Add a fact from the selection” to ask about them.');
  const fileInput = el('input', { type: 'file', accept: '.txt,.html,.htm,text/plain,text/html', class: 'file-input', 'aria-label': 'Article file (.txt or .html)', 'data-testid': 'article-file' });
  const meta = (label: string, field: keyof Article, type = 'text', extra: Record<string, string> = {}) => {
    const id = uid('meta');
    const input = el('input', { id, type, 'data-field': field, ...extra });
    input.addEventListener('input', () => {
      ctx.commit({ ...ctx.doc(), article: { ...ctx.doc().article, [field]: input.value } }, `article.${field}`);
    });
    return { input, field, row: el('div', { class: 'meta-row' }, el('label', { for: id }, label), input) };
  };
  const metas = [
    meta('Title', 'title', 'text', { 'data-testid': 'article-title' }),
    meta('Publisher', 'publisher', 'text', { 'data-testid': 'article-publisher' }),
    meta('Date', 'published', 'date', { 'data-testid': 'article-date' }),
    meta('URL (optional)', 'url', 'url', { 'data-testid': 'article-url', placeholder: 'https://' }),
    meta('Your name (author)', 'author', 'text', { 'data-testid': 'article-author' }),
  ];
  const draftBtn = el('button', { type: 'button', class: 'primary', 'data-testid': 'draft' }, 'Draft questions');
  const addBtn = el('button', { type: 'button', hidden: true, 'data-testid': 'draft-add' }, 'Add to this pack');
  const cancelBtn = el('button', { type: 'button', hidden: true }, 'Cancel');
  const selectionBtn = el('button', { type: 'button', 'data-testid': 'add-from-selection' }, 'Add a fact from the selection');
  const progress = el('progress', { max: 100, value: 0, hidden: true, 'aria-label': 'Drafting progress', 'data-testid': 'draft-progress' });
  const draftStatus = el('p', { class: 'status', 'data-testid': 'draft-status' });
  // Several articles, one pack: the ones it draws on, and how to add the next.
  const articlesList = el('ol', { class: 'articles', 'data-testid': 'pack-articles' });
  const articlesBox = el('div', { class: 'articles-box', hidden: true }, el('p', { class: 'help' }, 'This pack draws on these articles. To add another (a quiz of the week), paste it above, fill in its details and press “Add to this pack”.'), articlesList);
  const element = el(
    'section',
    { class: 'pane article-pane', 'aria-labelledby': 'article-heading' },
    el('h2', { id: 'article-heading' }, '1. The article'),
    el('label', { for: articleId, class: 'big-label' }, 'Article text'),
    articleBox,
    articleHelp,
    el('div', { class: 'file-row' }, el('label', { class: 'file-label' }, 'Open a .txt or .html file ', fileInput)),
    el('div', { class: 'meta-grid' }, ...metas.map((m) => m.row)),
    el('div', { class: 'button-row' }, draftBtn, addBtn, cancelBtn, selectionBtn),
    progress,
    draftStatus,
    articlesBox,
  );

  wireDrafting(ctx, { articleBox, draftBtn, addBtn, cancelBtn, progress, status: draftStatus }, review);

  articleBox.addEventListener('input', () => ctx.commit({ ...ctx.doc(), article: { ...ctx.doc().article, text: articleBox.value } }, 'article.text'));
  articleBox.addEventListener('blur', () => ctx.seal());
  const takeFile = async (file: File) => {
    if (file.size > MAX_INPUT_CHARS * 4) {
      draftStatus.textContent = `${file.name} is too big to be an article.`;
      return;
    }
    const raw = await file.text();
    const html = /\.html?$/i.test(file.name) || file.type === 'text/html' || looksLikeHtml(raw);
    const page = html ? articleFromHtml(raw) : { text: raw };
    const a = ctx.doc().article;
    ctx.commit(
      {
        ...ctx.doc(),
        article: {
          ...a,
          text: page.text,
          // What the author typed stays; the page fills only what is still empty.
          title: a.title || ('title' in page && page.title ? page.title : ''),
          publisher: a.publisher || ('publisher' in page && page.publisher ? page.publisher : ''),
          published: a.published || ('published' in page && page.published ? page.published : ''),
          url: a.url || ('url' in page && page.url ? page.url : ''),
        },
      },
      null,
      true,
    );
    ctx.report(draftStatus, `Read ${file.name}${html ? ' (web page reduced to its article text)' : ''}: ${page.text.split(/\s+/).filter(Boolean).length} words.`);
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
      ctx.report(draftStatus, 'Select the words the answer should be in the article text first.');
      articleBox.focus();
      return;
    }
    addFact(answer.replace(/\s+/g, ' '), sentenceAround(text, start, end));
  });
  // The drafter has no call for one span, so the article is drafted again (under a second in the
  // worker) and its fact for these words taken when it made one: typed, with a question and wrong
  // answers like any drafted fact. Otherwise a gap-fill, typed from the pack's pools where it can.
  let adding = false;
  function addFact(answer: string, quote: string): void {
    if (adding) return;
    adding = true;
    selectionBtn.disabled = true;
    ctx.report(draftStatus, `Reading the sentence for “${answer}”…`);
    const article = ctx.doc().article;
    void startDraft({ text: article.text, options: draftOptions(article), namesIn: quote }, () => {}).result.then((result) => {
      adding = false;
      selectionBtn.disabled = false;
      const a = ctx.doc().article;
      const base = ctx.doc().pack ?? fillMeta(blankPack(a), a);
      const drafted = result.ok ? draftedFactFor(base, fillMeta(result.draft.pack, a), answer, quote) : null;
      const hints = result.ok ? result.draft.pack : undefined;
      const made = drafted?.fact ?? factFromSelection(base, answer, quote, hints, result.ok ? result.names : undefined);
      // In a pack of several articles, the fact is from the one in the box.
      const fact = base.facts.some((f) => f.source) ? { ...made, source: articleSource(a, base.source) } : made;
      ctx.openForms.add(fact.id);
      const withPools = drafted?.pools ? { ...base, pools: drafted.pools } : withPoolFrom(base, fact, hints);
      ctx.commit({ ...ctx.doc(), pack: { ...withPools, facts: [...base.facts, fact] } }, null, true);
      // A fact from a sentence that already has one shares its group (they give each other away),
      // so it adds variety, not a question: the author who wants a longer round is told so.
      const shared = fact.group !== undefined && base.facts.some((f) => (f.group ?? f.id) === fact.group);
      const round = shared ? ' It shares its sentence’s group with a fact already there, so a round is no longer for it: for one more question, select words in a sentence that has no fact yet.' : '';
      ctx.report(draftStatus, `Added a fact with the answer “${answer}”${drafted ? ' as the drafter drafts it' : ''}. Its form is open at the end of the list.${round}`);
      review.focusLastFactForm();
    });
  }

  return {
    element,
    render() {
      const article = ctx.doc().article;
      if (articleBox.value !== article.text) articleBox.value = article.text;
      for (const { input, field } of metas) if (input.value !== article[field]) input.value = article[field];
      const pack = ctx.doc().pack;
      addBtn.hidden = !pack || pack.facts.length === 0;
      const articles = pack ? packArticles(pack) : [];
      articlesBox.hidden = articles.length < 2;
      articlesList.replaceChildren(...articles.map((a) => el('li', {}, `${a.source.title} — ${a.source.publisher}, ${a.source.published} (${a.facts} fact${a.facts === 1 ? '' : 's'})`)));
    },
    focusText: () => articleBox.focus(),
  };
}
