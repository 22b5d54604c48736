// Every form of a key a hint must hide, and the plain "no hint" when hiding is not enough.
import { describe, expect, it } from 'vitest';
import { blank, NO_HINT, safeHint } from '../../src/domain/questions/forms';
import { numberWords, shownForm, textForms, tokenize } from '../../src/domain/questions/key-forms';

describe('key forms', () => {
  it('reads numbers whatever their separators, ordinals and currency', () => {
    const values = tokenize('88,966 fans, the 23rd minute, a £105m fee, 1.5 goals').flatMap((t) => (t.kind === 'num' ? [t.value] : []));
    expect(values).toEqual([88966, 23, 105, 1.5]);
  });

  it('spells numbers as words and ordinals', () => {
    expect(numberWords(7)).toEqual([['seven'], ['seventh']]);
    expect(numberWords(23)).toEqual([['twenty', 'three'], ['twenty', 'third']]);
    expect(numberWords(40)).toEqual([['forty'], ['fortieth']]);
  });

  it('finds a key in any of its forms', () => {
    expect(shownForm('a crowd of 88,966 at Wembley', textForms('88966'))).toBe('88,966');
    expect(shownForm('he scored seven goals', textForms('7'))).toBe('seven');
    expect(shownForm('in the twenty-third minute', textForms('23'))).toBe('twenty-third');
    expect(shownForm('in the 23rd minute', textForms('23'))).toBe('23rd');
    expect(shownForm('a club-record £105m', textForms('105'))).toBe('105m');
    expect(shownForm('Mbappe scored three', textForms('Kylian Mbappé'))).toBe('Mbappe');
    expect(shownForm('settled by Rodri’s strike', textForms('Rodri'))).toBe('Rodri');
    expect(shownForm('the French forward', textForms('France'))).toBe('French');
    expect(shownForm('won at Wembley', textForms('Kylian Mbappé'))).toBeUndefined();
    expect(shownForm('370 is not it', textForms('37'))).toBeUndefined();
  });
});

describe('the hint blanks every form of the key', () => {
  it('blanks digits, separators, words, ordinals, currency and name parts', () => {
    expect(blank('87,192 fans watched', ['87192'])).toBe('_____ fans watched');
    expect(blank('Kelly scored in the 110th minute', ['110'])).toBe('Kelly scored in the _____ minute');
    expect(blank('he scored seven times for Real Madrid', ['7'])).toBe('he scored _____ times for Real Madrid');
    expect(blank('Arsenal paid a club-record £105m for Rice', ['105'])).toBe('Arsenal paid a club-record _____ for Rice');
    expect(blank('Mbappé completed his hat-trick', ['Kylian Mbappé'])).toBe('_____ completed his hat-trick');
    expect(blank('“I’m not interested,” he said', ['I’m not interested'])).toBe('“_____,” he said');
  });

  it('keeps the earlier rules: whole words only, longest term first', () => {
    expect(blank('He scored 37 goals in 97 caps; 370 is not 37.', ['37'])).toBe('He scored _____ goals in 97 caps; 370 is not _____.');
    expect(blank('at Euro 2020 last year', ['Euro', 'Euro 2020', '2020'])).toBe('at _____ last year');
  });

  it('says plainly there is no hint when the sentence is little more than its answer', () => {
    expect(safeHint('Kylian Mbappé.', ['Kylian Mbappé'])).toBe(NO_HINT);
    expect(safeHint('Kelly scored in the 110th minute at Wembley', ['110'])).toBe('Kelly scored in the _____ minute at Wembley');
  });
});
