import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/domain/pack/validate';
import { roundReducer, startRound, type RoundConfig } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { makeShareText, MAX_SHARED_SQUARES, OUTCOME_EMOJI, outcomeGrid, outcomesFromHistory, type QuestionOutcome } from '../../src/share/share-text';
import { splitGraphemes } from '../../src/domain/player-name';

const SQUARES = new Set(Object.values(OUTCOME_EMOJI));
const countSquares = (text: string) => splitGraphemes(text).filter((g) => SQUARES.has(g)).length;
const outcomes = (n: number): QuestionOutcome[] => Array.from({ length: n }, (_, i) => (['right', 'wrong', 'timeout'] as const)[i % 3] as QuestionOutcome);

describe('makeShareText', () => {
  it('formats a Classic round', () => {
    const text = makeShareText({
      gameName: 'Football Trivia',
      packTitle: 'Benzema 2022',
      score: 1234,
      correct: 7,
      total: 10,
      outcomes: ['right', 'right', 'wrong', 'timeout', 'right', 'right', 'right', 'right', 'wrong', 'right'],
      link: 'https://example.org/?c=abc',
    });
    expect(text).toBe(
      ['⚽ Football Trivia', 'Benzema 2022', '7/10 · 1,234 points', '🟩🟩🟥⏱️🟩 🟩🟩🟩🟥🟩', 'https://example.org/?c=abc'].join('\n'),
    );
  });

  it('says "Daily #N" for the Daily', () => {
    const text = makeShareText({ gameName: 'Football Trivia', packTitle: 'Benzema 2022', score: 1, correct: 1, total: 1, outcomes: ['right'], daily: 12 });
    expect(text.split('\n')[0]).toBe('⚽ Football Trivia · Daily #12');
    expect(text).toContain('1/1 · 1 point');
    expect(text).not.toContain('http');
  });

  it('keeps names on one line each, so the layout cannot be broken', () => {
    const text = makeShareText({ gameName: 'A\nB', packTitle: ' P \r\n Q ', score: 0, correct: 0, total: 0, outcomes: [] });
    expect(text).toBe('⚽ A B\nP Q\n0/0 · 0 points');
  });

  it('has one square per question, up to the cap', () => {
    for (let n = 0; n <= MAX_SHARED_SQUARES; n++) {
      const o = outcomes(n);
      const text = makeShareText({ gameName: 'G', packTitle: 'P', score: 0, correct: 0, total: n, outcomes: o });
      expect(countSquares(text)).toBe(n);
      // In order.
      expect(splitGraphemes(text).filter((g) => SQUARES.has(g))).toEqual(o.map((x) => OUTCOME_EMOJI[x]));
    }
    const long = outcomeGrid(outcomes(137));
    expect(countSquares(long)).toBe(MAX_SHARED_SQUARES);
    expect(long.endsWith('+87 more')).toBe(true);
  });

  it('reveals no question, option, quote or answer', () => {
    const pack = validatePack(JSON.parse(readFileSync('tests/fixtures/mini-pack.json', 'utf8')));
    if (!pack.ok) throw new Error('fixture pack is invalid');
    const config: RoundConfig = { packId: pack.pack.id, packVersion: pack.pack.version, seed: 'share-1', mode: 'classic', difficulty: 'medium' };
    const questions = questionsForRound(pack.pack, config);
    expect(questions.length).toBeGreaterThan(2);
    let state = startRound(config, questions);
    questions.forEach((q, i) => {
      state = i % 3 === 2 ? roundReducer(state, { type: 'timeout' }) : roundReducer(state, { type: 'answer', choice: i % 3 === 0 ? q.answer : (q.answer + 1) % q.options.length, timeMs: 3000 });
      state = roundReducer(state, { type: 'next' });
    });
    const o = outcomesFromHistory(state.history);
    expect(o.slice(0, 3)).toEqual(['right', 'wrong', 'timeout']);
    const text = makeShareText({ gameName: 'Football Trivia', packTitle: pack.pack.title, score: state.score, correct: state.correctCount, total: questions.length, outcomes: o, link: 'https://example.org/?c=x' });

    expect(countSquares(text)).toBe(questions.length);
    for (const q of questions) {
      for (const option of q.options) if (/\p{L}/u.test(option) && option.length > 3) expect(text).not.toContain(option);
      for (const secret of [q.prompt, q.quote, q.explanation]) if (secret) expect(text).not.toContain(secret);
    }
    // And structurally: nothing but the known lines.
    const lines = text.split('\n');
    expect(lines[0]).toBe('⚽ Football Trivia');
    expect(lines[1]).toBe(pack.pack.title);
    expect(lines[2]).toMatch(/^\d+\/\d+ · [\d,]+ points?$/);
    for (const line of lines.slice(3, -1)) expect(line).toMatch(/^(?:🟩|🟥|⏱️| )+$/u);
    expect(lines.at(-1)).toBe('https://example.org/?c=x');
  });
});
