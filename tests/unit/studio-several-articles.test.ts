// Several articles, one pack (a quiz of the week): each fact keeps its article as its source, ids
// and groups never collide, the pack is valid, and rounds draw on every article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { validatePack } from '../../src/domain/pack/validate';
import { generateQuestions } from '../../src/domain/questions/generate';
import { addArticleDraft, articleSource, fillMeta, packArticles } from '../../src/studio/article-pack';
import { emptyArticle } from '../../src/studio/doc';

const articles = [
  { file: 'tuchel-sacked', title: 'Chelsea sack Tuchel', publisher: 'Football Trivia fixtures (written here)', published: '2022-09-07', url: 'https://example.org/tuchel' },
  { file: 'suarez-bite-ban', title: 'Suárez banned for biting', publisher: 'Football Trivia fixtures (written here)', published: '2014-06-26', url: '' },
  { file: 'bale-retirement', title: 'Bale retires', publisher: 'Football Trivia fixtures (written here)', published: '2023-01-09', url: '' },
];

describe('several articles in one pack', () => {
  const [first, ...rest] = articles.map((a) => ({ ...a, article: { ...emptyArticle(), ...a, text: readFileSync(`tests/fixtures/draft-corpus/${a.file}.txt`, 'utf8') } }));
  let pack = fillMeta(draftPack(first!.article.text).pack, first!.article);
  for (const a of rest) pack = addArticleDraft(pack, draftPack(a.article.text).pack, articleSource(a.article, pack.source));

  it('keeps each fact’s own source, unique ids and groups, and stays a valid pack', () => {
    const result = validatePack(pack);
    expect(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 3))).toBe(true);
    expect(new Set(pack.facts.map((f) => f.id)).size).toBe(pack.facts.length);
    expect(pack.facts.every((f) => f.source)).toBe(true);
    expect(packArticles(pack).map((a) => a.source.title)).toEqual(articles.map((a) => a.title));
    expect(packArticles(pack)[0]!.source).toEqual({ title: 'Chelsea sack Tuchel', publisher: 'Football Trivia fixtures (written here)', url: 'https://example.org/tuchel', published: '2022-09-07' });
    // No group spans two articles.
    const groupSources = new Map<string, string>();
    for (const f of pack.facts) {
      const g = f.group ?? f.id;
      const s = f.source!.title;
      expect(groupSources.get(g) ?? s).toBe(s);
      groupSources.set(g, s);
    }
  });

  it('draws rounds across the articles', () => {
    const bySource = new Map(pack.facts.map((f) => [f.id, f.source!.title]));
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) for (const q of generateQuestions(pack, { seed, count: 10 })) for (const id of q.factIds) seen.add(bySource.get(id)!);
    expect([...seen].sort()).toEqual(articles.map((a) => a.title).sort());
    // One round of ten already mixes them.
    const one = new Set(generateQuestions(pack, { seed: 1, count: 10 }).flatMap((q) => q.factIds.map((id) => bySource.get(id))));
    expect(one.size).toBeGreaterThan(1);
  });
});
