// The studio says each problem an author meets in the words of its cards (chips, Edit, Delete),
// never in the JSON's ("pool too small for 3 distractors", "facts[25].distractors", "min"/"max").
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack/schema';
import { inAuthorWords } from '../../src/studio/author-words';
import { checkPack } from '../../src/studio/cards';
import { plainProblem } from '../../src/studio/plain-problems';
import { clone, loadValidPack } from './helpers';

const mini = loadValidPack('tests/fixtures/mini-pack.json');
const JSON_WORDS = /distractors|"min"|"max"|pool too small|facts\[\d+\]|\bpool\b|"ask"|"wrong"/;

/** Every problem message of the checked pack, as the studio shows it at its field and in the summary. */
const shown = (pack: Pack): string[] => {
  const checked = checkPack(pack);
  return checked.problems.map((p) => plainProblem(p, pack));
};

describe('problems in the author’s words', () => {
  it('say what to do on the card for too few wrong answers, with how many are missing', () => {
    const p = inAuthorWords({ code: 'pool-too-small', path: 'facts[25].distractors', message: 'pool too small for 3 distractors: 1 usable value(s) after removing the answer and whatever is also true', severity: 'error' });
    expect(p.message).toBe('Only 1 wrong answer can be offered (a question shows 3): add 2 under Wrong answers (type it, or pick one of the article’s names from the list), or Delete the fact');
    expect(p.code).toBe('pool-too-small');
    expect(p.path).toBe('facts[25].distractors');
  });

  it('name the chip to remove for a wrong answer that is right or true elsewhere', () => {
    expect(inAuthorWords({ code: 'wrong-is-answer', path: 'facts[0].distractors.wrong[0]', message: '"Austria" is the right answer, so it cannot be a wrong one', severity: 'error' }).message).toBe('“Austria” is the right answer, so it cannot also be a wrong one: remove its chip (×)');
    expect(inAuthorWords({ code: 'wrong-is-true', path: 'facts[0].distractors.wrong[1]', message: '"Spain" is true under another fact with the same subject and relation', severity: 'error' }).message).toMatch(/^“Spain” is also true .*remove its chip/);
  });

  it('say a pack-wide problem as about the pack, with what to do', () => {
    const p = { code: 'few-groups' as const, path: 'facts', message: 'only 6 independent fact groups: a Classic round of 10 questions will be shorter', severity: 'warning' as const };
    expect(plainProblem(inAuthorWords(p), clone(mini))).toBe('The pack: A round can ask only 6 different questions (a full round has 10): select words in the article that no card uses yet and press “Add a fact from the selection”, or add another article');
  });

  it('leave a message it has no words for as it is', () => {
    const p = { code: 'bad-date' as const, path: 'facts[0].date', message: 'a date like 2007-03-28', severity: 'error' as const };
    expect(inAuthorWords(p)).toBe(p);
  });

  it('reach the summary and the fields of a real checked pack: no JSON words left', () => {
    const pack = clone(mini);
    const person = pack.facts.findIndex((f) => f.answer.type !== 'number' && f.answer.type !== 'year' && f.answer.type !== 'date' && f.answer.type !== 'set');
    expect(person).toBeGreaterThanOrEqual(0);
    const f = pack.facts[person]!;
    const right = (f.answer as { value: string }).value;
    f.distractors = { wrong: [right, 'Nobody at all'] };
    // A schema problem stops the checks across the pack, so the empty question is a second pack.
    const empty = clone(mini);
    empty.facts[0]!.prompts.ask = '';
    const messages = [...shown(pack), ...shown(empty)];
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.some((m) => m.includes(`“${right}” is the right answer`))).toBe(true);
    expect(messages.some((m) => m.includes('must not be empty: write it in'))).toBe(true);
    for (const m of messages) expect(m, m).not.toMatch(JSON_WORDS);
  });
});
