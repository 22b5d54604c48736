// What the fact cards and the hand-written question cards have in common: the question as the
// player will see it, the problems (at their field while the form is open, listed on the card
// otherwise), and the Edit button that opens the form and keeps it open across rebuilds.
import type { PackProblem } from '../domain/pack/problems';
import type { Question } from '../domain/questions/types';
import type { StudioContext } from './context';
import { abridge } from './abridge';
import { el, uid } from './dom';
import { fillSlots } from './field-row';
import { fieldFor } from './fields';
import { fieldLabel } from './plain-problems';

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

/** What each form is called where the player meets it (short: it opens the form's one line). */
const FORM_WORDS: Record<Question['form'], string> = {
  direct: 'Question',
  identify: 'Question',
  'true-false': 'True or false',
  closest: 'Closest number',
  'which-first': 'Which came first',
  order: 'Put in order',
  'odd-one-out': 'Odd one out',
  'hand-written': 'Question',
};

/**
 * Every question the player may meet for this item (a round picks one of them), each on one line:
 * what kind it is, its prompt (“same question” when an earlier form asks it already, and the words
 * it shares with the card's `sentence` cut to "…": they need reading once) and its options as chips, the right one marked. The first keeps the test ids
 * `preview-prompt` and `preview-options`; each has `preview-question`.
 */
export function renderPreview(box: HTMLElement, questions: readonly Question[] | undefined, broken: boolean | undefined, sentence = ''): void {
  box.replaceChildren();
  if (!questions || questions.length === 0) {
    box.append(el('p', { class: 'no-preview' }, broken ? 'Fix the problems below to see the questions.' : questions ? 'This fact makes no fair question yet (it needs wrong answers: a pool, a list, or other facts like it).' : 'Checking…'));
    return;
  }
  const asked = new Set<string>();
  questions.forEach((q, n) => {
    const repeat = asked.has(q.prompt);
    asked.add(q.prompt);
    // What the card's sentence already says is cut to "…" on screen; a screen reader hears it all.
    const short = sentence ? abridge(q.prompt, sentence) : q.prompt;
    const promptText = repeat ? 'the same question' : short === q.prompt ? q.prompt : [el('span', { 'aria-hidden': 'true' }, short), el('span', { class: 'sr-only' }, q.prompt)];
    box.append(
      el(
        'div',
        { class: 'preview-question', 'data-testid': 'preview-question', 'data-form': q.form },
        el('span', { class: 'form-name' }, `${FORM_WORDS[q.form]}:`),
        ' ',
        el('span', { class: repeat ? 'prompt repeat' : 'prompt', 'data-testid': n === 0 ? 'preview-prompt' : null, title: repeat || short !== q.prompt ? q.prompt : null }, ...[promptText].flat()),
        ' ',
        el('ol', { class: 'options', 'data-testid': n === 0 ? 'preview-options' : null }, ...q.options.map((o, i) => el('li', { class: i === q.answer ? 'right' : '' }, o, i === q.answer ? el('span', { class: 'sr-only' }, ' (right answer)') : null))),
      ),
    );
  });
}

/**
 * The card's problems: each at its field while the form is open, the rest (all of them, with the
 * form closed) in the card's own list. `fields` are the fields the form has.
 */
export function showCardProblems(list: HTMLElement, form: HTMLElement, problems: readonly FieldProblem[], fields: ReadonlyArray<{ key: string; label: string }>): void {
  const keys = fields.map((f) => f.key);
  const loose = problems.filter((p) => form.hidden || fieldFor(p.field, keys) === null);
  // In the form's words: the field's label, not its JSON path.
  list.replaceChildren(...loose.map((p) => el('li', { class: p.severity }, `${p.field ? `${fieldLabel(p.field, fields)}: ` : ''}${p.message}`)));
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
