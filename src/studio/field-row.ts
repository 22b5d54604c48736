// One editable field of a card or of the pack details, built from its `FieldSpec`: label, input,
// character counter and the slot where the validator's problems about that field are shown.
import type { PackProblem } from '../domain/pack/problems';
import type { StudioContext } from './context';
import type { StudioDoc } from './doc';
import { el, uid } from './dom';
import type { FieldSpec } from './fields';

/**
 * A labelled field with its counter and its problem slot, writing through `commit`. `write` puts
 * the edited object back into the document; `hook` may replace that write with a structural one
 * (retyping an answer rebuilds the form).
 */
export function fieldRow<T>(ctx: StudioContext, spec: FieldSpec<T>, read: () => T, write: (obj: T) => StudioDoc, scope: string, hook?: (value: string) => StudioDoc | undefined): HTMLElement {
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
      ctx.commit(hooked, null, true);
      return;
    }
    ctx.commit(write(spec.set(read(), input.value)), `${scope}:${spec.key}`);
    ctx.view.refreshCards();
  };
  input.addEventListener(spec.kind === 'select' ? 'change' : 'input', onChange);
  input.addEventListener('blur', () => ctx.seal());
  return el('div', { class: `field field-${spec.kind}` }, el('div', { class: 'field-head' }, el('label', { for: id }, spec.label), counter), input, help, slot);
}

/**
 * Each problem slot inside `container` shows the problems about its field (`fieldOf` names the
 * field a problem is about), and its input is marked invalid while one of them is an error.
 */
export function fillSlots<P extends PackProblem>(container: HTMLElement, problems: readonly P[], fieldOf: (problem: P) => string | null): void {
  for (const slot of Array.from(container.querySelectorAll<HTMLElement>('[data-problem-for]'))) {
    const ps = problems.filter((p) => fieldOf(p) === slot.dataset.problemFor);
    slot.replaceChildren(...ps.map((p) => el('p', { class: p.severity }, p.message)));
    const input = slot.parentElement?.querySelector('input, textarea, select');
    if (ps.some((p) => p.severity === 'error')) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  }
}
