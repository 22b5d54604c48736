import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { draft } from '../../src/cli/commands/draft';
import { draftPack } from '../../src/cli/draft/draft-pack';
import { Pack, type Fact } from '../../src/domain/pack/schema';
import { validatePack } from '../../src/domain/pack/validate';
import { generateQuestions } from '../../src/domain/questions/generate';
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

  it('finds 37 goals in 97 caps as two bounded facts in one group', () => {
    const goals = find(pack.facts, (f) => f.answer.type === 'number' && f.answer.value === 37);
    const caps = find(pack.facts, (f) => f.answer.type === 'number' && f.answer.value === 97);
    expect(goals?.answer).toMatchObject({ unit: 'goals' });
    expect(caps?.answer).toMatchObject({ unit: 'caps' });
    expect(goals?.distractors?.maxFact).toBe(caps?.id);
    expect(caps?.distractors?.minFact).toBe(goals?.id);
    expect(goals?.group).toBe(caps?.group);
    expect(goals?.quote).toContain('37 goals in 97 caps');
  });

  it('finds the debut against Austria in March 2007: a team fact and a dated fact, one group', () => {
    const team = find(pack.facts, (f) => f.answer.type === 'team' && f.answer.value === 'Austria');
    const date = find(pack.facts, (f) => f.answer.type === 'date' && f.answer.value === '2007-03');
    expect(team?.prompts.ask).toMatch(/debut/);
    expect(date?.date).toBe('2007-03');
    expect(date?.prompts.event).toMatch(/debut/);
    expect(team?.group).toBe(date?.group);
    expect(team?.distractors?.pool).toBe('national-teams');
  });

  it('finds the four goals at Euro 2020 (a number word), bounded by the career total', () => {
    const four = find(pack.facts, (f) => f.answer.type === 'number' && f.answer.value === 4);
    expect(four?.relation).toMatch(/Euro 2020/);
    expect(four?.prompts.ask).toBe('How many goals did Karim Benzema score at Euro 2020?');
    expect(four?.distractors?.maxFact).toBe(find(pack.facts, (f) => valueOf(f) === 37)?.id);
  });

  it('finds the 2010 World Cup with coach Raymond Domenech', () => {
    const coach = find(pack.facts, (f) => valueOf(f) === 'Raymond Domenech');
    expect(coach?.answer.type).toBe('person');
    expect(coach?.prompts.ask).toBe('Who was the France coach at the 2010 World Cup?');
    expect(coach?.distractors?.pool).toBe('coaches');
    const missed = find(pack.facts, (f) => valueOf(f) === 'World Cup 2010');
    expect(missed?.relation).toBe('tournaments missed');
    expect(missed?.group).toBe(coach?.group);
  });

  it('finds tournaments, clubs, trophies, the manager, the social network and the quote', () => {
    const values = pack.facts.map(valueOf);
    for (const v of ['Euro 2008', 'Euro 2012', 'World Cup 2014', 'Euro 2020', 'World Cup 2018', 'Real Madrid', 'Ballon d’Or',
      'Champions League', 'Nations League', 'Didier Deschamps', 'Instagram', 'Karim Benzema'])
      expect(values, v).toContain(v);
    const deschamps = find(pack.facts, (f) => valueOf(f) === 'Didier Deschamps');
    expect(deschamps?.prompts.ask).toBe('Which manager did Karim Benzema fall out with?');
    const instagram = find(pack.facts, (f) => valueOf(f) === 'Instagram');
    expect(instagram?.date).toBe('2022-12-19'); // "yesterday", from --today 2022-12-20
  });

  it('resolves "last year" against today', () => {
    expect(find(pack.facts, (f) => f.answer.type === 'year')?.answer).toEqual({ type: 'year', value: 2021 });
    const earlier = draftPack(article, { today: '2010-06-01' }).pack;
    expect(find(earlier.facts, (f) => f.answer.type === 'year')?.answer).toEqual({ type: 'year', value: 2009 });
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
    expect(pack.pools?.tournaments).toContain('World Cup 2006');
  });

  it('is schema-valid as drafted and passes validatePack, also after deleting facts', () => {
    expect(v.safeParse(Pack, pack).success).toBe(true);
    const checked = validatePack(pack);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    // An author deleting a doubtful fact (and the bound that named it) still has a valid pack.
    const trimmed = withoutFacts(pack, ['france-caps', 'team-mate-valbuena']);
    expect(validatePack(trimmed).ok).toBe(true);
  });

  it('generates questions from the draft for many seeds', () => {
    for (let seed = 0; seed < 30; seed++) {
      const questions = generateQuestions(pack, { seed, count: 10 });
      expect(questions.length).toBe(10);
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
    'Jane Doe, the Barcelona striker, scored 12 goals in 40 caps for Spain. She made her international debut against Italy 9 years ago.',
    'She returned to the Spain squad for the 2015 World Cup last year and scored three goals during the tournament.',
  ].join('\n');

  it('takes today from the article dateline and "N years ago" from it', () => {
    const { pack, todaySource } = draftPack(story);
    expect(todaySource).toBe('article');
    expect(pack.source.published).toBe('2019-05-03');
    expect(pack.title).toBe('Jane Doe quits Spain duty');
    const debut = pack.facts.find((f) => f.answer.type === 'year' && f.relation === 'debut date');
    expect(debut?.answer).toEqual({ type: 'year', value: 2010 });
    expect(debut?.review).toMatch(/9 years ago/);
    expect(pack.facts.find((f) => f.relation === 'return to the squad')?.answer).toEqual({ type: 'year', value: 2018 });
    expect(pack.facts.find((f) => f.answer.type === 'club')?.prompts.ask).toBe('Jane Doe was a striker at which club?');
    expect(pack.facts.find((f) => f.answer.type === 'number' && f.answer.value === 3)?.relation).toBe('goals at World Cup 2015');
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
    expect(second.err).toMatch(/draft: 22 facts from 16 sentences/);
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

  it('exits 1 when an article yields no facts', () => {
    const code = draft({ input: '-' }, () => {}, () => {}, () => 'The weather was fine. Nothing happened.');
    expect(code).toBe(1);
  });
});
