import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { draft } from '../../src/cli/commands/draft';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { Pack, type Fact } from '../../src/domain/pack/schema';
import { validatePack } from '../../src/domain/pack/validate';
import { auditRound } from '../../src/domain/questions/audit';
import { generateQuestions } from '../../src/domain/questions/generate';
import { answerIsSpan } from '../../src/authoring/draft/truth';
import { ARTICLE, run, tempDir } from './cli-helpers';

const article = readFileSync(ARTICLE, 'utf8');
const seedDraft = () => draftPack(article, { today: '2022-12-20', title: 'Karim Benzema retires' }).pack;

const find = (facts: readonly Fact[], test: (f: Fact) => boolean) => facts.find(test);
const valueOf = (f: Fact | undefined) => (f && 'value' in f.answer ? f.answer.value : undefined);

/** What the author does with a fact that is wrong: delete it, and any bound that points at it. */
function withoutFacts(pack: Pack, ids: readonly string[]): Pack {
  const facts = pack.facts
    .filter((f) => !ids.includes(f.id))
    .map((f) => {
      if (!f.distractors) return f;
      const { minFact, maxFact, ...rest } = f.distractors;
      return { ...f, distractors: { ...rest, ...(minFact && !ids.includes(minFact) ? { minFact } : {}), ...(maxFact && !ids.includes(maxFact) ? { maxFact } : {}) } };
    });
  return { ...pack, facts };
}

describe('draft on the seed article', () => {
  const pack = seedDraft();
  const factFor = (value: string | number) => find(pack.facts, (f) => valueOf(f) === value);

  it('asks 37 goals in 97 caps as wh-questions about their own sentence, sharing its group', () => {
    const goals = factFor(37);
    const caps = factFor(97);
    expect(goals?.answer).toMatchObject({ type: 'number', unit: 'goals' });
    expect(caps?.answer).toMatchObject({ type: 'number', unit: 'caps' });
    expect(goals?.subject).toBe('Karim Benzema');
    expect(goals?.prompts.ask).toBe('With how many goals does Karim Benzema finish his France career in 97 caps?');
    expect(caps?.prompts.ask).toBe('In how many caps does Karim Benzema finish his France career with 37 goals?');
    expect(goals?.prompts.statement).toBe('Karim Benzema finishes his France career with {answer} goals in 97 caps.');
    expect(goals?.group).toBe(caps?.group);
    expect(goals?.quote).toContain('37 goals in 97 caps');
  });

  it('finds the debut against Austria in March 2007: a templated team fact and a dated event, one group', () => {
    const team = factFor('Austria');
    const date = find(pack.facts, (f) => f.answer.type === 'date' && f.answer.value === '2007-03');
    expect(team?.prompts.ask).toBe('Against which team did Karim Benzema make his international debut?');
    expect(date?.date).toBe('2007-03');
    expect(date?.prompts.event).toMatch(/debut/);
    expect(team?.group).toBe(date?.group);
    expect(team?.distractors?.pool).toBe('national-teams');
  });

  it('finds the four goals at Euro 2020 (a number word) and makes "he" explicit in the prompt', () => {
    const four = factFor(4);
    expect(four?.quote).toMatch(/^He returned to the France squad for Euro 2020/);
    expect(four?.subject).toBe('Karim Benzema');
    expect(four?.prompts.ask).toMatch(/^Fill the gap: “Karim Benzema returned to the France squad for Euro 2020 last year and scored _____ goals/);
  });

  it('credits Domenech as the coach who spoke, with a coaches pool, and keeps tournaments apart', () => {
    const coach = factFor('Raymond Domenech');
    expect(coach?.answer.type).toBe('person');
    expect(coach?.distractors?.pool).toBe('coaches');
    const missed = factFor('2010 World Cup');
    expect(missed?.answer.type).toBe('tournament');
    // Two clauses of one sentence, each quoted on its own, and neither shows the other's answer.
    expect(missed?.quote).toBe('Benzema was left out of France’s squad for the 2010 World Cup');
    expect(coach?.quote).toMatch(/^though coach Raymond Domenech insisted/);
    expect(missed?.group).not.toBe(coach?.group);
  });

  it('finds tournaments, clubs, awards and people, each a span of its own sentence', () => {
    const values = pack.facts.map(valueOf);
    for (const v of ['Euro 2008', 'Euro 2012', 'World Cup 2014', 'Euro 2020', 'Real Madrid', 'Ballon d’Or', 'Champions League', 'Didier Deschamps', 'Emmanuel Macron'])
      expect(values, v).toContain(v);
    for (const f of pack.facts) expect(answerIsSpan(f), f.id).toBe(true);
  });

  it('never offers a tournament the article says he played in as a wrong answer for him', () => {
    const euro2012 = factFor('Euro 2012');
    expect(euro2012?.distractors?.exclude).toEqual(expect.arrayContaining(['Euro 2008', 'World Cup 2014', 'Euro 2020']));
  });

  it('marks every fact for review and quotes the article word for word', () => {
    for (const f of pack.facts) {
      expect(f.review).toMatch(/^check: auto-drafted from sentence \d+/);
      expect(article).toContain(f.quote);
      expect(f.prompts.ask.length).toBeGreaterThan(0);
    }
  });

  it('fills the pack metadata', () => {
    expect(pack).toMatchObject({
      id: 'karim-benzema-retires', version: '0.1.0', language: 'en', authors: ['Draft — replace me'], licence: 'CC-BY-4.0',
      source: { title: 'Karim Benzema retires', publisher: 'unknown — fill in', published: '2022-12-20', asOf: '2022-12-20' },
    });
  });

  it('suggests pools with at least three false candidates and no value inside another', () => {
    for (const [name, values] of Object.entries(pack.pools ?? {})) {
      expect(values.length, name).toBeGreaterThanOrEqual(4);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(pack.pools?.tournaments).toContain('Euro 2016');
  });

  it('is schema-valid as drafted and passes validatePack, also after deleting facts', () => {
    expect(v.safeParse(Pack, pack).success).toBe(true);
    const checked = validatePack(pack);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    const trimmed = withoutFacts(pack, [factFor(97)!.id, factFor('Emmanuel Macron')!.id]);
    expect(validatePack(trimmed).ok).toBe(true);
  });

  it('generates full rounds that break no rule of the audit, for many seeds and every difficulty', () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const difficulty of ['easy', 'medium', 'hard'] as const) {
        const questions = generateQuestions(pack, { seed, count: 10, difficulty });
        expect(questions.length).toBe(10);
        expect(auditRound(pack, questions)).toEqual([]);
      }
    }
  });

  it('is deterministic: same input, same bytes', () => {
    expect(JSON.stringify(seedDraft())).toBe(JSON.stringify(seedDraft()));
  });
});

describe('draft dates and defaults', () => {
  const story = [
    'Jane Doe quits Spain duty',
    '',
    'Published 3 May 2019',
    '',
    'Jane Doe, the Barcelona striker, scored 12 goals in 40 caps for Spain. She made her international debut against Italy in March 2010.',
    'She returned to the Spain squad for the 2015 Women’s World Cup and scored three goals during the tournament.',
  ].join('\n');

  it('takes today from the article dateline and names the pack after the headline', () => {
    const { pack, todaySource } = draftPack(story);
    expect(todaySource).toBe('article');
    expect(pack.source.published).toBe('2019-05-03');
    expect(pack.title).toBe('Jane Doe quits Spain duty');
    const debut = pack.facts.find((f) => f.relation === 'international debut opponent');
    expect(debut?.prompts.ask).toBe('Against which team did Jane Doe make her international debut?');
    expect(pack.facts.find((f) => f.answer.type === 'number' && f.answer.value === 3)?.subject).toBe('Jane Doe');
    expect(validatePack(pack).ok).toBe(true);
  });

  it('prefers --published over the dateline, and --today over both', () => {
    expect(draftPack(story, { published: '2020-01-01' }).pack.source.asOf).toBe('2020-01-01');
    expect(draftPack(story, { published: '2020-01-01', today: '2021-02-03' }).pack.source).toMatchObject({ published: '2020-01-01', asOf: '2021-02-03' });
  });

  it('never reads the clock: without any date, today is 2000-01-01', () => {
    const { pack, todaySource } = draftPack(article);
    expect(todaySource).toBe('fallback');
    expect(pack.source.asOf).toBe('2000-01-01');
    expect(validatePack(pack).ok).toBe(true);
  });
});

describe('draft command', () => {
  it('writes the same bytes twice with --out, and the file passes check', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect((await run('draft', ARTICLE, '--today', '2022-12-20', '--out', a)).code).toBe(0);
    const second = await run('draft', ARTICLE, '--today', '2022-12-20', '--out', b);
    expect(second.code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(second.err).toMatch(/draft: \d+ facts from 16 sentences/);
    expect((await run('check', a)).code).toBe(0);
  });

  it('prints the pack on stdout without --out, and reads standard input for -', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = draft({ input: '-', today: '2022-12-20', url: 'https://example.com/benzema' }, (l) => out.push(l), (l) => err.push(l), () => article);
    expect(code).toBe(0);
    const pack = JSON.parse(out.join('\n')) as Pack;
    expect(pack.source.url).toBe('https://example.com/benzema');
    expect(pack.facts.length).toBeGreaterThan(10);
  });

  it('rejects bad options and missing files', async () => {
    expect((await run('draft', ARTICLE, '--today', '2022-13-01')).code).toBe(2);
    expect((await run('draft', ARTICLE, '--url', 'not a url')).code).toBe(2);
    expect((await run('draft')).code).toBe(2);
    expect((await run('draft', ARTICLE, '--bogus')).code).toBe(2);
    const missing = await run('draft', 'no/such/article.txt');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no such file/);
  });

  it('explains per sentence what it took and what it skipped, and why', () => {
    const err: string[] = [];
    draft({ input: '-', today: '2022-12-20', explain: true }, () => {}, (l) => err.push(l), () => article);
    const text = err.join('\n');
    expect(text).toMatch(/sentence 9: .*= 37/);
    expect(text).toMatch(/skipped “Benzema”: the article’s own subject/);
  });

  it('exits 1 when an article yields no facts', () => {
    const code = draft({ input: '-' }, () => {}, () => {}, () => 'The weather was fine. Nothing happened.');
    expect(code).toBe(1);
  });
});
