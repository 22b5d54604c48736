// "2. Review the questions": the summary (how many facts, kept, groups, problems), the problems
// outside any card, the pack's details form, and a card for every fact and hand-written question.
import { MODE_RULES } from '../domain/modes';
import type { Pack } from '../domain/pack/schema';
import type { CardElement, CardHost } from './card-parts';
import type { StudioContext } from './context';
import { el } from './dom';
import { dropGaps } from './bulk-fixes';
import { factCard } from './fact-card';
import { fieldRow, fillSlots } from './field-row';
import { fieldFor, packFields, poolField } from './fields';
import { plainProblem } from './plain-problems';
import { questionCard } from './question-card';

export interface ReviewPane {
  element: HTMLElement;
  /** Rebuilt from the document: pack details, cards, problems. */
  render(): void;
  /** The latest check shown: on the cards, in the pack details and in the summary. */
  showProblems(): void;
  /** The summary alone: after an edit it says "Checking…" until the edited pack's check is in. */
  showSummary(): void;
  refreshCards(): void;
  /** After a draft: Keep on the first card, where the review starts. */
  focusFirstKeep(): void;
  /** After a fact is added: the first field of its form, on the last card. */
  focusLastFactForm(): void;
}

/** The pack details' fields: the metadata, and one per pool the pack has. */
/** A Classic round's length (the game's MODE_RULES). */
const ROUND_QUESTIONS = MODE_RULES.classic.questions;

const packDetailFields = (pack: Pack | null | undefined) => [...packFields(), ...Object.keys(pack?.pools ?? {}).map(poolField)];

export function mountReviewPane(ctx: StudioContext): ReviewPane {
  const summary = el('p', { class: 'summary', 'data-testid': 'summary', tabindex: -1 });
  const generalProblems = el('ul', { class: 'problems general-problems', 'data-testid': 'general-problems', 'aria-label': 'Problems in the pack details' });
  const pruneBtn = el('button', { type: 'button', class: 'danger', 'data-testid': 'remove-unkept', hidden: true }, 'Remove the facts not kept');
  const gapsBtn = el('button', { type: 'button', class: 'danger', 'data-testid': 'drop-gaps', hidden: true }, 'Remove the gap-fills');
  const packBox = el('details', { class: 'pack-details', 'data-testid': 'pack-details' });
  const cards = el('div', { class: 'cards', 'data-testid': 'cards' });
  const element = el(
    'section',
    { class: 'pane review-pane', 'aria-labelledby': 'review-heading' },
    el('h2', { id: 'review-heading' }, '2. Review the questions'),
    el('div', { class: 'button-row summary-row' }, summary, gapsBtn, pruneBtn),
    generalProblems,
    packBox,
    cards,
  );
  const host: CardHost = { ctx, list: cards, summary };

  // Keep the good ones, then drop the rest in one step (undo brings them back).
  pruneBtn.addEventListener('click', () => {
    const pack = ctx.doc().pack;
    if (!pack) return;
    const facts = pack.facts.filter((f) => f.review === undefined);
    const removed = pack.facts.length - facts.length;
    ctx.commit({ ...ctx.doc(), pack: { ...pack, facts } }, null, true);
    ctx.announce(`Removed ${removed} fact${removed === 1 ? '' : 's'} you did not keep; ${facts.length} left. Undo brings them back.`);
    summary.focus();
  });

  // Every "Fill the gap" card in one step, but one kept where a sentence has nothing else.
  gapsBtn.addEventListener('click', () => {
    const pack = ctx.doc().pack;
    if (!pack) return;
    const { pack: next, removed } = dropGaps(pack);
    if (!removed) return;
    ctx.commit({ ...ctx.doc(), pack: next }, null, true);
    ctx.announce(`Removed ${removed} gap-fill${removed === 1 ? '' : 's'}; a sentence with no other question keeps one. ${next.facts.length} facts left. Undo brings them back.`);
    summary.focus();
  });

  function renderPackDetails(): void {
    const pack = ctx.doc().pack;
    const wasOpen = packBox.open;
    packBox.replaceChildren();
    packBox.hidden = !pack;
    if (!pack) return;
    packBox.open = wasOpen;
    const body = el('div', { class: 'form-grid' });
    for (const spec of packDetailFields(pack)) body.append(fieldRow(ctx, spec, () => ctx.doc().pack!, (p) => ({ ...ctx.doc(), pack: p }), 'pack'));
    packBox.append(el('summary', {}, 'Pack details (title, id, authors, source, pools)'), body);
  }

  function renderCards(): void {
    const pack = ctx.doc().pack;
    cards.replaceChildren();
    if (!pack) {
      cards.append(el('p', { class: 'empty' }, 'No questions yet: paste an article and press Draft questions, or import a pack file.'));
      return;
    }
    pack.facts.forEach((_, i) => cards.append(factCard(host, i)));
    (pack.questions ?? []).forEach((_, i) => cards.append(questionCard(host, i)));
  }

  function refreshCards(): void {
    for (const c of Array.from(cards.querySelectorAll<HTMLElement>('[data-testid="card"], [data-testid="question-card"]'))) (c as CardElement).refresh?.();
  }

  function showProblems(): void {
    const pack = ctx.doc().pack;
    const checked = ctx.checked();
    refreshCards();
    const general = checked?.general ?? [];
    generalProblems.replaceChildren(...general.map((p) => el('li', { class: p.severity }, plainProblem(p, ctx.doc().pack))));
    generalProblems.hidden = general.length === 0;
    if (packBox.open || general.some((p) => p.severity === 'error')) {
      const keys = packDetailFields(pack).map((s) => s.key);
      fillSlots(packBox, general, (p) => fieldFor(p.path, keys));
    }
    showSummary();
  }

  /** How many facts, kept, groups, the round's length and whether it is ready, from the latest check. */
  function showSummary(): void {
    const pack = ctx.doc().pack;
    const checked = ctx.checked();
    if (!pack) {
      summary.textContent = 'No pack yet.';
      return;
    }
    const kept = pack.facts.filter((f) => f.review === undefined).length;
    pruneBtn.hidden = kept === 0 || kept === pack.facts.length;
    pruneBtn.textContent = `Remove the ${pack.facts.length - kept} facts not kept`;
    const gaps = dropGaps(pack).removed;
    gapsBtn.hidden = gaps === 0;
    gapsBtn.textContent = `Remove ${gaps} gap-fill${gaps === 1 ? '' : 's'} (“Fill the gap”)`;
    const errors = checked?.problems.filter((p) => p.severity === 'error').length ?? 0;
    const q = pack.questions?.length ?? 0;
    // A round asks one question per group at most (facts of one sentence share one): say how many
    // it asks, as the game's menu will, and why when it is fewer than a Classic round's ten.
    const groups = new Set([...pack.facts.map((f) => f.group ?? f.id), ...(pack.questions ?? []).map((hq) => hq.group ?? hq.id)]).size;
    const facts = `${pack.facts.length} fact${pack.facts.length === 1 ? '' : 's'} (${kept} kept)${q ? `, ${q} hand-written question${q === 1 ? '' : 's'}` : ''}, in ${groups} group${groups === 1 ? '' : 's'}`;
    const yields = checked?.pack === pack ? checked.roundQuestions : null;
    const round = yields === null ? `a round asks up to ${Math.min(groups, ROUND_QUESTIONS)}` : `a round of ${Math.min(yields, ROUND_QUESTIONS)} question${yields === 1 ? '' : 's'}${yields < ROUND_QUESTIONS ? ` (a full round has ${ROUND_QUESTIONS}: add facts from sentences that have none yet)` : ''}`;
    // Until this pack's own check is in, the last one was of the pack before the edit: say nothing from it.
    summary.textContent = `${facts}: ${round}. ${checked?.pack === pack ? (errors ? `${errors} problem${errors === 1 ? '' : 's'} to fix before playing.` : 'Ready to play.') : 'Checking…'}`;
  }

  return {
    element,
    render() {
      renderPackDetails();
      renderCards();
      showProblems();
    },
    showProblems,
    showSummary,
    refreshCards,
    focusFirstKeep() {
      cards.querySelector<HTMLElement>('[data-testid="card"] [data-testid="keep"]')?.focus({ preventScroll: true });
    },
    focusLastFactForm() {
      const all = cards.querySelectorAll<HTMLElement>('[data-testid="card"]');
      all[all.length - 1]?.querySelector<HTMLElement>('[data-testid="fact-form"] input, [data-testid="fact-form"] textarea')?.focus();
    },
  };
}
