// A prompt that repeats its card's sentence shows only what differs, with two words to place it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { abridge } from '../../src/studio/abridge';

const sentence = 'Burnley have signed New Zealand striker Chris Wood from Leeds in a club-record fee reported to be £15 million (16.4 million euros), the Premier League side announced on Monday.';

describe('abridge', () => {
  it('cuts what a gap-fill or a statement repeats of the sentence, keeping the blank or the changed value', () => {
    expect(abridge('Fill the gap: “Burnley have signed New Zealand striker Chris Wood from Leeds in a club-record fee reported to be £_____ million (16.4 million euros).”', sentence)).toBe('Fill the gap: “Burnley have … to be £_____ million (16.4 million euros).”');
    expect(abridge('True or false? Burnley have signed New Zealand striker Chris Wood from Leeds in a club-record fee reported to be £19 million (16.4 million euros).', sentence)).toBe('True or false? Burnley have … to be £19 million (16.4 million euros).');
  });

  it('leaves a question of its own words as it is', () => {
    const q = 'Which New Zealand striker have Burnley signed from Leeds?';
    expect(abridge(q, sentence)).toBe(q);
    expect(abridge('How long?', sentence)).toBe('How long?');
  });

  it('never drops a word the sentence does not have, over every drafted prompt of the dev corpus', () => {
    const dir = 'bench/draft-corpus/dev';
    let cut = 0;
    let all = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const fact of draftPack(readFileSync(`${dir}/${f}`, 'utf8')).pack.facts) {
        for (const prompt of [fact.prompts.ask, fact.prompts.statement ?? '']) {
          const shown = abridge(prompt, fact.quote);
          const kept = shown.split(' ').filter((w) => w !== '…' && w !== '');
          // The words shown are the prompt's, in order.
          const words = prompt.split(/\s+/).filter(Boolean);
          let at = 0;
          for (const w of kept) {
            at = words.indexOf(w, at);
            expect(at, `${prompt} → ${shown}`).toBeGreaterThanOrEqual(0);
            at++;
          }
          // Every word not in the sentence is among them (the blank, the question's own words).
          const norm = (w: string) => w.toLowerCase().replace(/^[“"‘'(]+|[”"’'),.;:!?]+$/g, '');
          const inSentence = new Set(fact.quote.split(/\s+/).map(norm));
          for (const w of words) if (!inSentence.has(norm(w))) expect(kept, `${w} in ${prompt}`).toContain(w);
          all += words.length;
          cut += words.length - kept.length;
        }
      }
    }
    // It does cut: most of a drafted prompt's words are its sentence's.
    expect(cut / all).toBeGreaterThan(0.3);
  });
});
