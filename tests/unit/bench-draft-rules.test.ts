// The drafting bench's own rules: how it sorts what a player reads (wh-question, gap, fragment),
// when a hint shows the key, when an option is a second right answer, and when a drafted answer
// holds a key. A bench that miscounts would steer the drafter wrong, so its rules are tested too.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/domain/pack/schema';
import { sameThing, showsAnswer, showsDate, showsName, showsNumber } from '../../bench/draft/key-forms';
import { filledIsInArticle, isFragment, isGap, isWhQuestion, listMates, median } from '../../bench/draft/rounds';
import { automaticFault, holds, verdictFor } from '../../bench/draft/score';

const fact = (answer: Fact['answer'], quote = 'Q.', extra: Partial<Fact> = {}): Fact => ({
  id: 'f', subject: 'S', relation: 'r', answer, quote, explanation: 'E.', prompts: { ask: 'What?' }, ...extra,
});

describe('sorting prompts', () => {
  it('counts a wh-question only when it is whole and ends with a question mark', () => {
    expect(isWhQuestion({ form: 'identify', prompt: 'Which club did Arsenal sign Declan Rice from?' })).toBe(true);
    expect(isWhQuestion({ form: 'direct', prompt: 'In which minute did Bowen score? Pick the closest.' })).toBe(true);
    expect(isWhQuestion({ form: 'direct', prompt: 'How much did Arsenal pay?' })).toBe(true);
    expect(isWhQuestion({ form: 'identify', prompt: 'Fill the gap: “Arsenal signed _____ from West Ham.”' })).toBe(false);
    expect(isWhQuestion({ form: 'identify', prompt: 'Who said “… we will fight”?' })).toBe(false);
    expect(isWhQuestion({ form: 'identify', prompt: 'Which club' })).toBe(false);
    expect(isWhQuestion({ form: 'true-false', prompt: 'Who knows?' })).toBe(false);
    expect(isWhQuestion({ form: 'identify', prompt: 'Arsenal signed whom?' })).toBe(false);
  });

  it('finds gaps and fragments', () => {
    expect(isGap('Fill the gap: “Arsenal signed _____.”')).toBe(true);
    expect(isGap('Which club?')).toBe(false);
    expect(isFragment('Fill the gap: “… the 24-year-old the most expensive _____ …”')).toBe(true);
    expect(isFragment('True or false? … Chelsea won the league.')).toBe(true);
    expect(isFragment('True or false? Chelsea won the league …')).toBe(true);
    expect(isFragment('Who said “… we will fight”?')).toBe(true);
    expect(isFragment('Which club did Arsenal sign Declan Rice from?')).toBe(false);
    expect(isFragment('True or false? Chelsea won the league.')).toBe(false);
  });
});

describe('a key in any form', () => {
  it('reads numbers as digits, separators, words and ordinals, but not inside other numbers', () => {
    expect(showsNumber('a club-record £105m', 105)).toBe(true);
    expect(showsNumber('a crowd of 88,966', 88966)).toBe(true);
    expect(showsNumber('a five-year deal', 5)).toBe(true);
    expect(showsNumber('his thirty-fifth goal', 35)).toBe(true);
    expect(showsNumber('his 35th goal', 35)).toBe(true);
    expect(showsNumber('in 1935', 35)).toBe(false);
    expect(showsNumber('a 3.5 rating', 3)).toBe(false);
    expect(showsNumber('twenty-five games', 20)).toBe(false);
  });

  it('reads dates by their year, or their month with the day', () => {
    expect(showsDate('until 16 January 2024', '2024-01-16')).toBe(true);
    expect(showsDate('until 16 January', '2024-01-16')).toBe(true);
    expect(showsDate('until 17 January', '2024-01-16')).toBe(false);
    expect(showsDate('in the spring', '2024-01-16')).toBe(false);
  });

  it('shows a name by its surname, but not by a word another name shares', () => {
    expect(showsName("Tuchel's side moved three points clear", 'Thomas Tuchel')).toBe(true);
    expect(showsName('Mbappe scored', 'Kylian Mbappé')).toBe(true);
    expect(showsName("Manchester City's players walk out against _____", 'Manchester United')).toBe(false);
    expect(showsName('Inter Milan won', 'AC Milan')).toBe(false);
    expect(showsName('United won again', 'Manchester United')).toBe(false);
    expect(showsName('Clubs: Malmö FF, Ajax, Juventus', 'Ajax Amsterdam')).toBe(true);
    expect(showsAnswer('Spurs won', fact({ type: 'club', value: 'Tottenham Hotspur' }))).toBe(true);
  });

  it('knows a surname and an alias name the same thing', () => {
    expect(sameThing('Potter', 'Graham Potter')).toBe(true);
    expect(sameThing('Spurs', 'Tottenham Hotspur')).toBe(true);
    expect(sameThing('Chelsea', 'Arsenal')).toBe(false);
    expect(sameThing('Union', 'Bayern Munich')).toBe(false);
    // Two injuries share a last word and an initial but are not one person with two first names.
    expect(sameThing('hip injury', 'hamstring injury')).toBe(false);
    expect(sameThing('Leo Messi', 'Lionel Messi')).toBe(true);
    expect(sameThing('Gunners', 'Arsenal')).toBe(true);
    expect(sameThing('Leo Messi', 'Lionel Messi')).toBe(true);
    expect(sameThing('Thomas Muller', 'Gerd Muller')).toBe(false);
    expect(sameThing("Women's Super League", "Women's Champions League")).toBe(false);
    expect(sameThing('Emirates Stadium', 'Etihad Stadium')).toBe(false);
    expect(sameThing('24 May', '21 May')).toBe(false);
  });
});

describe('second right options', () => {
  const article = 'Rice joined from West Ham. He played for Arsenal, Chelsea and Spurs. He cost £105m.';
  it('takes a value filled into a gap as right when the article says exactly that', () => {
    expect(filledIsInArticle('Fill the gap: “He played for _____, Chelsea and Spurs.”', 'Arsenal', article)).toBe(true);
    expect(filledIsInArticle('Fill the gap: “He played for _____, Chelsea and Spurs.”', 'Everton', article)).toBe(false);
    expect(filledIsInArticle('Fill the gap: “He cost £_____m.”', '100', article)).toBe(false);
    expect(filledIsInArticle('Rice joined from {answer}.', 'West Ham', article)).toBe(true);
  });

  it('finds other members of a list', () => {
    expect(listMates('He played for Arsenal, Chelsea and Spurs.', 'Arsenal', 'Spurs')).toBe(true);
    expect(listMates('Bayern Munich thrashed Union Berlin 5-1.', 'Bayern Munich', 'Union Berlin')).toBe(false);
  });
});

describe('scoring an article', () => {
  it('holds a key when the answer shows the value, never coarser for dates', () => {
    expect(holds(fact({ type: 'number', value: 5 }), 'five-year')).toBe(true);
    expect(holds(fact({ type: 'number', value: 4 }), 'five-year')).toBe(false);
    expect(holds(fact({ type: 'date', value: '2024-01-16' }), '16 January 2024')).toBe(true);
    expect(holds(fact({ type: 'date', value: '2024-01' }), '16 January 2024')).toBe(false);
    expect(holds(fact({ type: 'person', value: 'Sam Kerr' }), 'Kerr')).toBe(true);
    expect(holds(fact({ type: 'club', value: 'Chelsea' }), 'Arsenal')).toBe(false);
  });

  it('calls false, without a reviewer, an answer its quote does not hold or a quote not in the article', () => {
    const text = 'Bell scored 153 goals for City. Manchester City paid tribute.';
    expect(automaticFault(fact({ type: 'number', value: 153 }, 'Bell scored 153 goals for City.'), text)).toBeUndefined();
    expect(automaticFault(fact({ type: 'number', value: 154 }, 'Bell scored 153 goals for City.'), text)).toMatch(/not in its quote/);
    expect(automaticFault(fact({ type: 'club', value: 'Manchester City' }, 'Bell scored 153 goals for City.'), text)).toBeUndefined();
    expect(automaticFault(fact({ type: 'club', value: 'Chelsea' }, 'Bell scored 153 goals for City.'), text)).toMatch(/not in its quote/);
    expect(automaticFault(fact({ type: 'number', value: 153 }, 'Bell scored 153 goals.'), text)).toMatch(/verbatim/);
  });

  it('applies a verdict only to the question it was given for', () => {
    const f = fact({ type: 'club', value: 'Chelsea' }, 'Q.', { prompts: { ask: 'Which club?' } });
    const j = { quote: 'Q.', answer: 'Chelsea', verdict: 'good' as const, reason: 'fair' };
    expect(verdictFor(f, [j])?.verdict).toBe('good');
    expect(verdictFor(f, [{ ...j, ask: 'Which club?' }])?.verdict).toBe('good');
    expect(verdictFor(f, [{ ...j, ask: 'Fill the gap: “_____”' }])).toBeUndefined();
    expect(verdictFor(f, [{ ...j, subject: 'Arsenal' }])).toBeUndefined();
  });

  it('takes the middle of the prompt lengths', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(3);
    expect(median([])).toBe(0);
  });
});
