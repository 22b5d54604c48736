import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardToBlob, cardToBlobNow, renderResultCard, type CardCanvas, type CardContext, type ResultCardData } from '../../src/share/result-card';

// Real canvas rendering (pixels) is left to the e2e in Chromium; here a fake context records
// every call, which is enough to check layout decisions and the text drawn.

// Compile-time: the browser's canvases fit the card's interface.
export const _fits = (c: HTMLCanvasElement, o: OffscreenCanvas): CardCanvas[] => [c, o];

interface Call {
  op: string;
  args: unknown[];
  font?: string;
  fillStyle?: unknown;
}

function fakeCanvas() {
  const calls: Call[] = [];
  const state = { fillStyle: '#000' as unknown, strokeStyle: '#000' as unknown, font: '10px sans-serif', lineWidth: 1, textAlign: 'start', textBaseline: 'alphabetic', globalAlpha: 1 };
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop in target) return target[prop as keyof typeof target];
      if (prop === 'measureText') return (text: string) => ({ width: text.length * (parseInt(/(\d+)px/.exec(state.font)?.[1] ?? '10', 10) * 0.6) });
      return (...args: unknown[]) => void calls.push({ op: prop, args, font: state.font, fillStyle: state.fillStyle });
    },
    set(target, prop: string, value) {
      (target as Record<string, unknown>)[prop] = value;
      return true;
    },
  }) as unknown as CardContext;
  const canvas = { width: 300, height: 150, getContext: (id: '2d') => (id === '2d' ? ctx : null) };
  const texts = () => calls.filter((c) => c.op === 'fillText').map((c) => String(c.args[0]));
  return { canvas, calls, texts };
}

const data = (over: Partial<ResultCardData> = {}): ResultCardData => ({
  gameName: 'Football Trivia',
  packTitle: 'Benzema 2022',
  score: 12345,
  correct: 7,
  total: 10,
  bestStreak: 4,
  outcomes: ['right', 'right', 'wrong', 'timeout', 'right', 'right', 'right', 'right', 'wrong', 'right'],
  date: '2026-11-01',
  ...over,
});

describe('renderResultCard', () => {
  it('sizes the canvas to 1200×630 and draws the score big, with game, pack, counts and date', () => {
    const { canvas, calls, texts } = fakeCanvas();
    expect(renderResultCard(canvas, data({ daily: 12 }))).toBe(true);
    expect([canvas.width, canvas.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const t = texts();
    expect(t).toContain('12,345');
    expect(t).toContain('Football Trivia');
    expect(t).toContain('Benzema 2022');
    expect(t).toContain('7/10 correct  ·  best streak 4');
    expect(t).toContain('Daily #12');
    expect(t).toContain('1 November 2026');
    const scoreCall = calls.find((c) => c.op === 'fillText' && c.args[0] === '12,345');
    expect(scoreCall?.font).toMatch(/^bold 1[0-9]{2}px/); // the biggest text on the card
  });

  it('draws a pitch: stripes, centre circle, halfway line', () => {
    const { canvas, calls } = fakeCanvas();
    renderResultCard(canvas, data());
    const stripes = calls.filter((c) => c.op === 'fillRect' && c.args[1] === 0 && c.args[3] === CARD_HEIGHT);
    expect(stripes.length).toBeGreaterThanOrEqual(10);
    expect(new Set(stripes.map((c) => c.fillStyle)).size).toBe(2);
    expect(calls.some((c) => c.op === 'arc' && c.args[0] === CARD_WIDTH / 2 && c.args[1] === CARD_HEIGHT / 2 && (c.args[2] as number) >= 80)).toBe(true);
    expect(calls.some((c) => c.op === 'moveTo' && c.args[0] === CARD_WIDTH / 2)).toBe(true);
  });

  it('draws one square per question, coloured by outcome', () => {
    const { canvas, calls } = fakeCanvas();
    renderResultCard(canvas, data());
    // Each square is a rounded rect filled once; the panel is the only other filled path before the text.
    const fills = calls.filter((c) => c.op === 'fill' && typeof c.fillStyle === 'string' && /^#(43d17a|ef5350|ffca28)$/.test(c.fillStyle));
    expect(fills.map((c) => c.fillStyle)).toEqual(['#43d17a', '#43d17a', '#ef5350', '#ffca28', '#43d17a', '#43d17a', '#43d17a', '#43d17a', '#ef5350', '#43d17a']);
  });

  it('sums up long Survival runs as +N, and shows the challenge text when not a Daily', () => {
    const { canvas, texts } = fakeCanvas();
    renderResultCard(canvas, data({ outcomes: Array(45).fill('right'), challengeText: 'Can you beat Sam?', playerName: 'Sam' }));
    expect(texts()).toContain('+15');
    expect(texts()).toContain('Can you beat Sam?');
    expect(texts()).toContain('Sam');
    expect(texts().some((t) => t.startsWith('Daily'))).toBe(false);
  });

  it('fits long titles: shrinks, then cuts with an ellipsis', () => {
    const { canvas, calls } = fakeCanvas();
    renderResultCard(canvas, data({ packTitle: 'An Extremely Long Pack Title '.repeat(10) }));
    const title = calls.find((c) => c.op === 'fillText' && String(c.args[0]).startsWith('An Extremely'));
    expect(String(title?.args[0]).endsWith('…')).toBe(true);
    const width = String(title?.args[0]).length * parseInt(/(\d+)px/.exec(title?.font ?? '')![1]!, 10) * 0.6;
    expect(width).toBeLessThanOrEqual(CARD_WIDTH - 220);
  });

  it('loads nothing from outside: only canvas drawing calls', () => {
    const { canvas, calls } = fakeCanvas();
    renderResultCard(canvas, data());
    const ops = new Set(calls.map((c) => c.op));
    expect([...ops].filter((op) => !['save', 'restore', 'fillRect', 'strokeRect', 'beginPath', 'closePath', 'moveTo', 'lineTo', 'arc', 'arcTo', 'fill', 'stroke', 'fillText'].includes(op))).toEqual([]);
    expect(calls.filter((c) => c.op === 'save').length).toBe(calls.filter((c) => c.op === 'restore').length);
  });

  it('returns false without a 2D context', () => {
    expect(renderResultCard({ width: 0, height: 0, getContext: () => null }, data())).toBe(false);
  });
});

describe('cardToBlob', () => {
  it('uses toBlob (HTMLCanvasElement) and convertToBlob (OffscreenCanvas) as PNG', async () => {
    const blob = new Blob(['png'], { type: 'image/png' });
    const types: (string | undefined)[] = [];
    await expect(cardToBlob({ toBlob: (cb, type) => (types.push(type), cb(blob)) })).resolves.toBe(blob);
    await expect(cardToBlob({ convertToBlob: async (o) => (types.push(o?.type), blob) })).resolves.toBe(blob);
    expect(types).toEqual(['image/png', 'image/png']);
  });

  it('rejects when the canvas cannot be encoded', async () => {
    await expect(cardToBlob({ toBlob: (cb) => cb(null) })).rejects.toThrow(/could not be encoded/);
    await expect(cardToBlob({ toBlob: () => { throw new DOMException('tainted', 'SecurityError'); } })).rejects.toThrow('tainted');
  });
});

describe('cardToBlobNow', () => {
  it('decodes the PNG data URL into a blob of the same bytes, synchronously', async () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255];
    const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    const blob = cardToBlobNow({ toDataURL: () => url });
    expect(blob?.type).toBe('image/png');
    expect([...new Uint8Array(await blob!.arrayBuffer())]).toEqual(bytes);
  });

  it('gives null for a tainted canvas or a browser that fell back to another format', () => {
    expect(cardToBlobNow({ toDataURL: () => { throw new DOMException('tainted', 'SecurityError'); } })).toBeNull();
    expect(cardToBlobNow({ toDataURL: () => 'data:,' })).toBeNull();
  });
});
