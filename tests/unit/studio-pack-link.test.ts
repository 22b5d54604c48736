import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import type { Pack } from '../../src/domain/pack/schema';
import { validatePack } from '../../src/domain/pack/validate';
import { generateQuestions } from '../../src/domain/questions/generate';
import { createRng, cyrb128 } from '../../src/domain/rng';
import { forPlayers } from '../../src/share/pack-for-players';
import { PACK_LINK_DICTIONARY_2 } from '../../src/share/pack-link-dictionary';
import { handOverPack, takeHandedOverPack, decodePackLink, encodePackLink, hasPackLink, MAX_PACK_LINK_CHARS, packLinkPayload, packLinkUrl, SHARE_LINK_MAX_CHARS } from '../../src/share/pack-link';

const packText = JSON.stringify(JSON.parse(readFileSync('tests/fixtures/mini-pack.json', 'utf8')));

async function payloadOf(text: string): Promise<string> {
  const encoded = await encodePackLink(text);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.payload;
}

describe('pack links', () => {
  it('carry the pack text exactly, compressed, through a URL hash', async () => {
    const payload = await payloadOf(packText);
    expect(payload).toMatch(/^2\.[0-9a-z]{14}\.[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(packText.length);
    const url = packLinkUrl('https://example.test/game/index.html?autostart=classic#old', payload);
    expect(url).toBe(`https://example.test/game/index.html?autostart=classic#pack=${payload}`);
    const hash = new URL(url).hash;
    expect(hasPackLink(hash)).toBe(true);
    expect(packLinkPayload(hash)).toBe(payload);
    await expect(decodePackLink(hash)).resolves.toEqual({ ok: true, text: packText });
    // Any script survives: the payload is bytes of UTF-8.
    const names = JSON.stringify({ title: 'Équipe — 日本代表 ⚽ “quotes”' });
    await expect(decodePackLink(await payloadOf(names))).resolves.toEqual({ ok: true, text: names });
  });

  it('refuse an edited payload (tampered), a cut one (malformed) and a newer format (unsupported)', async () => {
    const payload = await payloadOf(packText);
    const [format, sum, body] = payload.split('.') as [string, string, string];
    // A changed checksum, or a body that inflates to other text: the checksum no longer matches.
    const otherSum = `${sum.slice(0, -1)}${sum.endsWith('a') ? 'b' : 'a'}`;
    await expect(decodePackLink(`${format}.${otherSum}.${body}`)).resolves.toMatchObject({ ok: false, reason: 'tampered' });
    const other = (await payloadOf(packText.replace('Mini', 'Maxi'))).split('.')[2]!;
    await expect(decodePackLink(`${format}.${sum}.${other}`)).resolves.toMatchObject({ ok: false, reason: 'tampered' });
    // Cut short while copying: the stream ends early.
    await expect(decodePackLink(`${format}.${sum}.${body.slice(0, Math.floor(body.length / 2))}`)).resolves.toMatchObject({ ok: false, reason: expect.stringMatching(/malformed|tampered/) });
    await expect(decodePackLink(`${format}.${sum}.${body}!`)).resolves.toMatchObject({ ok: false, reason: 'malformed' });
    await expect(decodePackLink('#pack=')).resolves.toMatchObject({ ok: false, reason: 'missing' });
    await expect(decodePackLink('#other=1')).resolves.toMatchObject({ ok: false, reason: 'missing' });
    await expect(decodePackLink(`3.${sum}.${body}`)).resolves.toMatchObject({ ok: false, reason: 'unsupported', message: expect.stringContaining('newer version') });
    await expect(decodePackLink(`x.${sum}.${body}`)).resolves.toMatchObject({ ok: false, reason: 'malformed' });
    await expect(decodePackLink(`${format}.${sum}.${body}.extra`)).resolves.toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuse oversized links before reading them, and packs too big for a link with a clear message', async () => {
    await expect(decodePackLink(`1.aaaaaaaaaaaaaa.${'A'.repeat(MAX_PACK_LINK_CHARS + 100)}`)).resolves.toMatchObject({ ok: false, reason: 'too-long' });
    // Random text does not compress: 40 k characters of it cannot fit in a 32 k link.
    const rng = createRng('noise');
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(33 + Math.floor(rng.next() * 90))).join('');
    const encoded = await encodePackLink(noise);
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.message).toMatch(/^This pack is too big for a link \(\d+ KB; a link carries at most 32 KB\)\. Download it and send the file instead\.$/);
  });

  it('stop inflating a deflate bomb at the pack size cap', async () => {
    // 3 MB of one character deflates to a few kB: a small link that would inflate past 2 MB.
    const bomb = 'a'.repeat(3 * 1024 * 1024);
    const payload = await payloadOf(bomb);
    expect(payload.length).toBeLessThan(MAX_PACK_LINK_CHARS);
    await expect(decodePackLink(payload)).resolves.toMatchObject({ ok: false, reason: 'too-big' });
  });
});

describe('pack links that survive chat apps (format 2)', () => {
  it('open links made before (format 1, no dictionary), and never read one format as the other', async () => {
    const old = await encodePackLink(packText, MAX_PACK_LINK_CHARS, 1);
    if (!old.ok) throw new Error(old.message);
    expect(old.payload).toMatch(/^1\./);
    await expect(decodePackLink(old.payload)).resolves.toEqual({ ok: true, text: packText });
    // A format-2 body read without its dictionary is refused (its back-references point into it).
    const [, sum2, body2] = (await payloadOf(packText)).split('.');
    await expect(decodePackLink(`1.${sum2}.${body2}`)).resolves.toMatchObject({ ok: false });
  });

  it('keep their dictionary frozen: every format-2 link ever shared is inflated with it', () => {
    const [a, b] = cyrb128(PACK_LINK_DICTIONARY_2);
    expect([PACK_LINK_DICTIONARY_2.length, a.toString(36), b.toString(36)]).toMatchSnapshot();
    expect(new TextEncoder().encode(PACK_LINK_DICTIONARY_2).length).toBeLessThanOrEqual(32 * 1024);
  });

  // A report of Tuchel's sacking (tests/fixtures/draft-corpus: written here in an agency's style),
  // drafted as the studio drafts it: its first facts, as a friend receives them.
  const drafted = draftPack(readFileSync('tests/fixtures/draft-corpus/tuchel-sacked.txt', 'utf8')).pack;
  const firstFacts = (n: number): Pack => forPlayers({ ...drafted, facts: drafted.facts.slice(0, n) });
  const linkChars = async (pack: Pack, format: 1 | 2) => {
    const encoded = await encodePackLink(JSON.stringify(pack), MAX_PACK_LINK_CHARS, format);
    if (!encoded.ok) throw new Error(encoded.message);
    // The whole link as shared: the site's address, `?autostart=classic` and `#pack=`.
    return packLinkUrl('https://trivia.example.org/index.html?autostart=classic', encoded.payload).length;
  };

  it('keep a draft of 8 facts or more under 2,000 characters, and a 30-fact one 30 % shorter than before', async () => {
    // How many of the draft's facts fit a link chat apps keep (the drafter's output changes: a count, not a fixed size).
    let fits = 0;
    for (let n = 1; n <= 30 && (await linkChars(firstFacts(n), 2)) < SHARE_LINK_MAX_CHARS; n++) fits = n;
    const thirty = firstFacts(30);
    const figures = { thirty: [await linkChars(thirty, 1), await linkChars(thirty, 2)] };
    // As the studio made it before: format 1, with review notes and every pool.
    const before30 = await linkChars({ ...drafted, facts: drafted.facts.slice(0, 30) }, 1);
    // The figures, for the README and the report (sizes, not times: they do not vary by machine).
    console.log(`pack link, whole URL: ${fits} facts fit under ${SHARE_LINK_MAX_CHARS}; 30 facts ${before30} (before) → ${figures.thirty.join(' → ')} characters`);
    expect(fits).toBeGreaterThanOrEqual(8);
    expect(validatePack(firstFacts(fits)).ok).toBe(true);
    expect(figures.thirty[1]).toBeLessThan(before30 * 0.7);
    // And it still opens as the very same pack.
    const encoded = await encodePackLink(JSON.stringify(thirty));
    await expect(decodePackLink(encoded.ok ? encoded.payload : '')).resolves.toEqual({ ok: true, text: JSON.stringify(thirty) });
  });

  it('leave out only what the game never reads: review notes and pools no fact draws from', () => {
    const pack = drafted;
    const shared = forPlayers(pack);
    expect(shared.facts.every((f) => f.review === undefined)).toBe(true);
    const used = new Set(pack.facts.flatMap((f) => (f.distractors?.pool ? [f.distractors.pool] : [])));
    expect(Object.keys(shared.pools ?? {}).sort()).toEqual([...used].sort());
    expect(validatePack(shared).ok).toBe(true);
    // The same questions, seed for seed.
    for (const seed of [1, 2, 3, 'x', 'daily-2026-12-07']) expect(generateQuestions(shared, { seed, count: 10 })).toEqual(generateQuestions(pack, { seed, count: 10 }));
  });
});

describe('pack handover (Play of a pack too big for a link)', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return {
      data,
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  };

  it('leaves one pack under its checksum and gives it back once checked', () => {
    const storage = memory();
    storage.setItem('other-app', 'keep me');
    const first = handOverPack('{"a":1}', storage);
    const second = handOverPack(packText, storage);
    expect(first.ok && second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.ref).toMatch(/^1\.[0-9a-z]{14}$/);
    // Only the latest handover stays; nothing else in the storage is touched.
    expect([...storage.data.keys()].filter((k) => k.includes('pack-handover'))).toHaveLength(1);
    expect(storage.getItem('other-app')).toBe('keep me');
    expect(takeHandedOverPack(`#packref=${second.ref}`, storage)).toEqual({ ok: true, text: packText });
    // Gone (another browser, cleared storage), edited, or a bad reference: a plain message.
    expect(takeHandedOverPack(`#packref=${second.ref}`, memory())).toMatchObject({ ok: false, reason: 'missing', message: expect.stringContaining('Press Play in the studio again') });
    const key = [...storage.data.keys()].find((k) => k.includes('pack-handover'))!;
    storage.setItem(key, packText.replace('Mini', 'Maxi'));
    expect(takeHandedOverPack(`#packref=${second.ref}`, storage)).toMatchObject({ ok: false, reason: 'tampered' });
    expect(takeHandedOverPack('#packref=../../etc', storage)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(takeHandedOverPack(`#packref=${second.ref}`, null)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('says so when the storage refuses the pack', () => {
    const full = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(handOverPack(packText, full)).toMatchObject({ ok: false, message: expect.stringContaining('Download it') });
  });
});
