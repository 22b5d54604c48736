// Sentence → exact question for the clause shapes the question writer reads this session: a
// question shows only its own clause, a subject the name finder could not type is still the
// article's own word for it. Sentences are from the dev corpus (bench/draft-corpus/dev), never the
// hold-out.
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import type { Fact } from '../../src/domain/pack/schema';
import { answerText } from '../../src/domain/questions/forms';
import { baseOfParticiple } from '../../src/authoring/draft/wh/absolute';
import { pastOf } from '../../src/authoring/draft/verbs';

const draft = (text: string) => draftPack(`Test headline for the drafter\n\n${text}`, { today: '2024-06-01' }).pack.facts;
/** The question of the fact whose answer reads as `shown` on its button. */
const askFor = (facts: readonly Fact[], shown: string) => facts.find((f) => answerText(f) === shown)?.prompts.ask;

describe('a question shows only its own clause', () => {
  it('leaves out a subordinate clause with a subject of its own', () => {
    const facts = draft('Harry Kane scored his 33rd goal in the Bundesliga as Bayern Munich thrashed Union Berlin 5-1 at Stadion An der Alten Forsterei.');
    expect(askFor(facts, 'Harry Kane')).toBe('Who scored his 33rd goal in the Bundesliga?');
    const sarmiento = draft("The hosts levelled early in the second half when Jeremy Sarmiento nestled a shot into the bottom left corner although Kieran McKenna's side were frustrated by 12 saves.");
    expect(askFor(sarmiento, 'Jeremy Sarmiento')).toBe('Who nestled a shot into the bottom left corner?');
  });

  it('keeps the clause that says too little alone ("the hero of the night as …")', () => {
    const facts = draft('Super Eagles forward, Victor Osimhen, was the hero of the night as Napoli bounced back from defeat at Inter Milan last week.');
    expect(askFor(facts, 'Victor Osimhen')).toBe('Who was the hero of the night as Napoli bounced back from defeat at Inter Milan last week?');
  });

  it('keeps a phrase that is no clause ("after a short illness")', () => {
    const facts = draft('Former England and Manchester City midfielder Colin Bell has died at the age of 74 after a short illness.');
    expect(askFor(facts, '74')).toBe('At what age did Colin Bell die after a short illness?');
  });
});

describe('subjects the name finder did not type', () => {
  it('asks about one capitalised word before a known verb as written', () => {
    expect(askFor(draft('However, Napoli restored parity in the 38th minute, with Osimhen playing a crucial part.'), '38th')).toBe('In which minute did Napoli restore parity?');
  });

  it('never takes a capitalised common noun for a name', () => {
    const facts = draft('Goals came from Mathys Tel in the 38th minute.');
    expect(askFor(facts, '38th')).toMatch(/^Fill the gap/);
  });
});

describe('infinitives of result and phrases inside phrases', () => {
  it('asks the object of an infinitive that reports the clause’s result, in the clause’s tense', () => {
    const facts = draft('Peter Hartley scored a dramatic stoppage-time header to send Plymouth Argyle to the League Two play-off final with a 1-0 win over Portsmouth.');
    expect(askFor(facts, 'Plymouth Argyle')).toBe('Which club did Peter Hartley send to the League Two play-off final with a 1-0 win over Portsmouth?');
    expect(askFor(draft('England captain Harry Kane expertly curled in a free-kick to put Bayern Munich 2-0 up on the stroke of half-time.'), 'Bayern Munich'))
      .toBe('Which club did England captain Harry Kane put 2-0 up on the stroke of half-time?');
  });

  it('never asks an aim or a possibility as done ("had enough to pip Liverpool")', () => {
    const city = draft('But Pep Guardiola’s men still had enough to pip Liverpool by a point to win a fourth Premier League title in five seasons.');
    expect(askFor(city, 'Liverpool') ?? 'none').not.toMatch(/^Which club did/);
  });

  it('asks a second conjunct with its own auxiliary ("and will be expected to get City over the line")', () => {
    const facts = draft('Manchester City completed the signing of Norwegian star striker Erling Haaland from Borussia Dortmund on Monday on a five-year deal.\n\n'
      + 'Haaland has scored 23 goals in 19 Champions League appearances for Dortmund and RB Salzburg and will be expected to get City over the line when it matters most in Europe.');
    expect(askFor(facts.filter((f) => f.quote.includes('over the line')), 'Manchester City')).toBe('Which club will Erling Haaland be expected to get over the line when it matters most in Europe?');
  });
});

describe('ranks and how many times', () => {
  it('asks an ordinal by the noun it counts', () => {
    expect(askFor(draft("Sam Kerr headed in Chelsea's second goal from a far-post centre by Guro Reiten three minutes after Beth England's sumptuous curled opener."), 'second'))
      .toBe('Which Chelsea goal did Sam Kerr head in from a far-post centre by Guro Reiten?');
    expect(askFor(draft('Aitana Bonmati beat Chelsea and Australia striker Sam Kerr into second place.'), 'second')).toBe('Into which place did Aitana Bonmati beat Chelsea and Australia striker Sam Kerr?');
    expect(askFor(draft('Harry Kane scored his 33rd goal in the Bundesliga as Bayern Munich thrashed Union Berlin 5-1 at Stadion An der Alten Forsterei.'), '33rd'))
      .toBe('Which goal did Harry Kane score in the Bundesliga?');
  });

  it('asks no ordinal of a phrase inside a phrase, of "the first time", or of a name', () => {
    const maidstone = draft('Maidstone United had banked over £230k in prize money on their way to the fourth round.');
    expect(askFor(maidstone, 'fourth')).toMatch(/^Fill the gap/);
    expect(askFor(draft('Phil Foden took home the Players’ Player of the Year award for the first time.'), 'first')).toMatch(/^Fill the gap/);
    expect(askFor(draft('England’s coach Sarina Wiegman is a step closer to her second consecutive Women’s World Cup final.'), 'second')).toMatch(/^Fill the gap/);
  });

  it('asks "how many times" wherever the count stands, and leaves a relative clause out', () => {
    expect(askFor(draft('Ipswich Town hit the woodwork three times in the first half as the Stones rode their luck.'), '3'))
      .toBe('How many times did Ipswich Town hit the woodwork in the first half?');
    expect(askFor(draft('Bayer Leverkusen secured their first trophy in 31 years which led to wild celebrations from a 30,000 home crowd.'), 'first'))
      .toBe('Which trophy did Bayer 04 Leverkusen secure in 31 years?');
  });
});

describe('absolute clauses ("with X doing Y")', () => {
  it('asks the event of the clause in the past beside a past or perfect main clause', () => {
    const facts = draft("Tuchel's side have moved three points ahead of Stuttgart as they look to secure second spot, with Bayer Leverkusen winning the Bundesliga title last weekend.");
    expect(askFor(facts, 'Bundesliga')).toBe('Which title did Bayer 04 Leverkusen win last weekend?');
  });

  it('asks "is …ing" beside a present main clause', () => {
    const facts = draft('There is a hope the worst case scenario is only a very minor threat at this stage, with Leeds boss Daniel Farke hoping to have his key defender back in a matter of weeks, not months.');
    expect(askFor(facts, 'Daniel Farke')).toBe('Who is hoping to have his key defender back in a matter of weeks, not months?');
  });

  it('refuses one that says too little alone ("Who came third?")', () => {
    const facts = draft('Aitana Bonmati beat Chelsea and Australia striker Sam Kerr into second place, with her Spain and Barcelona team-mate Salma Paralluelo coming third.');
    expect(askFor(facts, 'Salma Paralluelo') ?? 'none').not.toBe('Who came third?');
  });

  it('knows a participle’s base form and a base form’s past', () => {
    expect(['winning', 'hoping', 'coming', 'completing', 'playing', 'morning'].map(baseOfParticiple)).toEqual(['win', 'hope', 'come', 'complete', 'play', undefined]);
    expect(['win', 'hope', 'carry', 'net', 'score', 'come'].map(pastOf)).toEqual(['won', 'hoped', 'carried', 'netted', 'scored', 'came']);
  });
});

describe('relative clauses about a team', () => {
  it('reads the main verb after "Colombia, who were …," with Colombia as its subject', () => {
    const facts = draft('Colombia, who were the lowest-ranked team remaining at 25 and had never made it past the tournament’s round of 16, opened the scoring with a goal from Leicy Santos to the delight of the large swaths of yellow-and-blue clad Colombian fans among the crowd of 75,784 at Stadium Australia.');
    expect(askFor(facts, 'Leicy Santos')).toBe('From whom did Colombia open the scoring with a goal?');
  });
});

describe('things as subjects, and limits', () => {
  it('keeps a thing as subject ("the pressure") when the clause names a team, never an epithet for one', () => {
    const facts = draft('The pressure was on the Partenopei after their first Serie A defeat of the season and Luciano Spalletti made several changes in defence and midfield, while Sampdoria were fresh from a surprise win away to Sassuolo.');
    // (The draft may then cut "after their first Serie A defeat…", which names another fact's answer: shrink.ts.)
    expect(askFor(facts, 'Partenopei')).toMatch(/^On which club was the pressure\b.*\?$/);
    const city = draft('However, the English champions again failed in their bid to win the Champions League for the first time, losing a dramatic semi-final to Real Madrid 6-5 on aggregate.');
    expect(askFor(city, 'Champions League')).toMatch(/^Fill the gap/);
  });

  it('asks nothing of "up to" a number, nor reads "upcoming" as a participle clause', () => {
    const facts = draft("The injury will rule Lionel Messi out of both of Argentina's upcoming friendlies against Ecuador and Bosnia-Herzegovina as well as up to eight matches for Barca.");
    expect(askFor(facts, '8') ?? 'none').not.toMatch(/^To how many/);
  });
});

describe('clefts, leading participle phrases and "there were"', () => {
  it('reads "it was X’s strike that put…" as "X’s strike put…"', () => {
    const facts = draft('Surprisingly, it was Martínez Quarta’s strike that put the home side ahead in the 28th minute.');
    expect(askFor(facts, '28th')).toBe('In which minute did Martínez Quarta’s strike put the home side ahead?');
  });

  it('starts the clause after a leading participle phrase', () => {
    const facts = draft("Linked with a big-money move to London rivals Chelsea, midfielder Declan Rice praised the West Ham coaches for stepping up following Moyes' coronavirus diagnosis.");
    expect(askFor(facts, 'Declan Rice')).toBe("Which midfielder praised the West Ham coaches for stepping up following Moyes' coronavirus diagnosis?");
  });

  it('asks a count after "there were" by the noun it counts', () => {
    const facts = draft("There were four City players included, with Kyle Walker and Rodri selected, but the champions were outnumbered by Arsenal's five representatives.");
    expect(askFor(facts, '4')).toBe('How many City players were included?');
  });
});

describe('more roles', () => {
  it('asks a loanee by his role, and his parent club as the club he is on loan from (never the club he plays for)', () => {
    const facts = draft("Brighton loanee Jeremy Sarmiento hit the post from 25 yards and Omari Hutchinson's follow-up effort was saved by Lucas Covolan inside five minutes.");
    expect(askFor(facts, 'Jeremy Sarmiento')).toBe('Which Brighton loanee hit the post from 25 yards?');
    expect(askFor(facts, 'Brighton & Hove Albion') ?? askFor(facts, 'Brighton')).toBe('From which club is Jeremy Sarmiento on loan?');
  });
});
