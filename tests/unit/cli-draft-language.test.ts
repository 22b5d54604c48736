// Bad input stays harmless: an empty article, one of blanks, or one not in English gets a clear
// message and exit 1, not a draft. (The drafter reads English only: on Spanish it took "Milán"
// for a club and "Liga de Campeones" for a person.)
import { describe, expect, it } from 'vitest';
import { draft } from '../../src/cli/commands/draft';
import { looksEnglish } from '../../src/cli/commands/language';

function drafted(text: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = draft({ input: '-', published: '2016-05-29' }, (l) => out.push(l), (l) => err.push(l), () => text);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const SPANISH = 'El Real Madrid venció al Atlético de Madrid en los penaltis y conquistó su undécima Liga de Campeones. Sergio Ramos marcó en el minuto 15 y Cristiano Ronaldo marcó el penalti decisivo en Milán.';
const ITALIAN = 'Il Napoli ha battuto la Roma 1-0 e si riporta a più tre sul Milan. A decidere la gara è stato un gran gol di Osimhen al minuto 80, che ha battuto Rui Patricio con un diagonale perfetto.';
const RUSSIAN = 'Реал Мадрид обыграл Атлетико в финале Лиги чемпионов в Милане.';
const JAPANESE = 'レアル・マドリードはミラノでアトレティコ・マドリードをPK戦で下した。';
const ENGLISH = 'Real Madrid beat Atletico Madrid on penalties in Milan to win the Champions League for the 11th time. Sergio Ramos scored in the 15th minute and Cristiano Ronaldo scored the decisive penalty.';

describe('draft on empty and foreign articles', () => {
  it('says the article is empty, also when it is only blanks', () => {
    for (const text of ['', '   \n\t  \n']) {
      const result = drafted(text);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/the article is empty/);
      expect(result.out).toBe('');
    }
  });

  it('refuses Spanish, Italian, Russian and Japanese articles with a message, and drafts nothing', () => {
    for (const text of [SPANISH, ITALIAN, RUSSIAN, JAPANESE]) {
      const result = drafted(text);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/does not look like English; the drafter reads English articles only/);
      expect(result.out).toBe('');
    }
  });

  it('still drafts English, however many foreign names it holds', () => {
    expect(looksEnglish(ENGLISH)).toBe(true);
    expect(looksEnglish('Kvaratskhelia and Osimhen scored as Napoli beat Fiorentina.')).toBe(true);
    const result = drafted(ENGLISH);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).facts.length).toBeGreaterThan(0);
  });
});
