import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { finiteVerb } from '../../src/authoring/draft/verbs';
import type { Fact } from '../../src/domain/pack/schema';

const draft = (text: string) => draftPack(`Test headline for the drafter\n\n${text}`, { today: '2024-06-01' }).pack.facts;
const valueOf = (f: Fact) => ('value' in f.answer ? f.answer.value : undefined);
const askFor = (facts: readonly Fact[], value: string | number) => facts.find((f) => valueOf(f) === value)?.prompts.ask;

describe('wh-questions from football clauses', () => {
  it('asks a transfer by its roles: from, fee and date, the subject named', () => {
    const facts = draft('Jack Grealish moved from Aston Villa to Manchester City for £100m in August 2021.');
    expect(askFor(facts, 'Aston Villa')).toBe('From which club did Jack Grealish move to Manchester City for £100m in August 2021?');
    expect(askFor(facts, 100)).toBe('For how much did Jack Grealish move from Aston Villa to Manchester City in August 2021?');
    expect(askFor(facts, '2021-08')).toBe('When did Jack Grealish move from Aston Villa to Manchester City for £100m?');
    const fee = facts.find((f) => valueOf(f) === 100)!;
    expect(fee.prompts.statement).toBe('Jack Grealish moved from Aston Villa to Manchester City for £{answer}m in August 2021.');
  });

  it('asks counts with their unit and the subject of the clause for who did it', () => {
    const facts = draft('Erling Haaland scored 36 goals in 35 games. Argentina won 4-2 on penalties after Gonzalo Montiel converted the decisive kick.');
    expect(askFor(facts, 36)).toBe('How many goals did Erling Haaland score in 35 games?');
    expect(askFor(facts, 'Gonzalo Montiel')).toBe('Who converted the decisive kick?');
  });

  it('asks a result as a noun phrase and an attributive minute by its scorer', () => {
    const facts = draft("Manchester City's 1-0 win over Inter Milan in Istanbul, settled by Rodri's 68th-minute strike, completed a treble.");
    expect(askFor(facts, '1-0')).toBe("What was the score of Manchester City's win over Inter Milan in Istanbul?");
    expect(askFor(facts, '68th')).toBe('In which minute did Rodri score?');
  });

  it('names the person behind "he" and behind an epithet, and inverts auxiliaries', () => {
    const facts = draft('Pascal Struijk joined Leeds United in 2018. He has been ruled out for three weeks with a hamstring injury.');
    expect(askFor(facts, 2018)).toBe('In which year did Pascal Struijk join Leeds United?');
    expect(askFor(facts, 3)).toBe('For how many weeks has Pascal Struijk been ruled out?');
  });

  it('refuses a wh-question where the span hangs on another verb ("the shirt he wore at West Ham")', () => {
    const facts = draft('Declan Rice will keep the number 41 shirt he wore at West Ham.');
    const westHam = facts.find((f) => valueOf(f) === 'West Ham');
    expect(westHam?.prompts.ask ?? 'Fill the gap').toMatch(/^Fill the gap/);
  });

  it('asks who said a short whole quotation, the speaker resolved to the full name', () => {
    const facts = draft('Leeds boss Daniel Farke gave an update on Friday. "Joel is back in team training and is fully fit," said Farke.');
    const said = facts.find((f) => f.relation.startsWith('speaker'));
    expect(said?.prompts.ask).toBe('Who said: “Joel is back in team training and is fully fit.”?');
    expect(said?.answer).toEqual({ type: 'person', value: 'Daniel Farke' });
  });

  it('reads a capitalised lead as a name and its auxiliary', () => {
    const facts = draft('GRAHAM POTTER HAS been sacked by Chelsea after just seven months in charge, the club have confirmed.');
    expect(askFor(facts, 'Chelsea')).toBe('By which club has Graham Potter been sacked after just seven months in charge?');
  });

  it('knows base forms only for verbs it lists: an unknown verb is not guessed', () => {
    expect(finiteVerb('signed')).toEqual({ base: 'sign', tense: 'past' });
    expect(finiteVerb('netted')).toEqual({ base: 'net', tense: 'past' });
    expect(finiteVerb('moved')).toEqual({ base: 'move', tense: 'past' });
    expect(finiteVerb('qualified')).toEqual({ base: 'qualify', tense: 'past' });
    expect(finiteVerb('leaves')).toEqual({ base: 'leave', tense: 'present-s' });
    expect(finiteVerb('won')).toEqual({ base: 'win', tense: 'past' });
    expect(finiteVerb('bamboozled')).toBeUndefined();
  });
});

describe('prompts on every article of the invented corpus', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'draft-corpus');
  const facts = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => draftPack(readFileSync(join(dir, f), 'utf8')).pack.facts);

  it('writes wh-questions that are short, whole and end on a question mark, with no pronoun for a subject', () => {
    const wh = facts.filter((f) => !/gap/.test(f.prompts.ask));
    expect(wh.length).toBeGreaterThan(100);
    for (const f of wh) {
      expect(f.prompts.ask.length, f.prompts.ask).toBeLessThanOrEqual(120);
      expect(f.prompts.ask, f.prompts.ask).toMatch(/^(?:\p{Lu}\p{Ll}* )?(?:Who|Whom|Whose|What|Which|When|How|which|what|whom|whose|how)\b.*\?$/u);
      expect(f.prompts.ask).not.toMatch(/…|\b(?:did|does|has|have|had|was|were|is|are|will) (?:he|she|they)\b/);
    }
  });

  it('never quotes a cut fragment, and every statement is one sentence holding its answer once', () => {
    for (const f of facts) {
      expect(f.prompts.ask, f.prompts.ask).not.toMatch(/“…|…”/);
      const s = f.prompts.statement;
      if (!s) continue;
      expect(s.split('{answer}').length, s).toBe(2);
      expect(s, s).not.toMatch(/^…|…\.?$/);
      expect(s, s).toMatch(/[.”]$/);
    }
  });
});
