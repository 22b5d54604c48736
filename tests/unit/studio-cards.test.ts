// The studio's card model and field editing: the same validator as `quiz check`, problems keyed to
// the field they are about, the answer marked in its sentence, previews from the real engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import type { Fact, Pack } from '../../src/domain/pack/schema';
import { validatePackText } from '../../src/domain/pack/validate-text';
import { formsForFact } from '../../src/domain/questions/forms';
import { generateQuestions } from '../../src/domain/questions/generate';
import { indexPack } from '../../src/domain/questions/pack-index';
import { findNames } from '../../src/authoring/draft/names';
import { factFromSelection, numberIn } from '../../src/studio/article-pack';
import { inAuthorWords } from '../../src/studio/author-words';
import { checkPack, highlightParts, packText, previewQuestions, sentenceAround } from '../../src/studio/cards';
import { factFields, fieldFor, packFields, poolField, questionFields, retypeAnswer } from '../../src/studio/fields';
import { clone, loadValidPack } from './helpers';

const mini = loadValidPack('tests/fixtures/mini-pack.json');
const marked = (fact: Pick<Fact, 'answer' | 'quote'>) => highlightParts(fact).filter((p) => p.mark).map((p) => p.text);

describe('review cards', () => {
  it('mark the answer in its sentence: digits, number words, years, dates and names', () => {
    expect(marked({ quote: 'He scored 37 goals in 97 caps.', answer: { type: 'number', value: 37 } })).toEqual(['37']);
    expect(marked({ quote: 'She scored four times.', answer: { type: 'number', value: 4 } })).toEqual(['four']);
    expect(marked({ quote: 'Signed in 2009, he left in 2018.', answer: { type: 'year', value: 2018 } })).toEqual(['2018']);
    expect(marked({ quote: 'He made his debut in March 2007 against Austria.', answer: { type: 'date', value: '2007-03' } })).toEqual(['March', '2007']);
    expect(marked({ quote: 'Messi scored twice.', answer: { type: 'person', value: 'Lionel Messi' } })).toEqual(['Messi']);
    expect(marked({ quote: 'They beat Austria.', answer: { type: 'team', value: 'Spain' } })).toEqual([]);
    // The parts always spell the sentence, whatever is marked.
    const parts = highlightParts({ quote: 'Wales beat Wales.', answer: { type: 'team', value: 'Wales' } });
    expect(parts.map((p) => p.text).join('')).toBe('Wales beat Wales.');
  });

  it('check the pack as `quiz check` checks the downloaded file, each problem at its fact and field', () => {
    const pack = clone(mini);
    pack.facts[1]!.prompts.ask = '';
    (pack.facts[2]!.answer as { value: unknown }).value = 'lots';
    pack.source.publisher = '';
    const checked = checkPack(pack);
    const direct = validatePackText(packText(pack));
    expect(checked.ok).toBe(false);
    expect(direct.ok).toBe(false);
    // The same problems, each in the studio's words where it has them.
    if (!direct.ok) expect(checked.problems).toEqual(direct.problems.map(inAuthorWords));
    expect(checked.byFact.get(1)!.map((p) => [p.field, p.code, p.message])).toEqual([['prompts.ask', 'empty-text', 'This must not be empty: write it in']]);
    expect(checked.byFact.get(2)!.map((p) => p.field)).toContain('answer.value');
    expect(checked.general.map((p) => p.path)).toEqual(['source.publisher']);
    const keys = factFields(pack.facts[1]!, []).map((f) => f.key);
    expect(fieldFor('prompts.ask', keys)).toBe('prompts.ask');
    expect(fieldFor('distractors.wrong[2]', factFields(pack.facts[3]!, []).map((f) => f.key))).toBe('distractors.wrong');
    expect(fieldFor('source.publisher', packFields().map((f) => f.key))).toBe('source.publisher');
    expect(fieldFor('nowhere', keys)).toBeNull();
  });

  it('count a round as the game’s menu counts it (one question per group), none while the pack has errors', () => {
    const article = readFileSync('tests/fixtures/draft-corpus/bale-retirement.txt', 'utf8');
    const drafted = draftPack(article).pack;
    const checked = checkPack(drafted);
    expect(checked.ok).toBe(true);
    const groups = new Set(drafted.facts.map((f) => f.group ?? f.id)).size;
    // The game's opener: generateQuestions on the menu's seed, asked for every fact.
    const game = generateQuestions(drafted, { seed: 'menu', count: drafted.facts.length }).length;
    // The studio says what a Classic round (ten) asks: the game's count, up to ten.
    expect(checked.roundQuestions).toBe(Math.min(game, 10));
    expect(checked.roundQuestions).toBeLessThanOrEqual(groups);
    expect(checked.roundQuestions).toBeGreaterThan(0);
    // Two facts in one group ask one question between them.
    const merged = clone(drafted);
    for (const f of merged.facts) f.group = 'one-sentence';
    expect(checkPack(merged).roundQuestions).toBe(1);
    const broken = clone(drafted);
    broken.facts[0]!.prompts.ask = '';
    expect(checkPack(broken).roundQuestions).toBeNull();
  });

  it('preview each fact as the player will see it, every form of it, leaving out only the broken facts', () => {
    const ok = previewQuestions(mini, checkPack(mini));
    const all = ok.get('goals')!;
    // The forms the core makes of it, each built: the card shows all of them.
    const index = indexPack(mini);
    expect(all.map((q) => q.form)).toEqual(formsForFact(mini.facts.find((f) => f.id === 'goals')!, index).filter((form) => all.some((q) => q.form === form)));
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.map((q) => q.form)).toContain('true-false');
    const q = all[0];
    expect(q).toBeTruthy();
    expect(q!.options).toHaveLength(4);
    expect(q!.options[q!.answer]).toBe('37');
    // Deterministic: the same pack gives the same preview.
    expect(previewQuestions(mini, checkPack(mini)).get('goals')).toEqual(all);
    const broken = clone(mini);
    broken.facts[0]!.prompts.ask = '';
    const some = previewQuestions(broken, checkPack(broken));
    expect(some.has('goals')).toBe(false);
    expect(some.get('caps')!.length).toBeGreaterThan(0);
  });

  it('work with whatever the drafter drafts: every drafted fact has a card with a marked answer', () => {
    const { pack } = draftPack(readFileSync('tests/fixtures/draft-corpus/bale-retirement.txt', 'utf8'), { published: '2023-01-09' });
    const checked = checkPack(pack);
    expect(checked.ok).toBe(true);
    const previews = previewQuestions(pack, checked);
    expect(pack.facts.length).toBeGreaterThan(10);
    for (const f of pack.facts) expect(marked(f).length, f.id).toBeGreaterThan(0);
    expect([...previews.values()].filter((qs) => qs.length > 0).length).toBeGreaterThan(pack.facts.length / 2);
    // The true-or-false form players get half the time is previewed too.
    expect([...previews.values()].flat().some((q) => q.form === 'true-false')).toBe(true);
  });

  it('find the sentence around a selection', () => {
    const text = 'First sentence here. Bale scored 41 goals for Wales! Then he retired.\nNext line.';
    const at = text.indexOf('41');
    expect(sentenceAround(text, at, at + 2)).toBe('Bale scored 41 goals for Wales!');
    const n = text.indexOf('Next');
    expect(sentenceAround(text, n, n + 4)).toBe('Next line.');
    // A page's text pasted with its line wrapping: a line going on in lower case is the same sentence
    // (real case: "Manchester United midfielder Casemiro\nhas been ruled out…"); a heading is not.
    const wrapped = 'Manchester United midfielder Casemiro\nhas been ruled out for several weeks with a hamstring injury.\n\nThe club said so.';
    const h = wrapped.indexOf('hamstring');
    expect(sentenceAround(wrapped, h, h + 9)).toBe('Manchester United midfielder Casemiro has been ruled out for several weeks with a hamstring injury.');
    const headed = 'Casemiro out for weeks\nThe club said so on Friday.';
    const f = headed.indexOf('Friday');
    expect(sentenceAround(headed, f, f + 6)).toBe('The club said so on Friday.');
  });

  it('read a selected number written in words or digits as a number, with wrong options from the engine', () => {
    expect([numberIn('three'), numberIn('Twenty-one'), numberIn('forty'), numberIn('2,500'), numberIn('1.5'), numberIn('seventy two')]).toEqual([3, 21, 40, 2500, 1.5, 72]);
    expect([numberIn('half-time'), numberIn('twenty-zero'), numberIn('3-0'), numberIn('')]).toEqual([null, null, null, null]);
    const quote = 'After missing three games, the 31-year-old returned.';
    const fact = factFromSelection(mini, 'three', quote);
    expect(fact.answer).toEqual({ type: 'number', value: 3 });
    expect(fact.prompts.ask).toBe('Fill the gap: “After missing _____ games, the 31-year-old returned.”');
    const pack = { ...clone(mini), facts: [...mini.facts, fact] };
    expect(checkPack(pack).byFact.get(pack.facts.length - 1) ?? []).toEqual([]);
  });
});

describe('fact fields', () => {
  const fact = mini.facts[0]!;
  it('read and write every field of the format, removing empty optional ones', () => {
    const fields = factFields(fact, ['teams']);
    const byKey = new Map(fields.map((f) => [f.key, f]));
    for (const key of ['subject', 'relation', 'answer.type', 'answer.value', 'answer.unit', 'prompts.ask', 'prompts.statement', 'explanation', 'quote', 'difficulty', 'group', 'date', 'prompts.event', 'prompts.not', 'distractors.pool', 'distractors.wrong', 'distractors.exclude', 'distractors.min', 'distractors.max', 'distractors.minFact', 'distractors.maxFact', 'id', 'review'])
      expect(byKey.has(key), key).toBe(true);
    expect(byKey.get('answer.value')!.get(fact)).toBe('37');
    expect(byKey.get('answer.value')!.set(fact, '38').answer).toEqual({ type: 'number', value: 38, unit: 'goals' });
    // Not a number: kept as typed, for the validator to name.
    expect((byKey.get('answer.value')!.set(fact, 'lots').answer as { value: unknown }).value).toBe('lots');
    const wrong = byKey.get('distractors.wrong')!.set(fact, 'Spain\n\n  Italy  \n');
    expect(wrong.distractors).toEqual({ maxFact: 'caps', wrong: ['Spain', 'Italy'] });
    expect(byKey.get('distractors.maxFact')!.set(fact, '').distractors).toBeUndefined();
    expect(byKey.get('prompts.statement')!.set(fact, '  ').prompts).toEqual({ ask: fact.prompts.ask });
    expect(byKey.get('difficulty')!.set(fact, '').difficulty).toBeUndefined();
  });

  it('change the answer type keeping the value, and edit pools', () => {
    expect(retypeAnswer({ type: 'number', value: 37 }, 'set')).toEqual({ type: 'set', of: 'person', values: ['37'] });
    expect(retypeAnswer({ type: 'person', value: '2007' }, 'year')).toEqual({ type: 'year', value: 2007 });
    expect(retypeAnswer({ type: 'set', of: 'team', values: ['A', 'B', 'C'] }, 'team')).toEqual({ type: 'team', value: 'A' });
    const pack: Pack = clone(mini);
    const pools = Object.keys(pack.pools ?? {});
    const edited = poolField(pools[0]!).set(pack, 'One\nTwo');
    expect(edited.pools![pools[0]!]).toEqual(['One', 'Two']);
  });
});

describe('hand-written question fields', () => {
  it('edit options and the right answer, and take their problems at the field', () => {
    const pack = clone(mini);
    const q = pack.questions![0]!;
    const byKey = new Map(questionFields(q).map((f) => [f.key, f]));
    expect(byKey.get('answer')!.options!.map(([v]) => v)).toEqual(q.options.map((_, i) => String(i)));
    expect(byKey.get('answer')!.set(q, '1').answer).toBe(1);
    expect(byKey.get('keepOrder')!.set(q, 'true').keepOrder).toBe(true);
    expect(byKey.get('keepOrder')!.set({ ...q, keepOrder: true }, '').keepOrder).toBeUndefined();
    pack.questions![0] = byKey.get('options')!.set(q, 'A\nB\nC');
    const checked = checkPack(pack);
    expect(checked.byQuestion.get(0)!.map((p) => [p.field, p.message])).toContainEqual(['options', 'a question has 4 options, or 2 for true or false']);
    expect(fieldFor('options', questionFields(q).map((f) => f.key))).toBe('options');
  });
});

describe('a fact from a selected surname', () => {
  it('is about the person the pack names in full, with that person’s wrong answers, and checks clean', () => {
    const article = 'Burnley have signed striker Chris Wood from Leeds. Wood is manager Sean Dyche\'s first signing of the window. "We are really happy to have Chris with us," Dyche said at a press conference. Andre Gray left for Watford earlier this month.';
    const pack = draftPack(article).pack;
    const quote = '"We are really happy to have Chris with us," Dyche said at a press conference.';
    const fact = factFromSelection(pack, 'Dyche', quote);
    expect(fact.answer).toEqual({ type: 'person', value: 'Sean Dyche' });
    expect(fact.distractors?.pool).toBeDefined();
    expect(fact.prompts.ask).toContain('_____ said at a press conference');
    const checked = checkPack({ ...pack, facts: [...pack.facts, fact] });
    expect(checked.byFact.get(pack.facts.length)?.filter((p) => p.severity === 'error') ?? []).toEqual([]);
    // A word no full name ends in stays the words selected.
    expect(factFromSelection(pack, 'Leeds', 'Burnley have signed striker Chris Wood from Leeds.').answer).toMatchObject({ value: 'Leeds' });
  });
});

describe('a fact from a selected name no pool has', () => {
  it('is typed by the drafter’s lexicon (the worker names the sentence’s names) and draws wrong answers of its kind', () => {
    const quote = '"David arrives at Elland Road with a vast amount of coaching experience and was integral to the management team at Watford that gained promotion to the Premier League in 2006," said the statement.';
    const names = findNames(quote).map((n) => ({ text: n.text, kind: n.kind, canonical: n.canonical }));
    expect(names.find((n) => n.text === 'Watford')?.kind).toBe('club');
    const pack = draftPack('Leeds United have appointed David Hockaday as their new head coach. He has held coaching roles at Southampton and Leicester City.').pack;
    expect(pack.pools?.clubs?.length).toBeGreaterThan(3);
    const fact = factFromSelection(pack, 'Watford', quote, undefined, names);
    expect(fact.answer).toEqual({ type: 'club', value: 'Watford' });
    expect(fact.distractors).toEqual({ pool: 'clubs' });
    const checked = checkPack({ ...pack, facts: [...pack.facts, fact] });
    expect(checked.byFact.get(pack.facts.length)?.filter((p) => p.severity === 'error') ?? []).toEqual([]);
    // Without the worker's names it stays the text it was.
    expect(factFromSelection(pack, 'Watford', quote).answer.type).toBe('text');
  });
});
