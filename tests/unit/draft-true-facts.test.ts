// Each rule here stops a false fact the bench found in a dev article, in a way that holds beyond
// that article: the sentences are the dev articles' own.
import { describe, expect, it } from 'vitest';
import { resolveClauses, type Memory } from '../../src/authoring/draft/clauses';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { findNames } from '../../src/authoring/draft/names';
import { readSentence, registerPeople } from '../../src/authoring/draft/read-sentence';
import { answerText } from '../../src/domain/questions/forms';
import { generateQuestions } from '../../src/domain/questions/generate';

const people = (...full: string[]) => {
  const map = new Map<string, string>();
  for (const text of full) registerPeople(findNames(text), map);
  return map;
};
const actors = (text: string, known: Map<string, string>, memory: Memory = { women: false }) => {
  const read = readSentence(text, known, memory, '2021-04-05');
  return read.clauses.map((c) => c.actor?.name ?? (c.unresolved ? '?' : '-'));
};

describe('one person, however the article names them', () => {
  it('reads "Leo Messi" after "Lionel Messi" as the same man (same surname, same initial)', () => {
    const known = people('Barcelona forward Lionel Messi is set to be sidelined.', 'the tests taken on Monday morning by Leo Messi have confirmed it');
    const read = readSentence('The tests taken on Monday morning by Leo Messi have confirmed a torn muscle.', known, { women: false }, '2013-11-11');
    expect(read.names.find((n) => n.text === 'Leo Messi')?.canonical).toBe('Lionel Messi');
    // …and "Messi" alone stays his, not ambiguous between two men.
    expect(readSentence('Messi limped off after 21 minutes.', known, { women: false }, '2013-11-11').names[0]?.canonical).toBe('Lionel Messi');
  });

  it('keeps two people of one surname apart when their initials differ', () => {
    const known = people('Lucas Hernandez and Theo Hernandez both played.');
    const read = readSentence('Theo Hernandez scored.', known, { women: false }, '2021-01-01');
    expect(read.names[0]?.canonical).toBe('Theo Hernandez');
  });

  it('offers no "Leo Messi" beside "Lionel Messi" in any round', () => {
    const article = [
      'Barcelona forward Lionel Messi is set to be sidelined for up to two months with a hamstring injury he sustained during Sunday\'s match with Real Betis.',
      'A Barca statement read that tests taken on Monday morning by Leo Messi confirmed a torn muscle in the femoral biceps of his left leg.',
      'His team-mate Cesc Fabregas, who experienced similar problems while at Arsenal, urged Messi not to rush his recovery.',
    ].join('\n');
    const { pack } = draftPack(article, { published: '2013-11-11' });
    expect(pack.facts.map(answerText)).not.toContain('Leo Messi');
    for (let seed = 1; seed <= 20; seed++)
      for (const q of generateQuestions(pack, { seed, count: 10 })) expect(q.options.filter((o) => /Messi/.test(o)).length, q.prompt).toBeLessThanOrEqual(1);
  });
});

describe('a pronoun is resolved only when one person fits', () => {
  const known = people('Jarrod Bowen and Pablo Fornals and Mark Noble played for West Ham.');

  it('leaves "and he" unresolved after two men acted in the sentence (west-ham-wolves: the article means Bowen)', () => {
    expect(actors('Bowen was on hand again to rifle the ball home when Fornals hit the post in the 57th minute, and he could have had a hat-trick before being replaced by Mark Noble in the 88th minute.', known))
      .toEqual(['Jarrod Bowen', 'Pablo Fornals', '?']);
  });

  it('still resolves "and he" when one man acted before it', () => {
    const messi = people('Lionel Messi');
    expect(actors('Messi limped off after 21 minutes of the 4-1 win after injuring his left hamstring and he underwent further tests on Monday.', messi))
      .toEqual(['Lionel Messi', 'Lionel Messi']);
  });

  it('leaves a sentence-opening "He" unresolved when the sentence before named several men and opened on none', () => {
    const text = 'Wolves dominated the opening exchanges but fell behind in the 17th minute when the visitors\' defender Willy Boly felled Michail Antonio and referee Martin Atkinson allowed Pablo Fornals to take the free kick quickly.';
    const all = people(text, 'Jarrod Bowen');
    const memory: Memory = { women: false, namedLast: ['Willy Boly', 'Michail Antonio', 'Martin Atkinson', 'Pablo Fornals'], person: 'Pablo Fornals', lastMale: 'Pablo Fornals' };
    expect(actors('He played a clever ball to Jarrod Bowen, who took one touch and fired home.', all, memory)[0]).toBe('?');
    // One man named before: "He" is him.
    expect(resolveClauses('He played a clever ball to Bowen.', findNames('He played a clever ball to Bowen.'), { women: false, namedLast: ['Pablo Fornals'] })[0]?.actor?.name).toBe('Pablo Fornals');
  });
});

describe('a question says what the article says of all it joins', () => {
  it('never asks of Dortmund alone what the article says of "Dortmund and RB Salzburg" (haaland-city-signing)', () => {
    const article = [
      'Manchester City have completed the signing of Erling Haaland from Borussia Dortmund.',
      'Haaland has scored 23 goals in 19 Champions League appearances for Dortmund and RB Salzburg and will be expected to get City over the line when it matters most in Europe.',
    ].join('\n');
    const { pack } = draftPack(article, { published: '2022-06-13' });
    const goals = pack.facts.find((f) => f.answer.type === 'number' && f.answer.value === 23);
    expect(goals).toBeDefined();
    for (const text of [goals!.prompts.ask, goals!.prompts.statement ?? '', goals!.explanation])
      if (/Dortmund/.test(text)) expect(text, text).toMatch(/Dortmund and RB Salzburg/);
  });
});

describe('the answer is the kind of thing the question asks for', () => {
  const article = [
    'Manchester City striker Erling Haaland has broken the record for goals in a Premier League season, the BBC reports.',
    'Alex Meret was also called into action with an acrobatic save on Valerio Verre’s ground to air missile, then on the resulting corner Bram Nuytinck’s header glanced just wide.',
  ].join('\n');
  const { pack } = draftPack(article, { published: '2023-05-04' });

  it('never answers "In which season…?" with a league (haaland-scoring-record)', () => {
    const league = pack.facts.find((f) => answerText(f) === 'Premier League');
    expect(league?.prompts.ask ?? '').not.toMatch(/which season/i);
  });

  it('never asks "On whose ground…?" of a player (sampdoria-napoli-osimhen: “Verre’s ground to air missile” is a shot)', () => {
    for (const f of pack.facts) if (f.answer.type === 'person') expect(f.prompts.ask).not.toMatch(/whose ground/i);
  });
});
