// Sentence → exact question for the shapes of football prose the question writer reads: described
// subjects and objects, ages, time phrases, infinitive chains, and the refusals that keep it true.
// Sentences are from the dev corpus (bench/draft-corpus/dev), never the hold-out.
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import type { Fact } from '../../src/domain/pack/schema';

const draft = (text: string) => draftPack(`Test headline for the drafter\n\n${text}`, { today: '2024-06-01' }).pack.facts;
const valueOf = (f: Fact) => ('value' in f.answer ? f.answer.value : undefined);
const askFor = (facts: readonly Fact[], value: string | number) => facts.find((f) => valueOf(f) === value)?.prompts.ask;

describe('described subjects', () => {
  it('asks a premodified subject by its description, and the rest of the clause about the person', () => {
    const facts = draft('Former England and Manchester City midfielder Colin Bell has died at the age of 74 after a short illness.');
    expect(askFor(facts, 'Colin Bell')).toBe('Which former England and Manchester City midfielder has died at the age of 74 after a short illness?');
    expect(askFor(facts, 74)).toBe('At what age did Colin Bell die after a short illness?');
  });

  it('reads an age after a comma as the verb’s', () => {
    expect(askFor(draft('Former Leeds United and England defender Paul Madeley has died, aged 73.'), 73)).toBe('At what age did Paul Madeley die?');
  });

  it('leaves a description before a comma out of the question', () => {
    const facts = draft('Spanish La Liga club, Sevilla defeated Jose Mourinho’s Roma in the final of the UEFA Europa League on Wednesday, May 31, 2023.');
    expect(askFor(facts, 'Sevilla')).toBe('Which club defeated Jose Mourinho’s Roma in the final of the UEFA Europa League on Wednesday, May 31, 2023?');
    expect(askFor(facts, '2023-05-31')).toBe('When did Sevilla defeat Jose Mourinho’s Roma in the final of the UEFA Europa League?');
    expect(askFor(facts, 'UEFA Europa League')).toBe('In the final of which competition did Sevilla defeat Jose Mourinho’s Roma on Wednesday?');
  });
});

describe('objects and time phrases', () => {
  it('asks a described object by its description', () => {
    const facts = draft('Aitana Bonmati beat Chelsea and Australia striker Sam Kerr into second place.');
    expect(askFor(facts, 'Sam Kerr')).toBe('Which Chelsea and Australia striker did Aitana Bonmati beat into second place?');
  });

  it('moves a whole time phrase and drops a hedge before a number', () => {
    expect(askFor(draft('Lamar Reynolds put the visitors ahead two minutes before half-time with their first shot.'), 2))
      .toBe('How many minutes before half-time did Lamar Reynolds put the visitors ahead with their first shot?');
    const potter = draft('Graham Potter has been sacked by Chelsea after just seven months in charge, the club have confirmed.');
    expect(askFor(potter, 7)).toBe('After how many months in charge has Graham Potter been sacked by Chelsea?');
  });

  it('asks through an infinitive chain and a second conjunct, and a lone wh-subject takes the singular', () => {
    const facts = draft('Chelsea play Liverpool on Tuesday and are set to face Real Madrid in the Champions League quarter-finals later this month.');
    expect(askFor(facts, 'Real Madrid')).toBe('Which club are Chelsea set to face in the Champions League quarter-finals later this month?');
    expect(askFor(facts, 'Chelsea')).toBe('Which club plays Liverpool on Tuesday?');
  });
});

describe('possessions, adverbs and clubs in a description', () => {
  it('asks a possessive subject with "whose" and reads past an adverb before the verb', () => {
    expect(askFor(draft('Alessia Russo’s second-half goal lifted England to a thrilling 2-1 quarter-final victory over Colombia on Saturday.'), 'Alessia Russo'))
      .toBe('Whose second-half goal lifted England to a thrilling 2-1 quarter-final victory over Colombia on Saturday?');
    expect(askFor(draft('Lauren Hemp also scored for the European champions.'), 'Lauren Hemp')).toBe('Who scored for the European champions?');
  });

  it('asks a person described as "ex-City man" or "two-time … winner" by that description, past a sentence adverb', () => {
    expect(askFor(draft('Ex-City man Cole Palmer had likewise been nominated for the top award after an outstanding first season at Chelsea.'), 'Cole Palmer'))
      .toBe('Which ex-City man had likewise been nominated for the top award after an outstanding first season at Chelsea?');
    expect(askFor(draft('Hence, Sevilla have extended their record to seven Europa League trophies.'), 7)).toBe('To how many Europa League trophies have Sevilla extended their record?');
  });

  it('asks the club or country of a described player, in the past for a former one', () => {
    const toney = draft('Brentford striker Ivan Toney has been suspended from all football for eight months.');
    expect(askFor(toney, 'Brentford')).toBe('Which club does Ivan Toney play for?');
    const bell = draft('Former England and Manchester City midfielder Colin Bell has died at the age of 74 after a short illness.');
    expect(askFor(bell, 'Manchester City')).toBe('Which club did Colin Bell play for?');
    expect(askFor(bell, 'England')).toBe('Which country did Colin Bell play for?');
  });
});

describe('refusals that keep a question true', () => {
  it('leaves a score the verb makes ("made it 3-0") and an elided "his" as gaps, and keeps a result', () => {
    const ingle = draft('Sophie Ingle then made it 3-0 to the visitors with a glorious 20-yard half-volley into the top corner.');
    expect(askFor(ingle, '3-0')).toMatch(/^Fill the gap/);
    const sevilla = draft('Roger Ibañez also missed his as Sevilla beat Roma 4-1 on penalties.');
    expect(askFor(sevilla, 'Roger Ibañez')).toMatch(/^Fill the gap/);
    expect(askFor(sevilla, '4-1')).toBe('What was the score when Sevilla beat Roma?');
  });

  it('asks nothing of a span inside an "as" clause that has its own subject', () => {
    const facts = draft('Super Eagles forward, Victor Osimhen, was the hero of the night as Napoli bounced back from defeat at Inter Milan last week to defeat Sampdoria 2-0.');
    expect(askFor(facts, 'Inter Milan')).toMatch(/^Fill the gap/);
    expect(askFor(facts, 'Victor Osimhen')).toBe('Who was the hero of the night as Napoli bounced back from defeat at Inter Milan last week?');
  });

  it('does not move a time phrase it cannot read to its end', () => {
    const facts = draft("Sam Kerr headed in Chelsea's second goal from a far-post centre by Guro Reiten three minutes after Beth England's sumptuous curled opener.");
    expect(askFor(facts, 3) ?? 'none').not.toMatch(/^How many minutes after/);
  });
});
