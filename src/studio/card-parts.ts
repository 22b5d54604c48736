// What the fact cards and the hand-written question cards have in common: the question as the
// player will see it, the problems (at their field while the form is open, listed on the card
// otherwise), and the Edit button that opens the form and keeps it open across rebuilds.
import type { PackProblem } from '../domain/pack/problems';
import type { Question } from '../domain/questions/types';
import type { StudioContext } from './context';
import { el, uid } from './dom';
import { fillSlots } from './field-row';
import { fieldFor } from './fields';

/** A card redraws itself from the document in place: typing must not rebuild the form it is in. */
export type CardElement = HTMLElement & { refresh?: () => void };

export interface CardHost {
  readonly ctx: StudioContext;
  /** The cards' container: after an action rebuilds it, focus goes to the card now in that place. */
  readonly list: HTMLElement;
  /** Focus goes here when no card is left to take it. */
  readonly summary: HTMLElement;
}

export type FieldProblem = PackProblem & { field: string };

/**
 * The parts both kinds of card have. The test ids on the preview, the problems and Delete are the
 * fact card's only: the page's tests and scripts find fact cards by them.
 */
export function cardParts(kind: 'fact' | 'question') {
  const headingId = uid('card');
  const isFact = kind === 'fact';
  return {
    headingId,
    title: el('h3', { id: headingId, class: 'card-title' }),
    preview: el('div', { class: 'preview', 'data-testid': isFact ? 'card-preview' : null }),
    problems: el('ul', { class: 'problems card-problems', 'data-testid': isFact ? 'card-problems' : null, 'aria-label': `Problems in this ${kind}` }),
    edit: el('button', { type: 'button', 'aria-expanded': 'false', 'data-testid': 'edit' }, 'Edit'),
    del: el('button', { type: 'button', class: 'danger', 'data-testid': isFact ? 'delete' : null }, 'Delete'),
    form: el('div', { class: 'fact-form form-grid', hidden: true, 'data-testid': `${kind}-form` }),
  };
}

export function renderPreview(box: HTMLElement, q: Question | null | undefined, broken: boolean | undefined): void {
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

/**
 * The card's problems: each at its field while the form is open, the rest (all of them, with the
 * form closed) in the card's own list. `keys` are the fields the form has.
 */
export function showCardProblems(list: HTMLElement, form: HTMLElement, problems: readonly FieldProblem[], keys: readonly string[]): void {
  const loose = problems.filter((p) => form.hidden || fieldFor(p.field, keys) === null);
  list.replaceChildren(...loose.map((p) => el('li', { class: p.severity }, `${p.field ? `${p.field}: ` : ''}${p.message}`)));
  list.hidden = loose.length === 0;
  if (!form.hidden) fillSlots(form, problems, (p) => fieldFor(p.field, keys));
}

/**
 * Edit opens and closes the card's form. An open form is remembered in `openForms` under
 * `formKey` (undefined: the card's item is gone), so the card opens it again when rebuilt.
 */
export function wireCardForm(ctx: StudioContext, card: CardElement, form: HTMLElement, edit: HTMLElement, formKey: () => string | undefined, buildForm: () => void): void {
  const setOpen = (open: boolean, key: string) => {
    form.hidden = !open;
    edit.setAttribute('aria-expanded', String(open));
    edit.textContent = open ? 'Close' : 'Edit';
    if (open) {
      ctx.openForms.add(key);
      buildForm();
    } else ctx.openForms.delete(key);
  };
  edit.addEventListener('click', () => {
    const key = formKey();
    if (key === undefined) return;
    setOpen(form.hidden, key);
    if (!form.hidden) form.querySelector<HTMLElement>('input, textarea, select')?.focus();
    ctx.seal();
    card.refresh?.();
  });
  const key = formKey();
  if (key !== undefined && ctx.openForms.has(key)) setOpen(true, key);
}
