// The item-writing lint `check` runs: each coded warning fires on the flaw it names (a mini pack
// broken one way at a time), and stays quiet on the pack as it is. Shipped packs are held to it
// by packs.test.ts.
import { describe, expect, it } from 'vitest';
import { itemLint } from '../../src/domain/pack/item-lint';
import type { Pack } from '../../src/domain/pack/schema';
import { validatePackText } from '../../src/domain/pack/validate-text';
import { clone, loadValidPack } from './helpers';

const base = loadValidPack('tests/fixtures/mini-pack.json');
const codes = (pack: Pack) => itemLint(pack).map((p) => `${p.code} ${p.path}`);
const broken = (edit: (p: Pack) => void) => {
  const pack = clone(base);
  edit(pack);
  return codes(pack);
};
const fact = (p: Pack, id: string) => p.facts.find((f) => f.id === id)!;

describe('item-writing lint', () => {
  it('finds only the fixture’s one known flaw, and only warns', () => {
    // The mini pack's retirement is dated after everything else: a telltale last event.
    expect(codes(base)).toEqual(['telltale-event facts[9].prompts.event']);
    expect(itemLint(base).every((p) => p.severity === 'warning')).toBe(true);
  });

  it('prompt-holds-answer: the answer in the stem, in any form, or worked out from it', () => {
    expect(broken((p) => (fact(p, 'goals').prompts.ask = 'He scored thirty-seven? How many goals did the player score?'))).toContain('prompt-holds-answer facts[0].prompts.ask');
    expect(broken((p) => (fact(p, 'euro-goals').prompts.ask = 'How many goals did he score at the Euro, six fewer than his ten in qualifying?'))).toContain('prompt-holds-answer facts[2].prompts.ask');
    expect(broken((p) => (fact(p, 'left-out').prompts.ask = 'Which coach, Domenech, left him out?'))).toContain('prompt-holds-answer facts[5].prompts.ask');
  });

  it('quote-without-fact: a quote that does not state its answer', () => {
    expect(broken((p) => (fact(p, 'debut-date').quote = 'He made his debut against Austria yesterday.'))).toContain('quote-without-fact facts[4].quote');
  });

  it('hint-shows-key: a quote that is all answer', () => {
    expect(broken((p) => (fact(p, 'debut-opponent').quote = 'Austria.'))).toContain('hint-shows-key facts[3].quote');
  });

  it('trivial-fact: the pack\'s own subject\'s nationality, or an answer its title gives', () => {
    expect(broken((p) => {
      for (const f of p.facts) f.subject = 'Karim Benzema';
      fact(p, 'left-out').relation = 'nationality';
    })).toContain('trivial-fact facts[5].relation');
    expect(broken((p) => (p.title = 'The player’s Austria debut'))).toContain('trivial-fact facts[3].answer');
  });

  it('telltale-event: a birth that is always first', () => {
    expect(broken((p) => {
      const f = fact(p, 'debut-date');
      f.date = '1987-12-19';
      f.prompts.event = 'The player is born';
    })).toContain('telltale-event facts[4].prompts.event');
  });

  it('options-overlap: pool values that contain each other', () => {
    expect(broken((p) => p.pools!.teams!.push('Spain B'))).toContain('options-overlap pools.teams');
  });

  it('accent-mismatch: a name spelled two ways, or a known name without its accents', () => {
    expect(broken((p) => (fact(p, 'left-out').explanation = 'Domenech left him out; Doménech said why.'))).toContain('accent-mismatch facts[5].explanation');
    expect(broken((p) => (fact(p, 'left-out').explanation = 'Mbappe was not yet born.'))).toContain('accent-mismatch facts[5].explanation');
  });

  it('accent-mismatch: a quote keeps the article’s spelling; the pack’s own text writes the accents', () => {
    const quotedPlain = (p: Pack) => {
      const f = fact(p, 'left-out');
      f.quote = `${f.quote} Mbappe`;
      f.explanation = 'Mbappé was not yet born.';
    };
    expect(broken(quotedPlain).filter((c) => c.startsWith('accent-mismatch'))).toEqual([]);
    expect(broken((p) => {
      quotedPlain(p);
      fact(p, 'left-out').explanation = 'Mbappe was not yet born.';
    })).toContain('accent-mismatch facts[5].explanation');
  });

  it('number-format: five digits without separators outside a quote', () => {
    expect(broken((p) => (fact(p, 'caps').explanation = '97 caps, before 99182 fans.'))).toContain('number-format facts[1].explanation');
    expect(broken((p) => (fact(p, 'caps').quote = 'He scored 37 goals in 97 caps before 99182 fans.'))).not.toContain('number-format facts[1].quote');
  });

  it('runs in check (validatePackText with lint), with line and column, as warnings', () => {
    const pack = clone(base) as Pack & { $schema?: string };
    fact(pack, 'caps').explanation = '97 caps, before 99182 fans.';
    const text = JSON.stringify(pack, null, 2);
    const result = validatePackText(text, { lint: true });
    expect(result.ok).toBe(true);
    const w = result.ok ? result.warnings.find((p) => p.code === 'number-format') : undefined;
    expect(w?.severity).toBe('warning');
    expect(w?.line).toBeGreaterThan(1);
    const plain = validatePackText(text);
    expect(plain.ok && plain.warnings.some((p) => p.code === 'number-format')).toBe(false);
  });
});
