// The studio's pack-from-article helpers, without the DOM: the author's metadata over the drafter's,
// a blank pack for the first hand-picked fact, and the gap-fill fact made from a selection.
import { describe, expect, it } from 'vitest';
import { blankPack, factFromSelection, fillMeta } from '../../src/studio/article-pack';
import { emptyArticle, type Article } from '../../src/studio/doc';

const article = (fields: Partial<Article>): Article => ({ ...emptyArticle(), ...fields });

describe('a pack from the article', () => {
  it('a blank pack takes what the author typed and says what is still to fill in', () => {
    const pack = blankPack(article({ title: ' Bale retires ', publisher: 'PA Media', published: '2023-01-09', author: 'Sam' }));
    expect(pack).toMatchObject({ id: 'bale-retires', title: 'Bale retires', authors: ['Sam'], source: { title: 'Bale retires', publisher: 'PA Media', published: '2023-01-09', asOf: '2023-01-09' }, facts: [] });
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
});
