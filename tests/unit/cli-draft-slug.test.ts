import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/domain/pack/validate';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { MAX_SLUG, slug } from '../../src/authoring/draft/slug';

describe('slug', () => {
  it('keeps short titles whole and cuts long ones at a word, within the checker’s id limit', () => {
    expect(slug('Karim Benzema’s France career')).toBe('karim-benzema-s-france-career');
    const long = slug('Haaland breaks Premier League scoring record in a first season of 52 goals in 53 games as City win the treble');
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(long).toMatch(/^haaland-breaks-premier-league-scoring-record/);
    expect(long.endsWith('-')).toBe(false);
    expect(slug('x'.repeat(200))).toHaveLength(MAX_SLUG);
  });

  it('a draft under a very long headline still passes check (its id was over 80 characters)', () => {
    const article = `${'A very long headline about a record season that keeps on going and going for many words indeed'}\n\nErling Haaland scored 36 Premier League goals in his first season at Manchester City.`;
    const { pack } = draftPack(article, { published: '2023-06-11' });
    expect(pack.id.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(validatePack(pack).ok).toBe(true);
  });
});
