// A fact shows what states it, not the next fact's answer: questions and gaps are cut before the
// phrase that holds another answer, so one sentence can give several independent questions.
import { describe, expect, it } from 'vitest';
import { givenAwayBy } from '../../src/authoring/draft/giveaway';
import { cutAfter, cutBefore, shrinkShown } from '../../src/authoring/draft/shrink';
import type { Fact } from '../../src/domain/pack/schema';

const fact = (id: string, answer: Fact['answer'], quote: string, ask: string, statement?: string): Fact => ({
  id, subject: 'x', relation: id, answer, quote, explanation: quote, prompts: { ask, ...(statement ? { statement } : {}) },
});

// bench/draft-corpus/dev/bayern-union-berlin.txt, sentence 2.
const KANE = 'Harry Kane scored his 33rd goal in the Bundesliga as Bayern Munich thrashed Union Berlin 5-1 at Stadion An der Alten Forsterei.';

describe('cutting a text before another answer', () => {
  it('cuts before the clause that holds it, whole, and never inside it', () => {
    expect(cutBefore(KANE, KANE.indexOf('33rd') + 4, KANE.indexOf('5-1'), /^(?:at|in)$/)).toBe('Harry Kane scored his 33rd goal in the Bundesliga');
    // bench/draft-corpus/dev/plymouth-portsmouth-playoff.txt: not "…draw, but Sunday's return".
    const leg = "Thursday's first leg had provided an entertaining 2-2 draw, but Sunday's return at Home Park proved a cagier affair";
    expect(cutBefore(leg, leg.indexOf('2-2') + 3, leg.indexOf('Home Park'), /^at$/)).toBe("Thursday's first leg had provided an entertaining 2-2 draw");
  });

  it('refuses a cut that leaves a word needing what was cut', () => {
    // messi-hamstring-2013: "out of action for a week the first time and for three weeks the second".
    const weeks = 'He was out of action for a week the first time and for three weeks the second.';
    expect(cutBefore(weeks, weeks.indexOf('first') + 5, weeks.indexOf('three'), /^for$/)).toBeUndefined();
    // arsenal-chelsea-wsl-2020: "three minutes after Beth England's opener" is counted from the opener.
    const kerr = "Kerr headed in Chelsea's second goal from a far-post centre by Guro Reiten three minutes after Beth England's sumptuous curled opener.";
    expect(cutBefore(kerr, kerr.indexOf('three') + 5, kerr.indexOf('Beth'), /^after$/)).toBeUndefined();
  });

  it('starts at the next clause only when it reads as a sentence of its own', () => {
    expect(cutAfter(KANE, KANE.indexOf('33rd') + 4, KANE.indexOf('Union'))).toBe('Bayern Munich thrashed Union Berlin 5-1 at Stadion An der Alten Forsterei.');
    // plymouth-portsmouth-playoff: "but turned it around" has no subject of its own.
    const millwall = "Millwall fell behind to Tony McMahon's penalty, but turned it around thanks to Lee Gregory's fine finish.";
    expect(cutAfter(millwall, millwall.indexOf('McMahon') + 7, millwall.indexOf('Gregory'))).toBeUndefined();
  });
});

describe('shrinking what facts show', () => {
  it('parts a gap about Kane’s goal from the questions about the match', () => {
    const rank = fact('rank', { type: 'text', value: '33rd' }, 'Harry Kane scored his 33rd goal in the Bundesliga', 'Fill the gap: “Harry Kane scored his _____ goal in the Bundesliga as Bayern Munich thrashed Union Berlin 5-1 at Stadion An der Alten Forsterei.”');
    const score = fact('score', { type: 'text', value: '5-1' }, KANE, 'What was the score when Bayern Munich thrashed Union Berlin?');
    expect(givenAwayBy([rank, score])[1]!.size).toBe(1);
    shrinkShown([rank, score]);
    expect(rank.prompts.ask).toBe('Fill the gap: “Harry Kane scored his _____ goal in the Bundesliga.”');
    // The match's quote starts at its own clause, after Kane's 33rd.
    expect(score.quote).toBe('Bayern Munich thrashed Union Berlin 5-1 at Stadion An der Alten Forsterei.');
    expect(givenAwayBy([rank, score]).every((by) => by.size === 0)).toBe(true);
  });

  it('cuts a question’s trailing phrase that names another answer, and keeps a number question whole', () => {
    // haaland-city-signing, sentence 1.
    const quote = 'Manchester City completed the signing of Norwegian star striker Erling Haaland from Borussia Dortmund on Monday on a five-year deal.';
    const who = fact('who', { type: 'person', value: 'Erling Haaland' }, quote, 'Which player did Manchester City sign from Borussia Dortmund on Monday on a five-year deal?');
    const from = fact('from', { type: 'club', value: 'Borussia Dortmund' }, quote, 'From which club did Manchester City sign Erling Haaland?');
    const years = fact('years', { type: 'number', value: 5 }, quote, 'How many years is the deal Erling Haaland signed with Manchester City on Monday?');
    shrinkShown([who, from, years]);
    expect(who.prompts.ask).toBe('Which player did Manchester City sign?');
    expect(years.prompts.ask).toBe('How many years is the deal Erling Haaland signed with Manchester City on Monday?');
  });

  it('cuts a true/false statement before another answer, and drops one that names it first', () => {
    // toney-betting-ban, sentence 1.
    const quote = 'Brentford striker Ivan Toney has been suspended from all football for eight months after breaking FA betting rules.';
    const club = fact('club', { type: 'club', value: 'Brentford' }, quote, 'Which club does Ivan Toney play for?', '{answer} striker Ivan Toney has been suspended from all football for eight months.');
    const months = fact('months', { type: 'number', value: 8 }, 'Ivan Toney has been suspended from all football for eight months', 'For how many months has Ivan Toney been suspended from all football?');
    const who = fact('who', { type: 'person', value: 'Ivan Toney' }, quote, 'Which Brentford striker has been suspended?', 'Brentford striker {answer} has been suspended from all football for eight months.');
    const brentford = fact('brentford', { type: 'club', value: 'Brentford' }, 'Brentford striker Ivan Toney has been suspended', 'Which club does Ivan Toney play for?');
    shrinkShown([club, months]);
    shrinkShown([who, brentford]);
    expect(club.prompts.statement).toBe('{answer} striker Ivan Toney has been suspended from all football.');
    expect(who.prompts.statement).toBeUndefined();
    expect(who.explanation).toBe(who.quote);
  });
});
