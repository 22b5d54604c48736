// draft on hostile and huge input: it must finish, never throw, and what it writes must be a
// valid pack. Generous timeouts and no timing assertions: shared machines are noisy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft } from '../../src/cli/commands/draft';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { MAX_FACTS, MAX_INPUT_CHARS } from '../../src/authoring/draft/limits';
import { validatePack } from '../../src/domain/pack/validate';
import { FIXTURES } from './cli-helpers';

const corpus = join(FIXTURES, 'draft-corpus');
const reports = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f), 'utf8')).join('\n\n');
const repeat = (text: string, size: number) => text.repeat(Math.ceil(size / text.length)).slice(0, size);

function drafted(text: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = draft({ input: '-', today: '2024-01-01' }, (l) => out.push(l), (l) => err.push(l), () => text);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function expectValidOrNothing(result: ReturnType<typeof drafted>): void {
  expect([0, 1]).toContain(result.code);
  if (result.out) {
    const checked = validatePack(JSON.parse(result.out));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  }
}

describe('draft on large and hostile input', () => {
  it('drafts a 1 MB article of real reports and keeps the pack to its fact cap', () => {
    const { pack } = draftPack(repeat(reports, 1_000_000), { today: '2024-01-01' });
    expect(pack.facts.length).toBeGreaterThan(50);
    expect(pack.facts.length).toBeLessThanOrEqual(MAX_FACTS);
    expect(validatePack(pack).ok).toBe(true);
  }, 180_000);

  it('drafts a 1 MB article written on one line', () => {
    expectValidOrNothing(drafted(repeat(reports.replace(/\n+/g, ' '), 1_000_000)));
  }, 180_000);

  it('drafts a megabyte of very short sentences', () => {
    expectValidOrNothing(drafted(repeat('He scored. It rained. Spain won 2-1. ', 1_000_000)));
  }, 180_000);

  it('survives 10,000-deep brackets and quotation marks', () => {
    expectValidOrNothing(drafted(`${'('.repeat(10_000)}Messi scored 3 goals for Argentina.${')'.repeat(10_000)} ${'“'.repeat(5000)} ${'[{'.repeat(5000)}`));
  }, 60_000);

  it('refuses binary junk with a message instead of drafting it', () => {
    const junk = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256)).toString('utf8');
    const result = drafted(junk);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/does not look like an article/);
    expect(() => draftPack(junk)).not.toThrow();
  }, 60_000);

  it('refuses an article over the size cap with a clear message', () => {
    const result = drafted('a'.repeat(MAX_INPUT_CHARS + 1));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/longer than 2,000,000 characters/);
  });

  it('skips one enormous sentence rather than reading it', () => {
    const { report } = draftPack(`Headline here\n\n${'Messi scored, '.repeat(20_000)}and won.\n\nSpain beat England 1-0 in Sydney on 20 August 2023.`);
    expect(report.some((r) => r.skipped.some((s) => /longer than/.test(s.why)))).toBe(true);
  }, 60_000);
});
