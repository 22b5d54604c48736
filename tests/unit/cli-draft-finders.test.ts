// The drafter's finders pinned on short sentences: typed values, typed names, clause actors with
// pronouns and epithets resolved, lists, and the truth check every drafted fact must pass.
import { describe, expect, it } from 'vitest';
import { resolveClauses, type Memory } from '../../src/authoring/draft/clauses';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { findNames } from '../../src/authoring/draft/names';
import { answerIsSpan } from '../../src/authoring/draft/truth';
import { findValues } from '../../src/authoring/draft/values';
import { answerText } from '../../src/domain/questions/forms';

const values = (text: string) => findValues(text, () => true, '2024-01-01').map((v) => `${v.kind}:${v.text}=${JSON.stringify('value' in v.answer ? v.answer.value : '')}`);
const names = (text: string) => findNames(text).map((n) => `${n.kind}:${n.text}${n.year ? `@${n.year}` : ''}`);
const actors = (text: string, memory: Memory = { women: false }) =>
  resolveClauses(text, findNames(text), memory).map((c) => c.actor?.name ?? (c.unresolved ? '?' : '-'));

describe('value spans', () => {
  it('scores, penalties, attendances and venues of a final', () => {
    expect(values('Argentina beat France 4-2 on penalties after a 3-3 draw in front of 88,966 fans.')).toEqual(
      ['score:4-2="4-2"', 'score:3-3="3-3"', 'attendance:88,966=88966']);
  });
  it('minutes as ordinals, as "on N minutes" and as stoppage time', () => {
    expect(values('He scored in the 64th minute, again on 80 minutes and in stoppage time.')).toEqual(
      ['minute:64th="64th"', 'minute:80=80', 'minute:stoppage time="stoppage time"']);
  });
  it('fees blank only their number: "a club-record £105m", "€100 million"', () => {
    expect(values('a club-record £105m, then €100 million and 100,000 Swiss francs')).toEqual(
      ['money:105=105', 'money:100=100', 'money:100,000=100000']);
  });
  it('ages: aged, N-year-old, years and days, between commas', () => {
    expect(values('Charlton died aged 86. The 24-year-old, at 17 years and 111 days, and Kroos, 34, left.')).toEqual(
      ['age:86=86', 'age:24=24', 'age:17=17', 'age:111=111', 'age:34=34']);
  });
  it('ranks and ordinals, counts in words and "six of his seven"', () => {
    expect(values('the third most-capped player scored six of his seven goals and won 22 times as captain, four goals')).toEqual(
      ['rank:third="third"', 'count:six=6', 'count:seven=7', 'count:22=22', 'count:four=4']);
  });
  it('dates with and without a year, durations, and years that are not counts', () => {
    expect(values('until December 2024 after a five-year absence; on 3 May; in the 2018 final')).toEqual(
      ['date:December 2024="2024-12"', 'duration:five=5', 'date:3 May="3 May"', 'year:2018=2018']);
  });
});

describe('names', () => {
  it('types national teams, clubs by their aliases, competitions with their edition, venues and people', () => {
    expect(names('Declan Rice left West Ham for Arsenal before Euro 2024 and the 2010 World Cup at Wembley.')).toEqual(
      ['person:Declan Rice', 'club:West Ham', 'club:Arsenal', 'competition:Euro 2024@2024', 'competition:2010 World Cup@2010', 'venue:Wembley']);
  });
  it('reads "in Kyiv" as a venue and never "Buenos Aires" or a competition as a person', () => {
    expect(names('His kick against Liverpool in Kyiv, then Buenos Aires and the Leagues Cup.')).toEqual(
      ['club:Liverpool', 'venue:Kyiv', 'competition:Leagues Cup']);
  });
});

describe('who did what in each clause', () => {
  it('gives each clause its own subject', () => {
    expect(actors('Ryan Giggs overtook his record in 2008 and Rooney passed his tally in 2017.')).toEqual(['Ryan Giggs', 'Rooney']);
  });
  it('resolves "he" and epithets to the sentence lead or the protagonist, and a "who" clause to its antecedent', () => {
    const memory: Memory = { women: false, lead: 'Gareth Bale', person: 'Gareth Bale' };
    expect(actors('The Welshman bows out with 41 goals.', memory)).toEqual(['Gareth Bale']);
    expect(actors('Yamal broke the record of Johan Vonlanthen, who was 18 when he scored.', { women: false })).toEqual(
      ['Yamal', 'Johan Vonlanthen', 'Johan Vonlanthen']);
  });
  it('leaves an epithet after "but" unresolved rather than guess', () => {
    expect(actors('Sandi Lovric put Udinese ahead, but the Nigerian striker levelled.')).toEqual(['Sandi Lovric', '?']);
  });
});

describe('drafted facts', () => {
  const story = [
    'Spain win Women’s World Cup',
    'By A. Writer, Reuters',
    'SYDNEY, Aug 20, 2023 (Reuters) - Spain beat England 1-0 in the Women’s World Cup final in front of 75,784 fans at Stadium Australia.',
    'Olga Carmona scored in the 29th minute. The defender, 23, also scored in the semi-final. She was named in the team of the tournament.',
    'Sarina Wiegman’s side had beaten Australia, Colombia and Nigeria on the way.',
  ].join('\n');
  const { pack } = draftPack(story);

  it('finds the publication date, names the pack after the event and credits each fact to its own subject', () => {
    expect(pack.source.published).toBe('2023-08-20');
    expect(pack.title).toBe('Spain win Women’s World Cup');
    const minute = pack.facts.find((f) => answerText(f) === '29th');
    expect(minute?.subject).toBe('Olga Carmona');
    expect(pack.facts.find((f) => answerText(f) === '23')?.subject).toBe('Olga Carmona');
    expect(pack.facts.find((f) => answerText(f) === '1-0')?.subject).toBe('Spain');
  });

  it('gives women’s teams women’s wrong answers, and makes every answer a span of its quote', () => {
    for (const f of pack.facts) expect(answerIsSpan(f), f.id).toBe(true);
    expect(pack.pools?.['national-teams']).toContain('United States');
    expect(pack.facts.some((f) => f.answer.type === 'set')).toBe(true);
  });

  it('refuses answers that are not the sentence’s own words', () => {
    expect(answerIsSpan({ answer: { type: 'number', value: 52 }, quote: 'Messi scored 36 goals.' })).toBe(false);
    expect(answerIsSpan({ answer: { type: 'number', value: 105 }, quote: 'a club-record £105m' })).toBe(true);
    expect(answerIsSpan({ answer: { type: 'number', value: 4 }, quote: 'he scored four goals' })).toBe(true);
  });
});
