// A hand-written question's card (imported from GIFT or Open Trivia DB, or in the pack's JSON):
// the question as the player sees it, its problems, Edit / Delete and its form.
import type { HandWrittenQuestion } from '../domain/pack/schema';
import type { Question } from '../domain/questions/types';
import { cardParts, renderPreview, showCardProblems, wireCardForm, type CardElement, type CardHost } from './card-parts';
import type { StudioDoc } from './doc';
import { el } from './dom';
import { fieldRow } from './field-row';
import { questionFields } from './fields';

/** The card of the hand-written question at `index`, read from the document each time. */
export function questionCard(host: CardHost, index: number): CardElement {
  const { ctx } = host;
  const { headingId, title, preview, problems, edit, del, form } = cardParts('question');
  const card: CardElement = el('article', { class: 'card', 'aria-labelledby': headingId, 'data-testid': 'question-card' }, el('header', {}, title, el('span', { class: 'badge' }, 'Hand-written')), preview, problems, el('div', { class: 'button-row card-actions' }, edit, del), form);
  const now = () => ctx.doc().pack?.questions?.[index];
  const formKey = `question:${index}`;
  card.refresh = () => {
    const x = now();
    if (!x) return;
    title.textContent = typeof x.prompt === 'string' ? x.prompt : x.id;
    const ps = ctx.checked()?.byQuestion.get(index) ?? [];
    const ok = Array.isArray(x.options) && !ps.some((p) => p.severity === 'error');
    renderPreview(preview, ok ? [{ prompt: x.prompt, options: x.options, answer: x.answer, form: 'hand-written' } as Question] : undefined, !ok);
    showCardProblems(problems, form, ps, questionFields(x));
    // The right-answer list follows the options as they are typed (rebuilt in place, focus kept).
    const pick = form.querySelector<HTMLSelectElement>(`select[data-key="question-${index}:answer"]`);
    const answerSpec = questionFields(x).find((f) => f.key === 'answer');
    if (pick && answerSpec?.options && Array.from(pick.options).map((o) => o.text).join('\n') !== answerSpec.options.map(([, l]) => l).join('\n')) {
      pick.replaceChildren(...answerSpec.options.map(([v, l]) => el('option', { value: v }, l)));
      pick.value = answerSpec.get(x);
    }
  };
  const withQuestion = (nq: HandWrittenQuestion): StudioDoc => {
    const pack = ctx.doc().pack!;
    return { ...ctx.doc(), pack: { ...pack, questions: (pack.questions ?? []).map((y, i) => (i === index ? nq : y)) } };
  };
  const buildForm = () => {
    const x = now();
    if (!x) return;
    form.replaceChildren(...questionFields(x).map((spec) => fieldRow(ctx, spec, () => ctx.doc().pack!.questions![index]!, withQuestion, `question-${index}`)));
  };
  wireCardForm(ctx, card, form, edit, () => formKey, buildForm);
  del.addEventListener('click', () => {
    const pack = ctx.doc().pack;
    if (!pack) return;
    ctx.openForms.delete(formKey);
    ctx.commit({ ...ctx.doc(), pack: { ...pack, questions: (pack.questions ?? []).filter((_, i) => i !== index) } }, null, true);
    ctx.announce('Deleted the question. Undo brings it back.');
  });
  card.refresh();
  return card;
}
