// The pack studio: paste an article → draft in a worker → review cards (sentence with the answer
// marked, the real question, Keep / Edit / Delete) → play, download or share. Every change goes
// through one history (undo/redo) and is autosaved to IndexedDB; problems come from the same
// validator as `quiz check` and the game, shown at the field they are about.
import type { Fact, Pack } from '../domain/pack/schema';
import { describeProblem, type PackProblem } from '../domain/pack/problems';
import type { Question } from '../domain/questions/types';
import { slug } from '../authoring/draft/slug';
import { MAX_INPUT_CHARS } from '../authoring/draft/limits';
import { encodePackLink, handOverPack, PACK_REF_KEY, packLinkUrl, type PackLinkEncoded } from '../share/pack-link';
import { articleFromHtml, looksLikeHtml } from './article-html';
import { blankPack, factFromSelection, fillMeta } from './article-pack';
import { highlightParts, packText, sentenceAround } from './cards';
import { createStudioContext, type StudioOptions, type StudioView } from './context';
import { emptyDoc, PLAY_MODES, type Article, type PlayMode, type StudioDoc } from './doc';
import { el, uid } from './dom';
import { startDraft, type DraftRun } from './draft-client';
import { factFields, fieldFor, packFields, poolField, questionFields, retypeAnswer, type FieldSpec } from './fields';
import { mountHeader } from './header';
import { importPackFile } from './import-file';
import { createLiveRegion } from './live-region';
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
      updateProblems();
      updatePlay();
    },
    showHistory: () => header.showHistory(),
    showSaveState: (text) => header.showSaveState(text),
    refreshCards: () => refreshCards(),
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

  // ---- 2. review ---------------------------------------------------------------------------------
  const summary = el('p', { class: 'summary', 'data-testid': 'summary', tabindex: -1 });
  const generalProblems = el('ul', { class: 'problems general-problems', 'data-testid': 'general-problems', 'aria-label': 'Problems in the pack details' });
  const pruneBtn = el('button', { type: 'button', class: 'danger', 'data-testid': 'remove-unkept', hidden: true }, 'Remove the facts not kept');
  const packBox = el('details', { class: 'pack-details', 'data-testid': 'pack-details' });
  const cards = el('div', { class: 'cards', 'data-testid': 'cards' });
  const reviewSection = el(
    'section',
    { class: 'pane review-pane', 'aria-labelledby': 'review-heading' },
    el('h2', { id: 'review-heading' }, '2. Review the questions'),
    el('div', { class: 'button-row summary-row' }, summary, pruneBtn),
    generalProblems,
    packBox,
    cards,
  );

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
  root.replaceChildren(header.element, el('div', { class: 'studio-grid' }, el('div', { class: 'side' }, articleSection, playSection, draftsSection), reviewSection), live.element);

  // ---- rendering ---------------------------------------------------------------------------------
  function renderAll(): void {
    const d = doc();
    if (articleBox.value !== d.article.text) articleBox.value = d.article.text;
    for (const [m, f] of [[titleIn, 'title'], [publisherIn, 'publisher'], [dateIn, 'published'], [urlIn, 'url'], [authorIn, 'author']] as const) {
      if (m.input.value !== d.article[f]) m.input.value = d.article[f];
    }
    modeSelect.value = d.mode;
    renderPackDetails();
    renderCards();
    updateProblems();
    updatePlay();
  }

  function renderPackDetails(): void {
    const pack = doc().pack;
    const wasOpen = packBox.open;
    packBox.replaceChildren();
    packBox.hidden = !pack;
    if (!pack) return;
    packBox.open = wasOpen;
    const body = el('div', { class: 'form-grid' });
    const fields = [...packFields(), ...Object.keys(pack.pools ?? {}).map(poolField)];
    for (const spec of fields) body.append(fieldRow(spec, () => doc().pack!, (p) => ({ ...doc(), pack: p }), 'pack'));
    packBox.append(el('summary', {}, 'Pack details (title, id, authors, source, pools)'), body);
  }

  function renderCards(): void {
    const pack = doc().pack;
    cards.replaceChildren();
    if (!pack) {
      cards.append(el('p', { class: 'empty' }, 'No questions yet: paste an article and press Draft questions, or import a pack file.'));
      return;
    }
    pack.facts.forEach((fact, i) => cards.append(factCard(fact, i)));
    (pack.questions ?? []).forEach((q, i) => cards.append(questionCard(q, i)));
  }

  function factCard(fact: Fact, index: number): HTMLElement {
    const headingId = uid('card');
    const title = el('h3', { id: headingId, class: 'card-title' });
    const badge = el('span', { class: 'badge' });
    const sentence = el('blockquote', { class: 'sentence', 'data-testid': 'card-sentence' });
    const preview = el('div', { class: 'preview', 'data-testid': 'card-preview' });
    const problems = el('ul', { class: 'problems card-problems', 'data-testid': 'card-problems', 'aria-label': 'Problems in this fact' });
    const keep = el('button', { type: 'button', 'data-testid': 'keep' }, 'Keep');
    const edit = el('button', { type: 'button', 'aria-expanded': 'false', 'data-testid': 'edit' }, 'Edit');
    const del = el('button', { type: 'button', class: 'danger', 'data-testid': 'delete' }, 'Delete');
    const form = el('div', { class: 'fact-form form-grid', hidden: true, 'data-testid': 'fact-form' });
    const card = el('article', { class: 'card', 'aria-labelledby': headingId, 'data-testid': 'card', 'data-fact-index': index }, el('header', {}, title, badge), sentence, preview, problems, el('div', { class: 'button-row card-actions' }, keep, edit, del), form);
    const factNow = () => doc().pack?.facts[index];
    const describe = () => {
      const f = factNow();
      if (!f) return;
      title.textContent = `${typeof f.subject === 'string' ? f.subject : '?'} — ${typeof f.relation === 'string' ? f.relation : '?'}`;
      const kept = f.review === undefined;
      badge.textContent = `${kept ? 'Kept' : 'To review'} · group ${typeof f.group === 'string' ? f.group : f.id}`;
      badge.className = `badge ${kept ? 'kept' : 'todo'}`;
      keep.hidden = kept;
      sentence.replaceChildren(...highlightParts(f).map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text))));
    };
    (card as CardElement).refresh = () => {
      describe();
      const f = factNow();
      const q = f ? ctx.previews().get(f.id) : undefined;
      renderPreview(preview, q, f ? ctx.checked()?.byFact.get(index)?.some((p) => p.severity === 'error') : false);
      const ps = ctx.checked()?.byFact.get(index) ?? [];
      const keys = f ? factFields(f, poolNames()).map((s) => s.key) : [];
      const loose = ps.filter((p) => form.hidden || fieldFor(p.field, keys) === null);
      problems.replaceChildren(...loose.map((p) => el('li', { class: p.severity }, `${p.field ? `${p.field}: ` : ''}${p.message}`)));
      problems.hidden = loose.length === 0;
      if (!form.hidden) for (const slot of Array.from(form.querySelectorAll<HTMLElement>('[data-problem-for]'))) fillSlot(slot, ps.filter((p) => fieldFor(p.field, keys) === slot.dataset.problemFor));
    };
    const buildForm = () => {
      const f = factNow();
      if (!f) return;
      form.replaceChildren();
      for (const spec of factFields(f, poolNames())) {
        form.append(
          fieldRow(spec, () => doc().pack!.facts[index]!, (nf) => withFact(index, nf), `fact-${index}`, (value) => {
            if (spec.key === 'answer.type') return retype(index, value);
            if (spec.key === 'id') {
              const old = doc().pack?.facts[index]?.id;
              if (old && openForms.delete(old)) openForms.add(value);
            }
            return undefined;
          }),
        );
      }
    };
    keep.addEventListener('click', () => {
      const f = factNow();
      if (!f) return;
      const { review: _drop, ...rest } = f;
      commit(withFact(index, rest), null, true);
      announce(`Kept: ${f.subject}.`);
      (cards.querySelector<HTMLElement>(`[data-fact-index="${index}"] [data-testid="edit"]`) ?? edit).focus();
    });
    edit.addEventListener('click', () => {
      const f = factNow();
      if (!f) return;
      const open = form.hidden;
      form.hidden = !open;
      edit.setAttribute('aria-expanded', String(open));
      edit.textContent = open ? 'Close' : 'Edit';
      if (open) {
        openForms.add(f.id);
        buildForm();
        form.querySelector<HTMLElement>('input, textarea, select')?.focus();
      } else openForms.delete(f.id);
      ctx.seal();
      (card as CardElement).refresh?.();
    });
    del.addEventListener('click', () => {
      const pack = doc().pack;
      const f = factNow();
      if (!pack || !f) return;
      commit({ ...doc(), pack: { ...pack, facts: pack.facts.filter((_, i) => i !== index) } }, null, true);
      announce(`Deleted: ${f.subject}. Undo brings it back.`);
      const next = cards.querySelectorAll<HTMLElement>('[data-testid="card"]')[index] ?? cards.querySelector<HTMLElement>('[data-testid="card"]:last-of-type');
      (next?.querySelector<HTMLElement>('[data-testid="edit"]') ?? summary).focus();
    });
    if (openForms.has(fact.id)) {
      form.hidden = false;
      edit.setAttribute('aria-expanded', 'true');
      edit.textContent = 'Close';
      buildForm();
    }
    (card as CardElement).refresh?.();
    return card;
  }

  function questionCard(q: NonNullable<Pack['questions']>[number], index: number): HTMLElement {
    const headingId = uid('card');
    const title = el('h3', { id: headingId, class: 'card-title' });
    const preview = el('div', { class: 'preview' });
    const problems = el('ul', { class: 'problems card-problems', 'aria-label': 'Problems in this question' });
    const edit = el('button', { type: 'button', 'aria-expanded': 'false', 'data-testid': 'edit' }, 'Edit');
    const del = el('button', { type: 'button', class: 'danger' }, 'Delete');
    const form = el('div', { class: 'fact-form form-grid', hidden: true, 'data-testid': 'question-form' });
    const card = el('article', { class: 'card', 'aria-labelledby': headingId, 'data-testid': 'question-card' }, el('header', {}, title, el('span', { class: 'badge' }, 'Hand-written')), preview, problems, el('div', { class: 'button-row card-actions' }, edit, del), form);
    const now = () => doc().pack?.questions?.[index];
    const formKey = `question:${index}`;
    (card as CardElement).refresh = () => {
      const x = now();
      if (!x) return;
      title.textContent = typeof x.prompt === 'string' ? x.prompt : x.id;
      const ps = ctx.checked()?.byQuestion.get(index) ?? [];
      const ok = Array.isArray(x.options) && !ps.some((p) => p.severity === 'error');
      renderPreview(preview, ok ? ({ prompt: x.prompt, options: x.options, answer: x.answer, form: 'hand-written' } as Question) : undefined, !ok);
      const keys = questionFields(x).map((f) => f.key);
      const loose = ps.filter((p) => form.hidden || fieldFor(p.field, keys) === null);
      problems.replaceChildren(...loose.map((p) => el('li', { class: p.severity }, `${p.field ? `${p.field}: ` : ''}${p.message}`)));
      problems.hidden = loose.length === 0;
      if (!form.hidden) for (const slot of Array.from(form.querySelectorAll<HTMLElement>('[data-problem-for]'))) fillSlot(slot, ps.filter((p) => fieldFor(p.field, keys) === slot.dataset.problemFor));
      // The right-answer list follows the options as they are typed (rebuilt in place, focus kept).
      const pick = form.querySelector<HTMLSelectElement>(`select[data-key="question-${index}:answer"]`);
      const answerSpec = questionFields(x).find((f) => f.key === 'answer');
      if (pick && answerSpec?.options && Array.from(pick.options).map((o) => o.text).join('\n') !== answerSpec.options.map(([, l]) => l).join('\n')) {
        pick.replaceChildren(...answerSpec.options.map(([v, l]) => el('option', { value: v }, l)));
        pick.value = answerSpec.get(x);
      }
    };
    const withQuestion = (nq: typeof q): StudioDoc => {
      const pack = doc().pack!;
      return { ...doc(), pack: { ...pack, questions: (pack.questions ?? []).map((y, i) => (i === index ? nq : y)) } };
    };
    const buildForm = () => {
      const x = now();
      if (!x) return;
      form.replaceChildren(...questionFields(x).map((spec) => fieldRow(spec, () => doc().pack!.questions![index]!, withQuestion, `question-${index}`)));
    };
    const setOpen = (open: boolean) => {
      form.hidden = !open;
      edit.setAttribute('aria-expanded', String(open));
      edit.textContent = open ? 'Close' : 'Edit';
      if (open) {
        openForms.add(formKey);
        buildForm();
      } else openForms.delete(formKey);
    };
    edit.addEventListener('click', () => {
      setOpen(form.hidden);
      if (!form.hidden) form.querySelector<HTMLElement>('textarea, input, select')?.focus();
      ctx.seal();
      (card as CardElement).refresh?.();
    });
    del.addEventListener('click', () => {
      const pack = doc().pack;
      if (!pack) return;
      openForms.delete(formKey);
      commit({ ...doc(), pack: { ...pack, questions: (pack.questions ?? []).filter((_, i) => i !== index) } }, null, true);
      announce('Deleted the question. Undo brings it back.');
    });
    if (openForms.has(formKey)) setOpen(true);
    (card as CardElement).refresh?.();
    return card;
  }

  function renderPreview(box: HTMLElement, q: Question | null | undefined, broken: boolean | undefined): void {
    box.replaceChildren();
    if (!q) {
      box.append(el('p', { class: 'no-preview' }, broken ? 'Fix the problems below to see the question.' : q === null ? 'This fact makes no fair question yet (it needs wrong answers: a pool, a list, or other facts like it).' : 'Checking…'));
      return;
    }
    box.append(
      el('p', { class: 'preview-label' }, `The player sees (${q.form.replace('-', ' ')}):`),
      el('p', { class: 'prompt', 'data-testid': 'preview-prompt' }, q.prompt),
      el('ol', { class: 'options', 'data-testid': 'preview-options' }, ...q.options.map((o, i) => el('li', { class: i === q.answer ? 'right' : '' }, o, i === q.answer ? el('span', { class: 'sr-only' }, ' (right answer)') : null))),
    );
  }

  /** A labelled field with its counter and its problem slot, writing through `commit`. */
  function fieldRow<T>(spec: FieldSpec<T>, read: () => T, write: (obj: T) => StudioDoc, scope: string, hook?: (value: string) => StudioDoc | undefined): HTMLElement {
    const id = uid('f');
    const value = spec.get(read());
    let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (spec.kind === 'select') {
      input = el('select', { id }, ...(spec.options ?? []).map(([v, l]) => el('option', { value: v }, l)));
      if (!(spec.options ?? []).some(([v]) => v === value)) input.append(el('option', { value }, value || '—'));
    } else if (spec.kind === 'textarea' || spec.kind === 'lines') {
      input = el('textarea', { id, rows: spec.kind === 'lines' ? 4 : 2 });
    } else {
      input = el('input', { id, type: spec.kind === 'number' ? 'text' : 'text', inputmode: spec.kind === 'number' ? 'decimal' : null });
    }
    input.value = value;
    input.dataset.key = `${scope}:${spec.key}`;
    const counter = spec.max ? el('span', { class: 'counter', 'aria-hidden': 'true' }) : null;
    const slot = el('div', { class: 'field-problem', id: `${id}-problem`, 'data-problem-for': spec.key, 'data-testid': `problem-${spec.key}` });
    const help = spec.help ? el('span', { class: 'help', id: `${id}-help` }, spec.help) : null;
    input.setAttribute('aria-describedby', [`${id}-problem`, help ? `${id}-help` : '', counter ? `${id}-count` : ''].filter(Boolean).join(' '));
    if (counter) counter.id = `${id}-count`;
    const count = () => {
      if (!counter || !spec.max) return;
      const longest = spec.kind === 'lines' ? Math.max(0, ...input.value.split('\n').map((l) => l.length)) : input.value.length;
      counter.textContent = `${longest} / ${spec.max}`;
      counter.classList.toggle('over', longest > spec.max);
      counter.removeAttribute('aria-hidden');
      if (longest <= spec.max * 0.9) counter.setAttribute('aria-hidden', 'true');
    };
    count();
    const onChange = () => {
      count();
      const hooked = hook?.(input.value);
      if (hooked) {
        commit(hooked, null, true);
        return;
      }
      commit(write(spec.set(read(), input.value)), `${scope}:${spec.key}`);
      refreshCards();
    };
    input.addEventListener(spec.kind === 'select' ? 'change' : 'input', onChange);
    input.addEventListener('blur', () => ctx.seal());
    return el('div', { class: `field field-${spec.kind}` }, el('div', { class: 'field-head' }, el('label', { for: id }, spec.label), counter), input, help, slot);
  }

  function fillSlot(slot: HTMLElement, ps: readonly (PackProblem & { field?: string })[]): void {
    slot.replaceChildren(...ps.map((p) => el('p', { class: p.severity }, p.message)));
    const input = slot.parentElement?.querySelector('input, textarea, select');
    if (ps.some((p) => p.severity === 'error')) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  }

  function refreshCards(): void {
    for (const c of Array.from(cards.querySelectorAll<HTMLElement>('[data-testid="card"], [data-testid="question-card"]'))) (c as CardElement).refresh?.();
  }

  function updateProblems(): void {
    const pack = doc().pack;
    refreshCards();
    const general = ctx.checked()?.general ?? [];
    generalProblems.replaceChildren(...general.map((p) => el('li', { class: p.severity }, describeProblem(p))));
    generalProblems.hidden = general.length === 0;
    if (packBox.open || general.some((p) => p.severity === 'error')) {
      const keys = [...packFields(), ...Object.keys(pack?.pools ?? {}).map(poolField)].map((s) => s.key);
      for (const slot of Array.from(packBox.querySelectorAll<HTMLElement>('[data-problem-for]'))) fillSlot(slot, general.filter((p) => fieldFor(p.path, keys) === slot.dataset.problemFor));
    }
    if (!pack) {
      summary.textContent = 'No pack yet.';
      return;
    }
    const kept = pack.facts.filter((f) => f.review === undefined).length;
    pruneBtn.hidden = kept === 0 || kept === pack.facts.length;
    pruneBtn.textContent = `Remove the ${pack.facts.length - kept} facts not kept`;
    const errors = ctx.checked()?.problems.filter((p) => p.severity === 'error').length ?? 0;
    const q = pack.questions?.length ?? 0;
    // A round asks one question per group at most (facts of one sentence share one): say how long.
    const groups = new Set([...pack.facts.map((f) => f.group ?? f.id), ...(pack.questions ?? []).map((hq) => hq.group ?? hq.id)]).size;
    summary.textContent = `${pack.facts.length} fact${pack.facts.length === 1 ? '' : 's'} (${kept} kept)${q ? `, ${q} hand-written question${q === 1 ? '' : 's'}` : ''}, in ${groups} group${groups === 1 ? '' : 's'}: a round asks up to ${Math.min(groups, 10)}. ${ctx.checked() ? (errors ? `${errors} problem${errors === 1 ? '' : 's'} to fix before playing.` : 'Ready to play.') : 'Checking…'}`;
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

  // ---- edits to the pack -------------------------------------------------------------------------
  const poolNames = () => Object.keys(doc().pack?.pools ?? {});
  function withFact(index: number, fact: Fact): StudioDoc {
    const pack = doc().pack!;
    return { ...doc(), pack: { ...pack, facts: pack.facts.map((f, i) => (i === index ? fact : f)) } };
  }
  function retype(index: number, type: string): StudioDoc {
    const f = doc().pack!.facts[index]!;
    return withFact(index, { ...f, answer: retypeAnswer(f.answer, type) as Fact['answer'] });
  }

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
      cards.querySelector<HTMLElement>('[data-testid="card"] [data-testid="keep"]')?.focus({ preventScroll: true });
      // One column (a phone): the cards are below the article, so bring them up.
      if (window.matchMedia('(max-width: 820px)').matches) reviewSection.scrollIntoView({ block: 'start' });
    });
  });
  cancelBtn.addEventListener('click', () => running?.cancel());
  // Keep the good ones, then drop the rest in one step (undo brings them back).
  pruneBtn.addEventListener('click', () => {
    const pack = doc().pack;
    if (!pack) return;
    const facts = pack.facts.filter((f) => f.review === undefined);
    const removed = pack.facts.length - facts.length;
    commit({ ...doc(), pack: { ...pack, facts } }, null, true);
    announce(`Removed ${removed} fact${removed === 1 ? '' : 's'} you did not keep; ${facts.length} left. Undo brings them back.`);
    summary.focus();
  });

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
    const cardsNow = cards.querySelectorAll<HTMLElement>('[data-testid="card"]');
    cardsNow[cardsNow.length - 1]?.querySelector<HTMLElement>('[data-testid="fact-form"] input, [data-testid="fact-form"] textarea')?.focus();
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

type CardElement = HTMLElement & { refresh?: () => void };

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
