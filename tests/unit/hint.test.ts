import { describe, expect, it } from 'vitest';
import { blank } from '../../src/domain/questions/forms';
import { generateQuestions } from '../../src/domain/questions/generate';
import { normalizeOption } from '../../src/domain/text';
import { loadValidPack } from './helpers';

describe('the Hint lifeline: the quote with the answer blanked', () => {
  it('blanks whole words only, whatever their case', () => {
    expect(blank('He scored 37 goals in 97 caps; 370 is not 37.', ['37'])).toBe('He scored _____ goals in 97 caps; 370 is not _____.');
    expect(blank('against AUSTRIA in March 2007', ['Austria', 'March 2007'])).toBe('against _____ in _____');
    expect(blank('Real Madrid forward', ['Madrid'])).toBe('Real _____ forward');
    expect(blank('Ballon d’Or winner', ['Ballon d’Or'])).toBe('_____ winner');
  });

  it('prefers the longest term where terms overlap', () => {
    expect(blank('at Euro 2020 last year', ['Euro', 'Euro 2020', '2020'])).toBe('at _____ last year');
  });

  it('leaves the quote alone when nothing matches, and never blanks True/False', () => {
    expect(blank('Benzema wrote on Instagram', ['True', 'False', 'Twitter'])).toBe('Benzema wrote on Instagram');
  });

  it('never shows the right option in a generated hint', () => {
    const pack = loadValidPack('questions/benzema-2022.json');
    for (let seed = 0; seed < 300; seed++) {
      for (const q of generateQuestions(pack, { seed, count: 10 })) {
        if (q.form === 'true-false' || q.form === 'hand-written' || !q.hint) continue;
        const right = q.options[q.answer]!;
        if (q.form === 'order' || q.form === 'which-first') continue; // options are event names, not in the quotes
        expect(` ${normalizeOption(q.hint)} `.includes(` ${normalizeOption(right)} `), `${q.id}: ${q.hint}`).toBe(false);
      }
    }
  });
});
