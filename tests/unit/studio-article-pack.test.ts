// The studio's pack-from-article helpers, without the DOM: the author's metadata over the drafter's,
// a blank pack for the first hand-picked fact, and the gap-fill fact made from a selection.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { validatePack } from '../../src/domain/pack/validate';
import { checkPack, previewQuestions } from '../../src/studio/cards';
import { blankPack, draftedFactFor, factFromSelection, fillMeta } from '../../src/studio/article-pack';
import { emptyArticle, type Article } from '../../src/studio/doc';

const article = (fields: Partial<Article>): Article => ({ ...emptyArticle(), ...fields });

describe('a pack from the article', () => {
  it('a blank pack takes what the author typed and says what is still to fill in', () => {
    const pack = blankPack(article({ title: ' Bale retires ', publisher: 'Fixture desk (written here)', published: '2023-01-09', author: 'Sam' }));
    expect(pack).toMatchObject({ id: 'bale-retires', title: 'Bale retires', authors: ['Sam'], source: { title: 'Bale retires', publisher: 'Fixture desk (written here)', published: '2023-01-09', asOf: '2023-01-09' }, facts: [] });
    expect(pack.source).not.toHaveProperty('url');
    const bare = blankPack(article({ published: 'January' }));
    expect(bare).toMatchObject({ id: 'my-pack', title: 'My pack', authors: ['Draft — replace me'], source: { publisher: 'unknown — fill in' } });
    expect(bare.source.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("the author's metadata goes over the drafter's placeholders; what is left empty keeps the drafter's", () => {
    const drafted = blankPack(article({ title: 'Drafted title' }));
    const filled = fillMeta(drafted, article({ title: 'Mine', publisher: 'BBC', url: 'https://example.org/a', author: 'Sam' }));
    expect(filled).toMatchObject({ id: 'mine', title: 'Mine', authors: ['Sam'], source: { title: 'Mine', publisher: 'BBC', url: 'https://example.org/a' } });
    expect(fillMeta(drafted, article({}))).toMatchObject({ id: 'drafted-title', title: 'Drafted title', authors: drafted.authors, source: { publisher: drafted.source.publisher } });
  });

  it('a selection makes a gap-fill fact of the right answer type, with an id of its own, to review', () => {
    const quote = 'The Welshman bows out with 41 goals in 111 appearances.';
    const pack = blankPack(article({ title: 'Bale' }));
    const caps = factFromSelection(pack, '111', quote);
    expect(caps).toMatchObject({ id: 'fact-111', subject: 'Bale', answer: { type: 'number', value: 111 }, quote, explanation: quote });
    expect(caps.prompts).toEqual({ ask: 'Fill the gap: “The Welshman bows out with 41 goals in _____ appearances.”', statement: 'The Welshman bows out with 41 goals in {answer} appearances.' });
    expect(caps.review).toMatch(/^check: /);
    expect(factFromSelection(pack, '2023', 'He retired in 2023.').answer).toEqual({ type: 'year', value: 2023 });
    expect(factFromSelection(pack, 'Welshman', quote).answer).toEqual({ type: 'text', value: 'Welshman' });
    // Taken ids get a number; an answer not in its sentence is asked after it.
    const twice = factFromSelection({ ...pack, facts: [caps, { ...caps, id: 'fact-111-2' }] }, '111', 'A sentence without it.');
    expect(twice.id).toBe('fact-111-3');
    expect(twice.prompts).toEqual({ ask: 'Fill the gap: “A sentence without it. (_____)”' });
  });

  it('a selection the drafter drafts becomes its fact: type, question and wrong answers, under a new id', () => {
    const text = readFileSync('tests/fixtures/draft-corpus/tuchel-sacked.txt', 'utf8');
    const drafted = draftPack(text).pack;
    const club = drafted.facts.find((f) => f.answer.type === 'club' && f.distractors?.pool)!;
    const value = (club.answer as { value: string }).value;
    // The author had deleted it, and the pack has no pools yet.
    const pack = { ...blankPack(article({ title: 'Tuchel' })), facts: [] };
    const got = draftedFactFor(pack, drafted, value.toUpperCase(), club.quote)!;
    expect(got.fact).toMatchObject({ answer: club.answer, prompts: club.prompts, distractors: club.distractors, review: expect.stringMatching(/^check: added from a selection/) });
    const withIt = { ...pack, pools: got.pools, facts: [got.fact] };
    expect(validatePack(withIt).ok).toBe(true);
    // Taken ids get a number.
    expect(draftedFactFor(withIt, drafted, value, club.quote)!.fact.id).not.toBe(got.fact.id);
    expect(draftedFactFor(pack, drafted, 'words it never drafted', club.quote)).toBeNull();
  });

  it('a name the pack already knows gets its type and draws wrong answers from its pool', () => {
    const text = readFileSync('tests/fixtures/draft-corpus/tuchel-sacked.txt', 'utf8');
    const drafted = draftPack(text).pack;
    const fact = factFromSelection(drafted, 'Real Madrid', 'A sentence that names Real Madrid.');
    expect(fact.answer).toEqual({ type: 'club', value: 'Real Madrid' });
    expect(fact.distractors?.pool).toBe('clubs');
    const pack = { ...drafted, facts: [...drafted.facts, fact] };
    expect(validatePack(pack).ok).toBe(true);
    const questions = previewQuestions(pack, checkPack(pack)).get(fact.id) ?? [];
    expect(questions.some((q) => q.form === 'identify' && q.options.length === 4)).toBe(true);
    // From a sentence the pack already asks about: that sentence's group (they give each other away).
    const sibling = drafted.facts[0]!;
    expect(factFromSelection(drafted, 'Chelsea', sibling.quote).group).toBe(sibling.group);
    expect(draftedFactFor(drafted, drafted, (sibling.answer as { value: string }).value, sibling.quote)!.fact.group).toBe(sibling.group);
  });
});
