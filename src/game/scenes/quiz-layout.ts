// Where everything on the question screen goes, as a pure function of the screen size, the type
// scale and what there is to show. The scene measures text through the callbacks (only it knows
// Phaser's text metrics) and applies the result; the rules of the layout (HUD rows, one or two
// answer columns, room kept for the feedback, options that do not move) are unit-tested here.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Heights and widths of text at a font size (and wrap width): the scene's measurements. */
export interface QuizMeasure {
  quitWidth(fs: number): number;
  soundWidth(fs: number): number;
  /** One HUD text line (score, streak, lives). */
  hudLine(fs: number): number;
  /** The widest reading of the timer ("20 s"). */
  timerText(fs: number): number;
  prompt(fs: number, wrap: number): number;
  /** Null when no hint is showing. */
  hint(fs: number, wrap: number): number | null;
  answer(index: number, width: number, fs: number): number;
  /** Null when there is no feedback panel to measure (not made yet). */
  feedback: {
    /** One-line width of the title, and its height at a wrap width. */
    titleWidth(fs: number): number;
    titleHeight(fs: number, wrap: number): number;
    points(fs: number): { width: number; height: number };
    explain(fs: number, wrap: number): number;
    /** 0 when the question has no quote. */
    quote(fs: number, wrap: number): number;
  } | null;
}

export interface QuizLayoutInput {
  width: number;
  height: number;
  /** Type scale (1 = the screen's base size). */
  k: number;
  /** After an answer on a small screen: the dimmed options step aside. */
  compact: boolean;
  /** Keep room for the feedback panel (so nothing moves when it opens). */
  reserve: boolean;
  phase: 'asking' | 'feedback';
  options: number;
  removed: readonly number[];
  answer: number;
  /** The option picked (feedback only); null for a timeout. */
  chosen: number | null;
  hasLives: boolean;
  /** Life balls drawn at the right of the HUD. */
  lifeBalls: number;
  timed: boolean;
  /** The panel height kept while this question was asked (same size and scale), or 0. */
  keptPanel: number;
  /** Where this question's block started while asked (same size), or null. */
  anchorY: number | null;
}

export interface FeedbackPlace {
  box: Box;
  innerPad: number;
  stacked: boolean;
  title: Point & { wrap: number };
  points: Point & { originX: 0 | 1 };
  explain: Point;
  quote: Point | null;
  next: Box;
}

export interface QuizLayout {
  /** Lowest edge used, to compare with the screen height. */
  bottom: number;
  fs: number;
  hudFs: number;
  /** Bottom of the HUD band (flourishes stay above it). */
  hudBottom: number;
  /** Height of the feedback panel as measured now (0 when not measured). */
  panelHeight: number;
  quit: Box;
  sound: Box;
  counter: Point & { wrap: number | null };
  score: Point;
  streak: Point & { originX: 0 | 0.5 };
  lives: Point;
  balls: (Point & { size: number })[];
  timer: { track: Box; text: Point } | null;
  /** The prompt is centred on x; `box` is its full-width band. */
  prompt: { box: Box; wrap: number };
  hint: (Point & { wrap: number }) | null;
  /** Every option: its box, or null when it steps aside (compact) or was removed. */
  answers: { index: number; box: Box | null }[];
  lifelines: { fifty: Box; hint: Box; fs: number } | null;
  feedback: FeedbackPlace | null;
}

export function layoutQuiz(input: QuizLayoutInput, m: QuizMeasure): QuizLayout {
  const { width, height, k, compact, reserve } = input;
  const base = baseSize(width, height);
  const fs = Math.max(12, Math.round(base * k));
  const hudFs = Math.max(12, Math.round(base * Math.max(0.85, k) * 0.85));
  const pad = Math.round(Math.min(36, Math.max(12, width * 0.03)));
  const cw = Math.min(width - 2 * pad, 1040);
  const x0 = Math.round((width - cw) / 2);
  const gap = Math.max(8, Math.round(fs * 0.5));
  const small = Math.max(40, Math.round(hudFs * 2.5));

  // HUD row 1: Menu · Question n of N · Sound. On narrow screens Menu and Sound sit at opposite
  // ends with the count between them, so a thumb aiming for one never hits the other.
  let y = Math.round(pad * 0.7);
  const quitW = Math.max(m.quitWidth(hudFs), 64);
  const soundW = Math.max(m.soundWidth(hudFs), 72);
  let quit: Box;
  let sound: Box;
  let counter: QuizLayout['counter'];
  if (cw < 480) {
    quit = { x: x0, y, width: quitW, height: small };
    sound = { x: x0 + cw - soundW, y, width: soundW, height: small };
    const between = cw - quitW - soundW - 2 * gap;
    counter = { x: x0 + quitW + gap + between / 2, y: y + small / 2, wrap: between };
  } else {
    const sideW = Math.min(Math.round(cw * 0.3), Math.max(quitW, soundW));
    quit = { x: x0, y, width: sideW, height: small };
    sound = { x: x0 + cw - sideW, y, width: sideW, height: small };
    counter = { x: width / 2, y: y + small / 2, wrap: null };
  }
  y += small + Math.round(gap * 0.6);

  // HUD row 2: score · streak · lives (narrow phones with lives: the streak under the score).
  const line = m.hudLine(hudFs);
  const ballSize = Math.round(hudFs * 1.1);
  const score = { x: x0, y };
  const lives = { x: x0 + cw - input.lifeBalls * (ballSize + 4), y };
  const balls = Array.from({ length: input.lifeBalls }, (_, i) => ({ x: x0 + cw - (input.lifeBalls - i - 0.5) * (ballSize + 4), y: y + line / 2, size: ballSize }));
  let streak: QuizLayout['streak'];
  if (width < 520 && input.hasLives) {
    streak = { x: x0, y: y + line + 2, originX: 0 };
    y += line * 2 + 2;
  } else {
    streak = { x: width / 2, y, originX: 0.5 };
    y += line;
  }
  y += Math.round(gap * 0.6);

  // Timer bar, with room for its widest reading so the bar never runs under the text.
  let timer: QuizLayout['timer'] = null;
  if (input.timed) {
    const barH = Math.max(10, Math.round(fs * 0.55));
    const textW = m.timerText(hudFs) + 10;
    timer = { track: { x: x0, y, width: cw - textW - 6, height: barH }, text: { x: x0 + cw, y: y + barH / 2 } };
    y += barH + gap;
  }
  const topOfContent = y;

  // Prompt (+ hint)
  const wrap = cw - 8;
  const promptFs = Math.round(fs * 1.3);
  const promptH = m.prompt(promptFs, wrap);
  const hintH = m.hint(Math.round(fs * 0.9), wrap);
  const blockH = promptH + (hintH !== null ? gap * 0.6 + hintH : 0);

  // Answers: one column on narrow screens, two on wide ones. Compact: the dimmed options step
  // aside so the explanation stays readable; the right answer and the pick stay.
  const feedbackPhase = input.phase === 'feedback';
  const slots: number[] = [];
  const shown = new Set<number>();
  for (let i = 0; i < input.options; i++) {
    const dim = feedbackPhase && i !== input.answer && i !== input.chosen;
    const visible = !input.removed.includes(i) && !(compact && dim);
    if (visible) shown.add(i);
    if (visible || !compact) slots.push(i);
  }
  const cols = cw >= 640 ? 2 : 1;
  const colW = (cw - gap * (cols - 1)) / cols;
  const minH = Math.max(44, Math.round(fs * 2.4));
  const heights = slots.map((i) => Math.max(minH, Math.round(m.answer(i, colW, fs) + fs * 1.1)));
  const rows: number[] = [];
  for (let r = 0; r * cols < slots.length; r++) rows.push(Math.max(...heights.slice(r * cols, r * cols + cols)));
  const answersH = rows.reduce((a, b) => a + b, 0) + gap * Math.max(0, rows.length - 1);

  // Below the options: lifelines while asking, the feedback panel after an answer.
  const buttonH = Math.max(44, Math.round(fs * 2.2));
  const innerPad = Math.round(fs * 0.8);
  const innerW = cw - 2 * innerPad;
  let panelH = 0;
  let panel: { stacked: boolean; titleWrap: number; titleH: number; points: { width: number; height: number }; explainH: number; quoteH: number } | null = null;
  if (m.feedback && (feedbackPhase || reserve)) {
    const f = m.feedback;
    const points = f.points(Math.round(fs * 0.8));
    const titleFs = Math.round(fs * 1.1);
    // Points sit beside the title when both fit on one line, under it otherwise.
    const stacked = f.titleWidth(titleFs) + gap + points.width > innerW;
    const titleWrap = stacked ? innerW : innerW - points.width - gap;
    const titleH = f.titleHeight(titleFs, titleWrap);
    const explainH = f.explain(Math.round(fs * 0.95), innerW);
    const quoteH = f.quote(Math.round(fs * 0.88), innerW);
    panel = { stacked, titleWrap, titleH, points, explainH, quoteH };
    panelH =
      innerPad +
      (stacked ? titleH + points.height : Math.max(titleH, points.height)) +
      gap * 0.6 +
      explainH +
      (quoteH > 0 ? gap * 0.6 + quoteH : 0) +
      gap +
      buttonH +
      innerPad;
  }
  const bottomH = feedbackPhase && panel ? panelH : buttonH;
  const roomH = Math.max(bottomH, reserve ? panelH : 0, reserve ? input.keptPanel : 0);

  // Centre the block under the HUD while asking; once answered keep it where it was (options
  // must not jump under the player's finger) unless the feedback no longer fits below.
  const total = blockH + gap * 1.2 + answersH + gap * 1.2 + roomH;
  const free = height - pad - topOfContent - total;
  const centred = topOfContent + Math.max(0, Math.min(free / 2, height * 0.2));
  y = feedbackPhase && input.anchorY !== null ? Math.max(topOfContent, Math.min(input.anchorY, topOfContent + Math.max(0, free))) : centred;

  const prompt = { box: { x: x0, y, width: cw, height: promptH }, wrap };
  y += promptH;
  let hint: QuizLayout['hint'] = null;
  if (hintH !== null) {
    y += gap * 0.6;
    hint = { x: width / 2, y, wrap };
    y += hintH;
  }
  y += gap * 1.2;

  const answers: QuizLayout['answers'] = [];
  let rowY = y;
  rows.forEach((rowH, r) => {
    for (let c = 0; c < cols; c++) {
      const i = slots[r * cols + c];
      if (i === undefined) break;
      answers.push({ index: i, box: shown.has(i) ? { x: x0 + c * (colW + gap), y: rowY, width: colW, height: rowH } : null });
    }
    rowY += rowH + gap;
  });
  for (let i = 0; i < input.options; i++) if (!slots.includes(i)) answers.push({ index: i, box: null });
  answers.sort((a, b) => a.index - b.index);
  y += answersH + gap * 1.2;

  let lifelines: QuizLayout['lifelines'] = null;
  let feedback: FeedbackPlace | null = null;
  if (!feedbackPhase || !panel) {
    const lw = Math.min(220, (cw - gap) / 2);
    const lx = width / 2 - lw - gap / 2;
    lifelines = { fifty: { x: lx, y, width: lw, height: buttonH }, hint: { x: lx + lw + gap, y, width: lw, height: buttonH }, fs: Math.round(fs * 0.9) };
  } else {
    let py = y + innerPad;
    const title = { x: x0 + innerPad, y: py, wrap: panel.titleWrap };
    let points: FeedbackPlace['points'];
    if (panel.stacked) {
      points = { x: x0 + innerPad, y: py + panel.titleH, originX: 0 };
      py += panel.titleH + panel.points.height + gap * 0.6;
    } else {
      points = { x: x0 + cw - innerPad, y: py, originX: 1 };
      py += Math.max(panel.titleH, panel.points.height) + gap * 0.6;
    }
    const explain = { x: x0 + innerPad, y: py };
    py += panel.explainH;
    let quote: Point | null = null;
    if (panel.quoteH > 0) {
      py += gap * 0.6;
      quote = { x: x0 + innerPad, y: py };
      py += panel.quoteH;
    }
    py += gap;
    const nw = Math.min(innerW, 320);
    feedback = { box: { x: x0, y, width: cw, height: panelH }, innerPad, stacked: panel.stacked, title, points, explain, quote, next: { x: x0 + cw - innerPad - nw, y: py, width: nw, height: buttonH } };
  }
  y += roomH;
  return {
    bottom: y + pad * 0.5,
    fs,
    hudFs,
    hudBottom: topOfContent,
    panelHeight: panelH,
    quit,
    sound,
    counter,
    score,
    streak,
    lives,
    balls,
    timer,
    prompt,
    hint,
    answers,
    lifelines,
    feedback,
  };
}

/** The same base size the rest of the game uses (app/type-scale.ts), imported lazily-free. */
function baseSize(width: number, height: number): number {
  return Math.round(Math.min(30, Math.max(15, Math.min(width / 22, height / 34))));
}
