// Wrong answers are wrong: never the key under another name ("City" beside Manchester City,
// "the Seagulls" beside Brighton, "Leo Messi" beside Lionel Messi), never another member of a
// list the article ties to the same relation.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, readSplit } from '../../bench/draft/corpus';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { distinguishingWords, isAliasOf, notAPerson, provablyWrong } from '../../src/authoring/draft/pools';
import { DIFFICULTIES } from '../../src/domain/difficulty';
import { generateQuestions } from '../../src/domain/questions/generate';

describe('the key under another name', () => {
  it('takes a club’s distinguishing word, its lexicon aliases and its nickname as the club', () => {
    expect(isAliasOf('City', 'Manchester City', 'club')).toBe(true);
    expect(isAliasOf('United', 'Manchester United', 'club')).toBe(true);
    expect(isAliasOf('Albion', 'Brighton & Hove Albion', 'club')).toBe(true);
    expect(isAliasOf('Brighton', 'Brighton & Hove Albion', 'club')).toBe(true);
    expect(isAliasOf('the Seagulls', 'Brighton & Hove Albion', 'club')).toBe(true);
    expect(isAliasOf('Spurs', 'Tottenham Hotspur', 'club')).toBe(true);
    // Another club is another club, whatever word it shares.
    expect(isAliasOf('Manchester United', 'Manchester City', 'club')).toBe(false);
    expect(isAliasOf('Chelsea', 'Manchester City', 'club')).toBe(false);
    expect(distinguishingWords('Arsenal')).toEqual([]);
    expect(distinguishingWords('Real Madrid')).toEqual(['Madrid']);
  });

  it('takes a person by the surname (messi-hamstring-2013 names “Leo Messi” after “Lionel Messi”)', () => {
    expect(isAliasOf('Leo Messi', 'Lionel Messi', 'person')).toBe(true);
    expect(isAliasOf('Messi', 'Lionel Messi', 'person')).toBe(true);
    expect(isAliasOf('Cesc Fabregas', 'Lionel Messi', 'person')).toBe(false);
    expect(provablyWrong(['Leo Messi', 'Neymar', 'Cesc Fabregas'], ['Lionel Messi'], 'person', ['Cesc Fabregas'])).toEqual(['Neymar']);
  });

  it('never offers “City” beside Manchester City in a drafted round', () => {
    // Written here for the test: a club named in full, then by its distinguishing word.
    const text = 'Manchester City beat Arsenal 3-1 at the Etihad Stadium on Sunday.\n\nCity moved two points clear of Liverpool at the top of the Premier League, while Arsenal dropped to third.\n\nPep Guardiola’s side have now won nine league games in a row.';
    const { pack } = draftPack(text, { published: '2024-03-31' });
    let asked = 0;
    for (let seed = 0; seed < 40; seed++) for (const difficulty of DIFFICULTIES) {
      for (const q of generateQuestions(pack, { seed, count: 10, difficulty })) {
        if (q.options[q.answer] !== 'Manchester City') continue;
        asked++;
        expect(q.options).not.toContain('City');
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});

describe('a listed set (bench/draft-corpus/dev/pfa-awards-shaw-foden)', () => {
  it('never offers, as the odd one out, someone the article also puts in the team', () => {
    const article = readSplit(join(CORPUS_DIR, 'dev'), 'dev').find((a) => a.slug === 'pfa-awards-shaw-foden')!;
    const { pack } = draftPack(article.text, { published: article.published });
    const team = pack.facts.find((f) => f.answer.type === 'set' && f.quote.includes('earned recognition'));
    expect(team).toBeDefined();
    const alsoInTeam = ['Erling Haaland', 'Ollie Watkins', 'Kyle Walker', 'Rodri', 'Virgil van Dijk', 'Phil Foden'];
    let asked = 0;
    for (let seed = 0; seed < 40; seed++) for (const difficulty of DIFFICULTIES) {
      for (const q of generateQuestions(pack, { seed, count: 10, difficulty })) {
        if (!q.factIds.includes(team!.id)) continue;
        asked++;
        for (const name of alsoInTeam) expect(q.options, q.prompt).not.toContain(name);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});

describe('wrong answers of the same kind', () => {
  it('knows a league, a club or a national team is not a person', () => {
    expect(notAPerson('Primera Division')).toBe(true);
    expect(notAPerson('Manchester City')).toBe(true);
    expect(notAPerson('Argentina')).toBe(true);
    expect(notAPerson('Lionel Messi')).toBe(false);
    expect(notAPerson('Erling Haaland')).toBe(false);
  });

  it('never offers a league beside a player (bench/draft-corpus/dev/messi-hamstring-2013: “four Primera Division matches”)', () => {
    const article = readSplit(join(CORPUS_DIR, 'dev'), 'dev').find((a) => a.slug === 'messi-hamstring-2013')!;
    const { pack } = draftPack(article.text, { published: article.published });
    expect(pack.facts.some((f) => f.answer.type === 'person' && f.answer.value === 'Primera Division')).toBe(false);
    for (const name of ['people', 'coaches']) expect(pack.pools?.[name] ?? []).not.toContain('Primera Division');
  });
});
