// A fact's review card, compact so a draft's cards read in minutes: Keep / Delete / Edit and who it
// is about first (the actions an author takes most), the article's sentence once with the answer
// marked (only the answer when the card above quotes the same sentence), each question the
// engine makes of it on one line, the wrong answers as chips, its problems, and the form to edit
// every field (folded until Edit).
import type { Fact } from '../domain/pack/schema';
import { cardParts, renderPreview, showCardProblems, wireCardForm, type CardElement, type CardHost } from './card-parts';
import { highlightParts } from './cards';
import type { StudioContext } from './context';
import type { StudioDoc } from './doc';
import { el } from './dom';
import { factExtras } from './fact-chips';
import { fieldRow } from './field-row';
import { factFields, retypeAnswer } from './fields';

/** The card of the fact at `index`, read from the document each time, so edits show as they are typed. */
export function factCard(host: CardHost, index: number): CardElement {
  const { ctx } = host;
  const { headingId, title, preview, problems, edit, del, form } = cardParts('fact');
  const badge = el('span', { class: 'badge' });
  const sentence = el('blockquote', { class: 'sentence', 'data-testid': 'card-sentence' });
  // In a pack of several articles, which one this sentence is from.
  const cite = el('p', { class: 'cite', 'data-testid': 'card-source', hidden: true });
  const keep = el('button', { type: 'button', 'data-testid': 'keep' }, 'Keep');
  // On the first card of a sentence with several facts: drop them all in one click.
  const delGroup = el('button', { type: 'button', class: 'danger', 'data-testid': 'delete-group', hidden: true });
  const extras = factExtras(ctx, index, (nf) => withFact(ctx, index, nf));
  // The heading (subject — relation, the drafter's words) names the card for screen readers; on
  // screen About and the sentence say the same, so it is not read twice.
  title.classList.add('sr-only');
  const card: CardElement = el('article', { class: 'card', 'aria-labelledby': headingId, 'data-testid': 'card', 'data-fact-index': index }, title, el('div', { class: 'button-row card-actions' }, keep, del, delGroup, edit, extras.about, badge), sentence, cite, preview, extras.wrong, problems, form);
  const factNow = () => ctx.doc().pack?.facts[index];
  const describe = () => {
    const f = factNow();
    if (!f) return;
    title.textContent = `${typeof f.subject === 'string' ? f.subject : '?'} — ${typeof f.relation === 'string' ? f.relation : '?'}`;
    const kept = f.review === undefined;
    badge.textContent = kept ? 'Kept' : 'To review';
    badge.title = `Group ${typeof f.group === 'string' ? f.group : f.id}: facts of one group never meet in a round`;
    badge.className = `badge ${kept ? 'kept' : 'todo'}`;
    keep.hidden = kept;
    const group = groupOf(f);
    const facts = ctx.doc().pack?.facts ?? [];
    const inGroup = facts.filter((g) => groupOf(g) === group).length;
    delGroup.hidden = inGroup < 2 || facts.findIndex((g) => groupOf(g) === group) !== index;
    delGroup.textContent = `Delete all ${inGroup} of this sentence`;
    const parts = highlightParts(f);
    const marks = (ps: typeof parts) => ps.map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text)));
    // The card above has this very sentence: read once, so this card shows only its answer.
    const previous = index > 0 ? ctx.doc().pack?.facts[index - 1] : undefined;
    const sameAsAbove = previous !== undefined && previous.quote === f.quote && parts.some((p) => p.mark);
    sentence.dataset.quote = typeof f.quote === 'string' ? f.quote : '';
    sentence.classList.toggle('same-sentence', sameAsAbove);
    sentence.replaceChildren(...(sameAsAbove ? [el('span', { class: 'same-note' }, 'Same sentence as above; answer: '), ...marks(parts.filter((p) => p.mark)).flatMap((m, i) => (i ? [document.createTextNode(' … '), m] : [m]))] : marks(parts)));
    const src = f.source;
    cite.hidden = !src;
    if (src) {
      const name = `${src.title} — ${src.publisher}, ${src.published}`;
      cite.replaceChildren('From ', src.url && /^https?:\/\//.test(src.url) ? el('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, name) : name);
    }
  };
  card.refresh = () => {
    describe();
    const f = factNow();
    const checked = ctx.checked();
    const q = f ? ctx.previews().get(f.id) : undefined;
    renderPreview(preview, q, f ? checked?.byFact.get(index)?.some((p) => p.severity === 'error') : false, typeof f?.quote === 'string' ? f.quote : '');
    extras.refresh();
    showCardProblems(problems, form, checked?.byFact.get(index) ?? [], f ? factFields(f, poolNames(ctx)) : []);
  };
  const buildForm = () => {
    const f = factNow();
    if (!f) return;
    form.replaceChildren();
    for (const spec of factFields(f, poolNames(ctx))) {
      form.append(
        fieldRow(ctx, spec, () => ctx.doc().pack!.facts[index]!, (nf) => withFact(ctx, index, nf), `fact-${index}`, (value) => {
          if (spec.key === 'answer.type') return retype(ctx, index, value);
          if (spec.key === 'id') {
            // The open form follows its fact to the new id.
            const old = ctx.doc().pack?.facts[index]?.id;
            if (old && ctx.openForms.delete(old)) ctx.openForms.add(value);
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
    ctx.commit(withFact(ctx, index, rest), null, true);
    ctx.announce(`Kept: ${f.subject}.`);
    (host.list.querySelector<HTMLElement>(`[data-fact-index="${index}"] [data-testid="edit"]`) ?? edit).focus();
  });
  wireCardForm(ctx, card, form, edit, () => factNow()?.id, buildForm);
  del.addEventListener('click', () => {
    const pack = ctx.doc().pack;
    const f = factNow();
    if (!pack || !f) return;
    ctx.commit({ ...ctx.doc(), pack: { ...pack, facts: pack.facts.filter((_, i) => i !== index) } }, null, true);
    ctx.announce(`Deleted: ${f.subject}. Undo brings it back.`);
    const next = host.list.querySelectorAll<HTMLElement>('[data-testid="card"]')[index] ?? host.list.querySelector<HTMLElement>('[data-testid="card"]:last-of-type');
    (next?.querySelector<HTMLElement>('[data-testid="edit"]') ?? host.summary).focus();
  });
  delGroup.addEventListener('click', () => {
    const pack = ctx.doc().pack;
    const f = factNow();
    if (!pack || !f) return;
    const group = groupOf(f);
    const facts = pack.facts.filter((g) => groupOf(g) !== group);
    ctx.commit({ ...ctx.doc(), pack: { ...pack, facts } }, null, true);
    ctx.announce(`Deleted the ${pack.facts.length - facts.length} facts of this sentence. Undo brings them back.`);
    const next = host.list.querySelectorAll<HTMLElement>('[data-testid="card"]')[index] ?? host.list.querySelector<HTMLElement>('[data-testid="card"]:last-of-type');
    (next?.querySelector<HTMLElement>('[data-testid="edit"]') ?? host.summary).focus();
  });
  card.refresh();
  return card;
}

const groupOf = (f: Fact): string => (typeof f.group === 'string' ? f.group : f.id);

const poolNames = (ctx: StudioContext) => Object.keys(ctx.doc().pack?.pools ?? {});

function withFact(ctx: StudioContext, index: number, fact: Fact): StudioDoc {
  const pack = ctx.doc().pack!;
  return { ...ctx.doc(), pack: { ...pack, facts: pack.facts.map((f, i) => (i === index ? fact : f)) } };
}

function retype(ctx: StudioContext, index: number, type: string): StudioDoc {
  const f = ctx.doc().pack!.facts[index]!;
  return withFact(ctx, index, { ...f, answer: retypeAnswer(f.answer, type) as Fact['answer'] });
}
