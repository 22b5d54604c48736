// The real-article corpus under bench/draft-corpus is what the drafter is measured on: a key whose
// sentence is not in its article, a header without a source, or an article in both splits would
// make the figures lie, so the corpus is checked like code.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, KINDS, parseArticleFile, readSplit } from '../../bench/draft/corpus';

const dev = readSplit(join(CORPUS_DIR, 'dev'), 'dev');
const holdout = readSplit(join(CORPUS_DIR, 'holdout'), 'holdout');
const all = [...dev, ...holdout];

describe('the drafting corpus', () => {
  it('holds at least 30 articles, two thirds dev and at least 10 set aside', () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(dev.length).toBeGreaterThanOrEqual(20);
    expect(holdout.length).toBeGreaterThanOrEqual(10);
  });

  it('spans at least 10 kinds, and the hold-out at least 8', () => {
    expect(new Set(all.map((a) => a.kind)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(holdout.map((a) => a.kind)).size).toBeGreaterThanOrEqual(8);
    for (const a of all) expect(KINDS).toContain(a.kind);
  });

  it('names a source for every article', () => {
    for (const a of all) {
      expect(a.url, a.slug).toMatch(/^https?:\/\/\S+$/);
      expect(a.publisher.length, a.slug).toBeGreaterThan(2);
    }
  });

  it('keeps every article in one split only', () => {
    const slugs = all.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const urls = all.map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('has 8–20 key facts per article, each a verbatim span whose value lies inside it', () => {
    for (const a of all) {
      expect(a.keys.length, a.slug).toBeGreaterThanOrEqual(8);
      expect(a.keys.length, a.slug).toBeLessThanOrEqual(20);
      for (const k of a.keys) {
        expect(a.text.includes(k.sentence), `${a.slug}: ${k.sentence}`).toBe(true);
        expect(k.sentence.includes(k.value), `${a.slug}: ${k.value}`).toBe(true);
        expect(k.about.length).toBeGreaterThan(0);
        expect(k.kind.length).toBeGreaterThan(0);
      }
    }
  });

  it('judges only quotes that are in the article, with a known verdict and a reason', () => {
    for (const a of all) {
      for (const j of a.judged) {
        expect(a.text.includes(j.quote), `${a.slug}: ${j.quote.slice(0, 60)}`).toBe(true);
        expect(['good', 'weak', 'false', '?']).toContain(j.verdict);
        if (j.verdict !== '?') expect(j.reason.length, `${a.slug}: ${j.answer}`).toBeGreaterThan(5);
      }
    }
  });

  it('refuses a file without a header line, or with a malformed one', () => {
    expect(() => parseArticleFile('Just an article.', 'x.txt')).toThrow(/no "---"/);
    expect(() => parseArticleFile('url https://x\n---\ntext', 'x.txt')).toThrow(/name: value/);
    expect(parseArticleFile('url: https://x\nkind: ban\n---\nBody.\n', 'x.txt')).toEqual({ header: { url: 'https://x', kind: 'ban' }, text: 'Body.\n' });
  });
});
