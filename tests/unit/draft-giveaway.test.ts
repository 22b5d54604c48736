// Facts share a group when one shows the other's answer: what the player reads with a question
// (prompt, hint, explanation, quote) must not hand them another question of the same round.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, readSplit } from '../../bench/draft/corpus';
import { clauseQuote } from '../../src/authoring/draft/clause-quote';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { giveaways, givenAwayBy, independentGroups, shownTexts } from '../../src/authoring/draft/giveaway';
import { answerSpans } from '../../src/authoring/draft/truth';
import type { Fact } from '../../src/domain/pack/schema';
import { generateQuestions } from '../../src/domain/questions/generate';

const fact = (id: string, answer: Fact['answer'], quote: string, ask: string): Fact => ({
  id, subject: 'x', relation: id, answer, quote, explanation: quote, prompts: { ask },
});

describe('which facts give each other away', () => {
  const sentence = 'Toney admitted 232 breaches between February 2017 and January 2021, and he was fined £50,000.';

  it('ties a fact to one whose prompt shows its answer, and leaves apart facts whose prompts do not', () => {
    const breaches = fact('breaches', { type: 'number', value: 232 }, 'Toney admitted 232 breaches between February 2017 and January 2021', 'How many breaches did Toney admit between February 2017 and January 2021?');
    const from = fact('from', { type: 'date', value: '2017-02' }, breaches.quote, 'Fill the gap: “Toney admitted 232 breaches between _____ and January 2021.”');
    const fine = fact('fine', { type: 'number', value: 50_000, unit: '£' }, 'and he was fined £50,000', 'How much was Toney fined?');
    const by = givenAwayBy([breaches, from, fine]);
    expect([...by[0]!]).toEqual([1]);
    expect([...by[1]!]).toEqual([0]);
    expect(by[2]!.size).toBe(0);
    const groups = independentGroups([breaches, from, fine], () => 2);
    expect(groups).toEqual(['sentence-2', 'sentence-2', 'sentence-2-2']);
    expect(sentence).toContain(fine.quote);
  });

  it('does not tie a name shown in other words ("Kerr headed…" says nothing of who grabbed her first goal)', () => {
    const first = fact('first-goal', { type: 'person', value: 'Sam Kerr' }, 'Sam Kerr grabbed her first Chelsea goal', 'Who grabbed her first Chelsea goal?');
    const header = fact('header', { type: 'person', value: 'Guro Reiten' }, 'Kerr headed in Chelsea’s second goal from a far-post centre by Guro Reiten', 'Fill the gap: “Kerr headed in Chelsea’s second goal from a far-post centre by _____.”');
    expect(givenAwayBy([first, header])[0]!.size).toBe(0);
    // …but the same words around it are the same fact.
    const again = fact('again', { type: 'number', value: 12 }, 'Sam Kerr grabbed her first Chelsea goal in 12 games', 'In how many games did Sam Kerr grab her first Chelsea goal?');
    expect([...givenAwayBy([first, again])[0]!]).toEqual([1]);
  });

  it('ties a number of ten or more wherever it shows, but not the digits of a score', () => {
    const goals = fact('goals', { type: 'number', value: 36 }, 'Haaland scored 36 goals', 'How many goals did Haaland score?');
    const haul = fact('haul', { type: 'person', value: 'Erling Haaland' }, 'His 36-goal haul broke the record', 'Whose haul broke the record?');
    expect([...givenAwayBy([goals, haul])[0]!]).toEqual([1]);
    const four = fact('four', { type: 'number', value: 4 }, 'he would sit out four matches', 'How many matches would he sit out?');
    const score = fact('score', { type: 'text', value: 'Real Betis' }, 'the 4-1 win over Real Betis', 'Against whom was the 4-1 win?');
    expect(givenAwayBy([four, score])[0]!.size).toBe(0);
  });
});

describe('a fact quotes its own clause', () => {
  const text = 'Despite playing regularly during the qualification campaign, Benzema was left out of France’s squad for the 2010 World Cup, though coach Raymond Domenech insisted it was due to his club form with Real Madrid.';
  const cuts = [0, text.indexOf('Benzema was'), text.indexOf('though coach'), text.length];
  const clauses = cuts.slice(1).map((end, i) => ({ start: cuts[i]!, end }));

  it('cuts at the clause holding the answer, without the trailing comma', () => {
    const at = text.indexOf('2010 World Cup');
    expect(clauseQuote({ text, clauses }, { start: at, end: at + 14 })).toBe('Benzema was left out of France’s squad for the 2010 World Cup');
    const coach = text.indexOf('Raymond');
    expect(clauseQuote({ text, clauses }, { start: coach, end: coach + 16 })).toBe('though coach Raymond Domenech insisted it was due to his club form with Real Madrid.');
  });

  it('takes the clause before a short one, and keeps the sentence whole rather than split a quotation', () => {
    const short = 'Messi limped off after 21 minutes, and then he left.';
    expect(clauseQuote({ text: short, clauses: [{ start: 0, end: 35 }, { start: 35, end: short.length }] }, { start: 40, end: 44 })).toBe(short);
    const quoted = 'He said “we lost, and it hurts” after the game against Spain.';
    expect(clauseQuote({ text: quoted, clauses: [{ start: 0, end: 18 }, { start: 18, end: quoted.length }] }, { start: 55, end: 60 })).toBe(quoted);
  });
});

/** The words either side of the answer in a fact's own quote, as the article has them. */
function answerInContext(f: Fact): string[] {
  return answerSpans(f).map(([s, e]) => {
    const before = /(\S+\s+)$/u.exec(f.quote.slice(0, s))?.[1] ?? '';
    const after = /^(\s*[^\s,.;:]+)/u.exec(f.quote.slice(e))?.[1] ?? '';
    return `${before}${f.quote.slice(s, e)}${after}`.toLowerCase();
  }).filter((w) => w.split(/\s+/).length >= 3);
}

describe('on the dev articles (never the hold-out)', () => {
  const articles = readSplit(join(CORPUS_DIR, 'dev'), 'dev');

  it('never shows, beside a question, another group’s answer in the words its own quote puts around it', () => {
    let pairs = 0;
    for (const a of articles) {
      const published = a.published.length === 7 ? `${a.published}-01` : a.published;
      const { pack } = draftPack(a.text, { published });
      for (const f of pack.facts) {
        const tells = answerInContext(f);
        for (const other of pack.facts) {
          if (other.group === f.group) continue;
          pairs++;
          const shown = shownTexts(other).join(' \n ').toLowerCase();
          for (const t of tells) expect(shown.includes(t), `${a.slug}: “${t}” of ${f.id} shows in ${other.id}`).toBe(false);
        }
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it('puts every two facts one of which shows the other’s answer (as the drafter finds it, in any field) in one group', () => {
    let ties = 0;
    for (const a of articles) {
      const published = a.published.length === 7 ? `${a.published}-01` : a.published;
      const { pack } = draftPack(a.text, { published });
      for (const g of giveaways(pack.facts, true)) {
        ties++;
        const [of, by] = [pack.facts[g.of]!, pack.facts[g.by]!];
        expect(by.group, `${a.slug}: ${by.id} shows “${g.form}” (${of.id}) in its ${g.field}`).toBe(of.group);
      }
    }
    expect(ties).toBeGreaterThan(100);
  });

  it('draws rounds whose questions come from distinct groups, each fact’s quote the article’s own words', () => {
    for (const a of articles.slice(0, 8)) {
      const published = a.published.length === 7 ? `${a.published}-01` : a.published;
      const { pack } = draftPack(a.text, { published });
      for (const f of pack.facts) expect(a.text, f.id).toContain(f.quote);
      for (let seed = 1; seed <= 10; seed++) {
        const groups = generateQuestions(pack, { seed, count: 10 }).flatMap((q) => q.groups);
        expect(new Set(groups).size).toBe(groups.length);
      }
    }
  });
});
