// The card's wrong-answer chips and "About" choice, on a real draft: what a player can meet,
// removing and adding one, the article's names of the same kind, and changing who a fact is about.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import type { Fact } from '../../src/domain/pack/schema';
import { validatePack } from '../../src/domain/pack/validate';
import { checkPack, previewQuestions } from '../../src/studio/cards';
import { addWrong, articlePeople, changeSubject, changeSubjectOnOthers, hasChips, othersAbout, removeWrong, sameKindNames, wrongChips } from '../../src/studio/wrong-answers';

const text = readFileSync('tests/fixtures/draft-corpus/tuchel-sacked.txt', 'utf8');
const { pack } = draftPack(text);
const previews = previewQuestions(pack, checkPack(pack));
const entityFact = pack.facts.find((f) => hasChips(f) && f.distractors?.pool && (previews.get(f.id) ?? []).some((q) => q.form === 'identify'))!;

const optionsOf = (fact: Fact) => {
  const p = { ...pack, facts: pack.facts.map((f) => (f.id === fact.id ? fact : f)) };
  const qs = previewQuestions(p, checkPack(p)).get(fact.id) ?? [];
  const q = qs.find((x) => x.form === 'identify')!;
  return q.options.filter((_, i) => i !== q.answer);
};

describe('wrong answers as chips', () => {
  it('are the ones a player can meet: the author’s list, then what the preview drew', () => {
    const chips = wrongChips(entityFact, previews.get(entityFact.id)!);
    for (const o of optionsOf(entityFact)) expect(chips).toContain(o);
    expect(chips).not.toContain((entityFact.answer as { value: string }).value);
    expect(hasChips({ ...entityFact, answer: { type: 'number', value: 3 } })).toBe(false);
  });

  it('removing one keeps it out of every question; adding one puts it in play; the answer is never one', () => {
    const first = optionsOf(entityFact)[0]!;
    const without = removeWrong(entityFact, first);
    expect(validatePack({ ...pack, facts: pack.facts.map((f) => (f.id === entityFact.id ? without : f)) }).ok).toBe(true);
    expect(optionsOf(without)).not.toContain(first);
    const added = addWrong(without, first);
    expect(added.distractors?.wrong).toContain(first);
    expect(added.distractors?.exclude ?? []).not.toContain(first);
    const answer = (entityFact.answer as { value: string }).value;
    expect(addWrong(entityFact, ` ${answer.toUpperCase()} `)).toBe(entityFact);
    // Removing one of the author's own takes it off the list without excluding it.
    const listed = addWrong(entityFact, 'Hull City');
    expect(removeWrong(listed, 'Hull City').distractors?.wrong ?? []).not.toContain('Hull City');
    expect(removeWrong(listed, 'Hull City').distractors?.exclude ?? []).not.toContain('Hull City');
  });

  it('suggests names of the same kind, the article’s first', () => {
    const names = sameKindNames(pack, entityFact, text);
    expect(names.length).toBeGreaterThan(3);
    expect(names).not.toContain((entityFact.answer as { value: string }).value);
    const inText = names.filter((n) => text.includes(n));
    expect(names.slice(0, inText.length).every((n) => text.includes(n) || pack.facts.some((f) => 'value' in f.answer && f.answer.value === n))).toBe(true);
  });
});

describe('who a fact is about', () => {
  it('offers the article’s people, and a change moves subject and wording in one step, never the quote', () => {
    const people = articlePeople(pack, text);
    expect(people).toContain('Thomas Tuchel');
    const fact = pack.facts.find((f) => f.subject === 'Thomas Tuchel' && f.explanation.includes('Thomas Tuchel'))!;
    const other = people.find((p) => p !== 'Thomas Tuchel')!;
    const moved = changeSubject(fact, other);
    expect(moved.subject).toBe(other);
    expect(moved.explanation).not.toContain('Thomas Tuchel');
    expect(moved.quote).toBe(fact.quote);
    expect(changeSubject(fact, fact.subject)).toBe(fact);
    // A misread name that is the article's own word in the sentence stays in the wording: only a
    // name the drafter put in for "he" moves (real case: "Praising Arsenal’s third signing…").
    const quoted: Fact = { ...fact, subject: 'Praising Arsenal', quote: 'Praising Arsenal’s third signing, Gunners manager Mikel Arteta said he was excited.', explanation: 'Praising Arsenal’s third signing, Gunners manager Mikel Arteta said he was excited.', prompts: { ask: 'Fill the gap: “Praising Arsenal’s third signing, _____ manager Mikel Arteta said he was excited.”' } };
    const fixed = changeSubject(quoted, 'Fabio Vieira');
    expect(fixed.subject).toBe('Fabio Vieira');
    expect(fixed.prompts).toEqual(quoted.prompts);
    expect(fixed.explanation).toBe(quoted.explanation);
  });

  it('one misread name is fixed on every fact about it in one more step, leaving the others and the quotes alone', () => {
    const i = pack.facts.findIndex((f) => f.subject === 'Thomas Tuchel');
    const before = othersAbout(pack, i, 'Thomas Tuchel');
    expect(before).toBeGreaterThan(0);
    const first = { ...pack, facts: pack.facts.map((f, k) => (k === i ? changeSubject(f, 'Someone Else') : f)) };
    const { pack: next, changed } = changeSubjectOnOthers(first, i, 'Thomas Tuchel', 'Someone Else');
    expect(changed).toBe(before);
    expect(othersAbout(next, i, 'Thomas Tuchel')).toBe(0);
    next.facts.forEach((f, k) => {
      expect(f.quote).toBe(pack.facts[k]!.quote);
      if (pack.facts[k]!.subject !== 'Thomas Tuchel') expect(f).toBe(first.facts[k]);
      else expect(f.subject).toBe('Someone Else');
    });
    expect(validatePack(next).ok).toBe(true);
    // Nothing to change: the same pack back.
    expect(changeSubjectOnOthers(next, i, 'Thomas Tuchel', 'Someone Else')).toEqual({ pack: next, changed: 0 });
  });
});
