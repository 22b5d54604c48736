import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { sniffFormat } from '../../src/authoring/formats/import-file';
import { isSavedDraft } from '../../src/studio/saved-drafts';
import { emptyDoc } from '../../src/studio/doc';
import { importPackFile } from '../../src/studio/import-file';

const read = (p: string) => readFileSync(p, 'utf8');

describe('studio import', () => {
  it('takes a pack as it is, and GIFT and Open Trivia DB through the importers', () => {
    const pack = importPackFile('mini.json', read('tests/fixtures/mini-pack.json'));
    expect(pack).toMatchObject({ ok: true, pack: { id: 'mini' } });
    const gift = importPackFile('sample.gift.txt', read('tests/fixtures/gift/sample.gift.txt'));
    expect(gift.ok).toBe(true);
    if (gift.ok) {
      expect(gift.pack.questions!.length).toBeGreaterThan(3);
      expect(gift.message).toMatch(/from sample\.gift\.txt \(GIFT\)/);
    }
    const otdb = importPackFile('sports.json', read('tests/fixtures/opentdb/sports.json'));
    expect(otdb).toMatchObject({ ok: true, pack: { source: { publisher: 'Open Trivia Database' } } });
    expect(sniffFormat(read('tests/fixtures/opentdb/sports.json'))).toBe('opentdb');
    expect(sniffFormat('{"id": "x"}')).toBe('pack');
    expect(sniffFormat('::q:: x {T}')).toBe('gift');
  });

  it('says plainly what is wrong with a file it cannot take', () => {
    expect(importPackFile('x.json', '{"id": ')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(importPackFile('x.json', '{"id": "x"}')).toMatchObject({ ok: false, message: expect.stringContaining('needs "facts"') });
    expect(importPackFile('x.json', '{"facts": [1], "source": {}}')).toMatchObject({ ok: false, message: expect.stringContaining('must be an object') });
    expect(importPackFile('notes.txt', 'just some words')).toMatchObject({ ok: false, message: expect.stringContaining('Nothing could be imported') });
  });
});

describe('saved drafts', () => {
  it('accept a saved document and refuse corrupt records field by field', () => {
    const good = { key: 'draft-1', updated: 1, doc: emptyDoc() };
    expect(isSavedDraft(good)).toBe(true);
    expect(isSavedDraft({ ...good, updated: 'yesterday' })).toBe(false);
    expect(isSavedDraft({ ...good, doc: { ...emptyDoc(), mode: 'daily' } })).toBe(false);
    expect(isSavedDraft({ ...good, doc: { ...emptyDoc(), article: { text: 3 } } })).toBe(false);
    expect(isSavedDraft({ ...good, doc: { ...emptyDoc(), pack: { facts: 'none' } } })).toBe(false);
    expect(isSavedDraft(null)).toBe(false);
  });
});

describe('draft progress', () => {
  it('reports every step in order and changes nothing in the draft', () => {
    const text = read('tests/fixtures/draft-corpus/rice-arsenal.txt');
    const steps: Array<[number, number]> = [];
    const watched = draftPack(text, { published: '2023-07-15', onProgress: (done, total) => steps.push([done, total]) });
    const plain = draftPack(text, { published: '2023-07-15' });
    expect(watched).toEqual(plain);
    const total = steps[0]![1];
    expect(steps.every(([, t]) => t === total)).toBe(true);
    expect(steps.map(([d]) => d)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });
});
