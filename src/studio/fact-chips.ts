// On a fact's card, the two fixes an author makes most, each in one action: who the fact is about
// (a choice among the article's people: subject and wording follow) and its wrong answers as chips
// (× removes one; type one, or pick one of the article's names of the same kind, and Enter).
import type { Fact } from '../domain/pack/schema';
import type { StudioContext } from './context';
import type { StudioDoc } from './doc';
import { el, uid } from './dom';
import { addWrong, articlePeople, changeSubject, changeSubjectOnOthers, hasChips, othersAbout, removeWrong, sameKindNames, wrongChips } from './wrong-answers';

/** The last About change, per studio: its card offers to make the same change on the other facts
 *  about the old name (the card is rebuilt by the change, so the offer lives here). */
const aboutOffers = new WeakMap<StudioContext, { index: number; from: string; to: string }>();

export interface FactExtras {
  /** Who the fact is about: a choice, placed beside the card's buttons. */
  about: HTMLElement;
  /** The wrong answers as chips, with the box to add one: one line under the questions. */
  wrong: HTMLElement;
  refresh(): void;
}

export function factExtras(ctx: StudioContext, index: number, withFact: (fact: Fact) => StudioDoc): FactExtras {
  const factNow = () => ctx.doc().pack?.facts[index];
  const aboutId = uid('about');
  const about = el('select', { id: aboutId, 'data-testid': 'about' });
  const alsoBtn = el('button', { type: 'button', class: 'also-about', 'data-testid': 'about-everywhere', hidden: true });
  const aboutRow = el('div', { class: 'about-row' }, el('label', { for: aboutId }, 'About '), about, alsoBtn);
  const chips = el('ul', { class: 'chips', 'data-testid': 'wrong-chips', 'aria-label': 'Wrong answers' });
  const listId = uid('names');
  const names = el('datalist', { id: listId });
  const addId = uid('add-wrong');
  const addInput = el('input', { id: addId, list: listId, class: 'add-wrong', 'data-testid': 'add-wrong', placeholder: 'add one: type or pick', autocomplete: 'off' });
  const addBtn = el('button', { type: 'button', 'data-testid': 'add-wrong-button' }, 'Add');
  // One line: the label, the chips, the box to add one (its label read by screen readers only).
  const wrongBox = el('div', { class: 'wrong-box' }, el('span', { class: 'chips-label' }, 'Wrong answers:'), chips, el('div', { class: 'add-row' }, el('label', { for: addId, class: 'sr-only' }, 'Add a wrong answer '), addInput, names, addBtn));

  about.addEventListener('change', () => {
    const f = factNow();
    if (!f || about.value === f.subject) return;
    const old = f.subject;
    aboutOffers.set(ctx, { index, from: old, to: about.value });
    ctx.commit(withFact(changeSubject(f, about.value)), null, true);
    const others = othersAbout(ctx.doc().pack!, index, old);
    ctx.announce(`This fact is now about ${about.value}, not ${old}.${others ? ` ${others} other fact${others === 1 ? ' is' : 's are'} about ${old}: the button beside About changes them too.` : ''}`);
  });
  alsoBtn.addEventListener('click', () => {
    const offer = aboutOffers.get(ctx);
    const pack = ctx.doc().pack;
    if (!offer || offer.index !== index || !pack) return;
    aboutOffers.delete(ctx);
    const { pack: next, changed } = changeSubjectOnOthers(pack, index, offer.from, offer.to);
    ctx.commit({ ...ctx.doc(), pack: next }, null, true);
    ctx.announce(`${changed} more fact${changed === 1 ? ' is' : 's are'} now about ${offer.to}, not ${offer.from}. Undo takes it back.`);
  });
  const add = () => {
    const f = factNow();
    const value = addInput.value.trim();
    if (!f || !value) return;
    const next = addWrong(f, value);
    if (next === f) {
      ctx.announce(`“${value}” is the right answer: it cannot be a wrong one.`);
      return;
    }
    addInput.value = '';
    ctx.commit(withFact(next), null, false);
    ctx.announce(`Added the wrong answer “${value}”.`);
  };
  addBtn.addEventListener('click', add);
  addInput.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    add();
  });

  function refresh(): void {
    const f = factNow();
    if (!f) return;
    const pack = ctx.doc().pack!;
    const text = ctx.doc().article.text;
    const people = articlePeople(pack, text);
    if (!people.includes(f.subject)) people.unshift(f.subject);
    if (about.options.length !== people.length || [...about.options].some((o, i) => o.value !== people[i])) about.replaceChildren(...people.map((p) => el('option', { value: p }, p)));
    about.value = f.subject;
    // Offered on the card just changed, while other facts are still about the old name.
    const offer = aboutOffers.get(ctx);
    const others = offer && offer.index === index && offer.to === f.subject ? othersAbout(pack, index, offer.from) : 0;
    alsoBtn.hidden = others === 0;
    alsoBtn.textContent = offer && others ? `Also the ${others} other fact${others === 1 ? '' : 's'} about ${offer.from}` : '';
    wrongBox.hidden = !hasChips(f);
    if (wrongBox.hidden) return;
    const shown = wrongChips(f, ctx.previews().get(f.id) ?? []);
    chips.replaceChildren(
      ...shown.map((value) => {
        const remove = el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove the wrong answer ${value}` }, '×');
        remove.addEventListener('click', () => {
          const now = factNow();
          if (!now) return;
          ctx.commit(withFact(removeWrong(now, value)), null, false);
          ctx.announce(`Removed the wrong answer “${value}”.`);
          addInput.focus();
        });
        return el('li', { class: 'chip', 'data-testid': 'wrong-chip' }, el('span', {}, value), remove);
      }),
    );
    if (shown.length === 0) chips.append(el('li', { class: 'chip-empty' }, 'none yet: add 3'));
    names.replaceChildren(...sameKindNames(pack, f, text).filter((n) => !shown.includes(n)).map((n) => el('option', { value: n })));
  }

  return { about: aboutRow, wrong: wrongBox, refresh };
}
