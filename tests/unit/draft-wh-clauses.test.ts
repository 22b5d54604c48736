// Sentence → exact question for the clause shapes the question writer reads this session: a
// question shows only its own clause, a subject the name finder could not type is still the
// article's own word for it. Sentences are from the dev corpus (bench/draft-corpus/dev), never the
// hold-out.
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import type { Fact } from '../../src/domain/pack/schema';
import { answerText } from '../../src/domain/questions/forms';

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
