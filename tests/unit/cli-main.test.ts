import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack/schema';
import { fixture, run, tempDir } from './cli-helpers';

describe('quiz CLI exit codes', () => {
  it('import: 0 when anything came through, problems on stderr with file:line', async () => {
    const r = await run('import', 'gift', fixture('gift', 'malformed.gift.txt'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/malformed\.gift\.txt:4: a matching question: not supported/);
    // Options 1, 11, 21 and 31 are whole numbers that do not contain one another (compared as the
    // generator compares them): that question comes through.
    expect(r.err).not.toMatch(/malformed\.gift\.txt:22:/);
    expect(r.err).toMatch(/3 question\(s\) imported/);
    expect((JSON.parse(r.out) as Pack).questions).toHaveLength(3);
  });

  it('import: 1 when nothing came through', async () => {
    const r = await run('import', 'opentdb', fixture('opentdb', 'broken.json'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/broken\.json:4: not valid JSON/);
    expect((await run('import', 'gift', fixture('opentdb', 'sports.json'))).code).toBe(1);
    expect((await run('import', 'gift', 'no/such/file.txt')).code).toBe(1);
  });

  it('import: writes --out and takes --title/--id/--published', async () => {
    const out = join(tempDir(), 'otdb.json');
    const r = await run('import', 'opentdb', fixture('opentdb', 'sports.json'), '--out', out, '--title', 'Benzema quiz', '--published', '2023-01-02');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const pack = JSON.parse(readFileSync(out, 'utf8')) as Pack;
    expect(pack).toMatchObject({ id: 'benzema-quiz', title: 'Benzema quiz', licence: 'CC-BY-SA-4.0', source: { published: '2023-01-02', url: 'https://opentdb.com/' } });
    expect((await run('check', out)).code).toBe(0);
  });

  it('import/export: 2 on usage errors', async () => {
    expect((await run('import', 'csv', 'x.csv')).code).toBe(2);
    expect((await run('import', 'gift')).code).toBe(2);
    expect((await run('import', 'gift', 'x', '--encoding', 'base64')).code).toBe(2);
    expect((await run('import', 'opentdb', 'x', '--published', 'yesterday')).code).toBe(2);
    expect((await run('export', 'qti', fixture('mini-pack.json'))).code).toBe(2);
    expect((await run('export', 'gift', fixture('mini-pack.json'), '--difficulty', 'insane')).code).toBe(2);
    expect((await run('export', 'gift', fixture('mini-pack.json'), '--count', '0')).code).toBe(2);
  });

  it('export: 1 for a pack that does not load', async () => {
    const r = await run('export', 'gift', fixture('opentdb', 'sports.json'));
    expect(r.code).toBe(1);
  });

  it('lists the new commands in the help', async () => {
    const r = await run('help');
    expect(r.code).toBe(0);
    for (const c of ['draft', 'import', 'export']) expect(r.out).toContain(`  ${c} `);
  });
});
