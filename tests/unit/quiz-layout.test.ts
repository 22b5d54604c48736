// The question screen's layout rules, on fake text measurements (a line is 1.25 × the font size,
// a character ~0.55 × it): HUD rows, one or two columns, the room kept for the feedback so the
// options stay put when it opens, compact feedback, 50:50 holes, and everything on screen.
import { describe, expect, it } from 'vitest';
import { layoutQuiz, type Box, type QuizLayoutInput, type QuizMeasure } from '../../src/game/scenes/quiz-layout';

const lines = (chars: number, fs: number, wrap: number) => Math.max(1, Math.ceil((chars * fs * 0.55) / Math.max(1, wrap)));
const textHeight = (chars: number, fs: number, wrap: number) => Math.round(lines(chars, fs, wrap) * fs * 1.25);

function measure(options: string[], extra: { explanation?: number; quote?: number; hint?: boolean } = {}): QuizMeasure {
  return {
    quitWidth: (fs) => 5 * fs * 0.55 + 24,
    soundWidth: (fs) => 10 * fs * 0.55 + 24,
    hudLine: (fs) => Math.round(fs * 1.25),
    timerText: (fs) => 4 * fs * 0.55,
    prompt: (fs, wrap) => textHeight(70, fs, wrap),
    hint: (fs, wrap) => (extra.hint ? textHeight(90, fs, wrap) : null),
    answer: (i, w, fs) => textHeight(options[i]!.length, fs, w - 3 * fs),
    feedback: {
      titleWidth: (fs) => 30 * fs * 0.55,
      titleHeight: (fs, wrap) => textHeight(30, fs, wrap),
      points: (fs) => ({ width: 24 * fs * 0.55, height: Math.round(fs * 2.5) }),
      explain: (fs, wrap) => textHeight(extra.explanation ?? 110, fs, wrap),
      quote: (fs, wrap) => textHeight(extra.quote ?? 160, fs, wrap),
    },
  };
}

const OPTIONS = ['Austria', 'Belgium', 'Czech Republic', 'Netherlands'];

function input(width: number, height: number, over: Partial<QuizLayoutInput> = {}): QuizLayoutInput {
  return {
    width,
    height,
    k: 1,
    compact: false,
    reserve: true,
    phase: 'asking',
    options: 4,
    removed: [],
    answer: 2,
    chosen: null,
    hasLives: false,
    lifeBalls: 0,
    timed: true,
    keptPanel: 0,
    anchorY: null,
    ...over,
  };
}

const inside = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutQuiz', () => {
  it('puts Menu and Sound at opposite ends on a phone, with the count between', () => {
    const l = layoutQuiz(input(390, 844), measure(OPTIONS));
    expect(l.quit.x).toBeLessThan(30);
    expect(l.sound.x + l.sound.width).toBeGreaterThan(360);
    expect(l.counter.x).toBeGreaterThan(l.quit.x + l.quit.width);
    expect(l.counter.x).toBeLessThan(l.sound.x);
    expect(overlaps(l.quit, l.sound)).toBe(false);
  });

  it('uses one answer column on a phone and two on a laptop', () => {
    const phone = layoutQuiz(input(390, 844), measure(OPTIONS));
    expect(new Set(phone.answers.map((a) => a.box!.x)).size).toBe(1);
    const laptop = layoutQuiz(input(1366, 768), measure(OPTIONS));
    expect(new Set(laptop.answers.map((a) => a.box!.x)).size).toBe(2);
  });

  it('keeps the HUD band above the question', () => {
    for (const [w, h] of [[390, 844], [1366, 768], [360, 640]] as const) {
      const l = layoutQuiz(input(w, h, { hasLives: true, lifeBalls: 3 }), measure(OPTIONS));
      expect(l.hudBottom).toBeLessThanOrEqual(l.prompt.box.y);
    }
  });

  it('keeps the question and options where they were when the feedback opens', () => {
    for (const [w, h] of [[390, 844], [1366, 768], [1920, 1080]] as const) {
      const m = measure(OPTIONS);
      const asking = layoutQuiz(input(w, h), m);
      const feedback = layoutQuiz(
        input(w, h, { phase: 'feedback', chosen: 1, keptPanel: asking.panelHeight, anchorY: asking.prompt.box.y }),
        m,
      );
      expect(feedback.prompt.box.y).toBe(asking.prompt.box.y);
      expect(feedback.answers.map((a) => a.box)).toEqual(asking.answers.map((a) => a.box));
      expect(feedback.feedback).not.toBeNull();
      expect(feedback.lifelines).toBeNull();
      // The panel sits under the options, inside the room kept for it.
      const lastAnswer = Math.max(...asking.answers.map((a) => a.box!.y + a.box!.height));
      expect(feedback.feedback!.box.y).toBeGreaterThan(lastAnswer);
      expect(feedback.bottom).toBe(asking.bottom);
    }
  });

  it('without the reserve, the block is centred for the lifelines alone (and sits lower)', () => {
    const m = measure(OPTIONS);
    const kept = layoutQuiz(input(1920, 1080), m);
    const plain = layoutQuiz(input(1920, 1080, { reserve: false }), m);
    expect(plain.prompt.box.y).toBeGreaterThanOrEqual(kept.prompt.box.y);
    expect(plain.panelHeight).toBe(0);
  });

  it('compact feedback hides the dimmed options and keeps the right one and the pick', () => {
    const l = layoutQuiz(input(360, 640, { phase: 'feedback', compact: true, chosen: 0, reserve: false }), measure(OPTIONS, { explanation: 300, quote: 300 }));
    const shown = l.answers.filter((a) => a.box).map((a) => a.index);
    expect(shown.sort()).toEqual([0, 2]);
  });

  it('50:50 leaves holes where the removed options were; the rest do not move', () => {
    const m = measure(OPTIONS);
    const before = layoutQuiz(input(390, 844), m);
    const after = layoutQuiz(input(390, 844, { removed: [0, 3] }), m);
    expect(after.answers[0]!.box).toBeNull();
    expect(after.answers[3]!.box).toBeNull();
    expect(after.answers[1]!.box).toEqual(before.answers[1]!.box);
    expect(after.answers[2]!.box).toEqual(before.answers[2]!.box);
  });

  it('lays everything inside the screen when it reports that it fits', () => {
    for (const [w, h] of [[360, 640], [390, 844], [768, 1024], [1366, 768], [1920, 1080]] as const) {
      for (const phase of ['asking', 'feedback'] as const) {
        const l = layoutQuiz(input(w, h, { phase, chosen: 1, hasLives: true, lifeBalls: 3 }), measure(OPTIONS));
        if (l.bottom > h) continue;
        const boxes: Box[] = [l.quit, l.sound, l.prompt.box, ...l.answers.flatMap((a) => (a.box ? [a.box] : []))];
        if (l.lifelines) boxes.push(l.lifelines.fifty, l.lifelines.hint);
        if (l.feedback) boxes.push(l.feedback.box, l.feedback.next);
        for (const b of boxes) expect(inside(b, w, h), `${w}x${h} ${phase} ${JSON.stringify(b)}`).toBe(true);
        const answers = l.answers.flatMap((a) => (a.box ? [a.box] : []));
        for (let i = 0; i < answers.length; i++) for (let j = i + 1; j < answers.length; j++) expect(overlaps(answers[i]!, answers[j]!)).toBe(false);
      }
    }
  });

  it('shrinks with the type scale', () => {
    const m = measure(OPTIONS);
    const big = layoutQuiz(input(390, 844), m);
    const small = layoutQuiz(input(390, 844, { k: 0.8 }), m);
    expect(small.fs).toBeLessThan(big.fs);
    expect(small.bottom).toBeLessThan(big.bottom);
  });
});
