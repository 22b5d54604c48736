// The question screen. A thin view: it draws the round store (prompt, options, score, streak,
// lives, timer, feedback) and turns clicks and keys into controller calls. No rule lives here:
// points come from `round.lastScore`, the multiplier from `streakMultiplier`, the options 50:50
// took away from `round.removed`.
import * as Phaser from 'phaser';
import { currentQuestion, type RoundState } from '../../domain/round';
import { streakMultiplier } from '../../domain/scoring';
import { STREAK_MILESTONES } from '../../audio/sound-cues';
import type { Rect } from '../../state/ui-store';
import type { GameController } from '../../app/controller';
import { CanvasButton } from '../ui/button';
import { formatPoints, questionLabel, quoted } from '../../app/format';
import { BALL_TEXTURE, CONFETTI_TEXTURE, CONFETTI_TINTS } from '../ui/pitch';
import { lineWidth, setColor, setWrap } from '../ui/text';
import { COLORS, CSS, LETTERS, baseFontSize, textStyle } from '../ui/theme';
import { BaseScene } from './base-scene';

/** Set once per page load, for the cold-start benchmark. */
let markedFirstQuestion = false;
export const FIRST_QUESTION_MARK = 'first-question-answerable';

interface FeedbackView {
  panel: Phaser.GameObjects.Rectangle;
  title: Phaser.GameObjects.Text;
  points: Phaser.GameObjects.Text;
  explain: Phaser.GameObjects.Text;
  quote: Phaser.GameObjects.Text;
  next: CanvasButton;
}

interface Flourish {
  banner: Phaser.GameObjects.Text;
  kickBall: Phaser.GameObjects.Image;
  confetti: Phaser.GameObjects.Particles.ParticleEmitter;
}

export class QuizScene extends BaseScene {
  private quit!: CanvasButton;
  private soundButton!: CanvasButton;
  private counter!: Phaser.GameObjects.Text;
  private score!: Phaser.GameObjects.Text;
  private streak!: Phaser.GameObjects.Text;
  private livesText!: Phaser.GameObjects.Text;
  private lifeBalls: Phaser.GameObjects.Image[] = [];
  private timerTrack!: Phaser.GameObjects.Rectangle;
  private timerFill!: Phaser.GameObjects.Rectangle;
  private timerText!: Phaser.GameObjects.Text;
  private prompt!: Phaser.GameObjects.Text;
  /** Made when a Hint is first used. */
  private hintText: Phaser.GameObjects.Text | null = null;
  private answers: CanvasButton[] = [];
  private fifty!: CanvasButton;
  private hint!: CanvasButton;
  /** Made on the first answer, not at create: the first question appears sooner. */
  private fb: FeedbackView | null = null;
  /** Made on the first flourish (never, under reduced motion). */
  private fx: Flourish | null = null;
  private timerWidth = 0;
  private shownSeconds = -1;
  /** Bottom of the HUD (score, timer): flourishes stay above it, off the question and answers. */
  private hudBottom = 0;
  /** Where the current question's content starts, kept when its feedback opens (no jump). */
  private anchor: { key: string; y: number } | null = null;
  /** The feedback panel height reserved while asking this question, at this size and type scale. */
  private reserved: { key: string; height: number } | null = null;

  constructor(app: GameController) {
    super('QuizScene', app);
  }

  create(): void {
    this.beginLifecycle();
    const fs = baseFontSize(this.view.width, this.view.height);
    this.quit = new CanvasButton(this, { label: 'Menu', fontSize: fs * 0.85, onPress: () => this.app.requestMenu() });
    this.soundButton = new CanvasButton(this, { label: '', fontSize: fs * 0.85, onPress: () => this.app.toggleMute() });
    this.counter = this.add.text(0, 0, '', textStyle(fs, CSS.text, true)).setOrigin(0.5, 0.5);
    this.score = this.add.text(0, 0, '', textStyle(fs, CSS.gold, true));
    this.streak = this.add.text(0, 0, '', textStyle(fs, CSS.text)).setOrigin(0.5, 0);
    this.livesText = this.add.text(0, 0, '', textStyle(fs, CSS.text)).setOrigin(1, 0);
    this.lifeBalls = [];
    this.timerTrack = this.add.rectangle(0, 0, 10, 10, COLORS.night, 0.85).setOrigin(0, 0).setStrokeStyle(1, COLORS.panelLine);
    this.timerFill = this.add.rectangle(0, 0, 10, 10, COLORS.gold).setOrigin(0, 0);
    this.timerText = this.add.text(0, 0, '', textStyle(fs * 0.85, CSS.text, true)).setOrigin(1, 0.5);
    this.prompt = this.add.text(0, 0, '', { ...textStyle(fs * 1.3, CSS.text, true), align: 'center' }).setOrigin(0.5, 0);
    this.hintText = null;
    this.answers = LETTERS.map(
      (letter, i) => new CanvasButton(this, { label: '', badge: letter, fontSize: fs, align: 'left', onPress: () => this.app.answer(i) }),
    );
    this.fifty = new CanvasButton(this, { label: '50:50', fontSize: fs * 0.9, onPress: () => this.app.useLifeline('fifty-fifty') });
    this.hint = new CanvasButton(this, { label: 'Hint', fontSize: fs * 0.9, onPress: () => this.app.useLifeline('hint') });
    this.fb = null;
    this.fx = null;

    this.render();
    this.onResize(() => this.render());
    this.watch(this.app.roundStore, (s, p) => {
      this.render();
      this.effects(s.round, p.round);
    });
    this.watch(this.app.settingsStore, (s, p) => {
      if (s.muted !== p.muted) this.render();
    });
    this.onShortcut((shortcut) => {
      const round = this.app.roundStore.getState().round;
      if (!round) return;
      if (shortcut.kind === 'answer' && round.phase === 'asking') this.app.answer(shortcut.index);
      if (shortcut.kind === 'continue' && round.phase === 'feedback') this.app.next();
    });
    if (!markedFirstQuestion && this.app.roundStore.getState().round?.phase === 'asking') {
      markedFirstQuestion = true;
      try {
        performance.mark(FIRST_QUESTION_MARK);
      } catch {
        // Marks are for benchmarks only.
      }
    }
  }

  override update(): void {
    const round = this.app.roundStore.getState().round;
    const limit = round?.rules.timeLimitMs ?? null;
    if (!round || limit === null) return;
    const remaining = round.phase === 'asking' ? (this.app.remainingMs() ?? 0) : Math.max(0, limit - (round.history.at(-1)?.timeMs ?? limit));
    const share = remaining / limit;
    this.timerFill.setSize(Math.max(0, this.timerWidth * share), this.timerTrack.height);
    const color = remaining <= 5000 ? COLORS.danger : remaining <= 10000 ? COLORS.warn : COLORS.gold;
    this.timerFill.setFillStyle(color);
    const seconds = Math.ceil(remaining / 1000);
    if (seconds !== this.shownSeconds) {
      this.shownSeconds = seconds;
      this.timerText.setText(`${seconds} s`);
      setColor(this.timerText, remaining <= 5000 ? CSS.wrong : CSS.text);
    }
  }

  /** Draw the store's state and place everything. */
  private render(): void {
    const round = this.app.roundStore.getState().round;
    const question = round ? currentQuestion(round) : undefined;
    if (!round || !question) return;
    const muted = this.app.settingsStore.getState().muted;
    this.soundButton.setLabel(muted ? 'Sound: off' : 'Sound: on');
    this.counter.setText(questionLabel(round));
    this.score.setText(`Score ${formatPoints(round.score)}`);
    this.streak.setText(`Streak ${round.streak} · ×${streakMultiplier(round.streak)}`);
    const lives = round.lives;
    this.livesText.setVisible(lives !== null).setText(lives !== null ? `Lives ${lives}` : '');
    this.syncLifeBalls(round);
    this.prompt.setText(question.prompt);
    const hinted = round.used.includes('hint');
    if (hinted && !this.hintText) {
      const fs = baseFontSize(this.view.width, this.view.height);
      this.hintText = this.add.text(0, 0, '', { ...textStyle(fs * 0.9, CSS.gold), fontStyle: 'italic', align: 'center' }).setOrigin(0.5, 0);
    }
    this.hintText?.setText(hinted ? `Hint: ${question.hint}` : '').setVisible(hinted);
    const asking = round.phase === 'asking';
    const last = round.phase === 'feedback' ? round.history.at(-1) : undefined;
    this.answers.forEach((button, i) => {
      const exists = i < question.options.length;
      const removed = round.removed.includes(i);
      if (!exists) {
        button.setVisible(false);
        return;
      }
      button.setLabel(question.options[i]!);
      if (asking) button.setLook('normal').setEnabled(!removed);
      else {
        const look = i === question.answer ? 'right' : last?.chosen === i ? 'wrong' : 'dim';
        button.setLook(look).setEnabled(false);
      }
    });
    const timed = round.rules.timeLimitMs !== null;
    this.timerTrack.setVisible(timed);
    this.timerFill.setVisible(timed);
    this.timerText.setVisible(timed);
    const fiftyApplies = question.fiftyFifty.length > 0;
    const canFifty = asking && round.lifelinesLeft.includes('fifty-fifty') && fiftyApplies;
    const canHint = asking && round.lifelinesLeft.includes('hint');
    this.fifty.setVisible(asking).setEnabled(canFifty).setLook(canFifty ? 'normal' : 'disabled');
    this.hint.setVisible(asking).setEnabled(canHint).setLook(canHint ? 'normal' : 'disabled');
    this.fifty.setLabel(!round.lifelinesLeft.includes('fifty-fifty') ? '50:50 used' : fiftyApplies ? '50:50' : '50:50: not on true/false');
    this.hint.setLabel(round.lifelinesLeft.includes('hint') ? 'Hint' : 'Hint used');
    const feedback = round.phase === 'feedback' && !!last;
    // The feedback panel exists (hidden) while asking, filled with this question's explanation and
    // the longest title it can get, so the layout keeps room for it and nothing moves on answering.
    const fb = this.feedbackView();
    if (!feedback) this.primeFeedback(question);
    if (fb) {
      for (const o of [fb.panel, fb.title, fb.points, fb.explain, fb.quote]) o.setVisible(feedback);
      fb.next.setVisible(feedback).setEnabled(feedback).setLook('primary');
      fb.next.setLabel(feedback && isLastAnswer(round) ? 'See results' : 'Continue');
    }
    if (fb && feedback && last) {
      const right = question.options[question.answer]!;
      const letter = LETTERS[question.answer] ?? '';
      const answer = right.length <= 32 ? `${letter}: ${right}` : letter;
      const outOfLives = round.lives === 0;
      fb.title.setText(
        last.correct ? '✓ Right!' : outOfLives ? `✗ Out of lives! It was ${answer}` : last.chosen === null ? `✗ Time’s up — it was ${answer}` : `✗ Wrong — it was ${answer}`,
      );
      setColor(fb.title, last.correct ? CSS.right : CSS.wrong);
      const s = round.lastScore;
      const parts: string[] = [];
      if (s && last.correct) {
        parts.push(`${s.base} base`);
        if (s.timeBonus > 0) parts.push(`+ ${s.timeBonus} speed`);
        if (s.multiplier !== 1) parts.push(`× ${s.multiplier} streak`);
        if (s.lifelineFactor !== 1) parts.push(`× ${s.lifelineFactor} lifeline`);
      }
      fb.points.setText(`+${formatPoints(s?.points ?? last.points)} points${parts.length ? `\n${parts.join(' ')}` : ''}`);
      fb.explain.setText(question.explanation);
      fb.quote.setText(question.quote ? quoted(question.quote) : '');
    }
    this.layout(this.view.width, this.view.height);
  }

  private syncLifeBalls(round: RoundState): void {
    const total = round.rules.lives ?? 0;
    while (this.lifeBalls.length < total) this.lifeBalls.push(this.add.image(0, 0, BALL_TEXTURE));
    this.lifeBalls.forEach((ball, i) => {
      ball.setVisible(i < total);
      ball.setAlpha(round.lives !== null && i < round.lives ? 1 : 0.22);
    });
  }

  private layout(width: number, height: number): void {
    // Both phases lay out with room kept for the feedback panel, shrinking type a little if need
    // be, so the question and options stay put when it opens. Where even that does not fit (long
    // explanations on small phones), asking gives up the reserve and feedback goes compact.
    const feedback = this.app.roundStore.getState().round?.phase === 'feedback';
    let k = 1;
    let compact = false;
    let reserve = true;
    let placed = this.place(width, height, k, compact, reserve);
    while (placed.bottom > height) {
      if (k > 0.85) k = Math.round((k - 0.05) * 100) / 100;
      else if (reserve && !feedback) [reserve, k] = [false, 1];
      else if (feedback && !compact) [compact, k] = [true, 1];
      else if (k > 0.55) k = Math.round((k - 0.05) * 100) / 100;
      else break;
      placed = this.place(width, height, k, compact, reserve);
    }
    this.publishControls(placed.controls);
  }

  private place(width: number, height: number, k: number, compact = false, reserve = true): { bottom: number; controls: Record<string, Rect> } {
    const round = this.app.roundStore.getState().round!;
    const question = currentQuestion(round)!;
    const controls: Record<string, Rect> = {};
    const base = baseFontSize(width, height);
    const fs = Math.max(12, Math.round(base * k));
    const hudFs = Math.max(12, Math.round(base * Math.max(0.85, k) * 0.85));
    const pad = Math.round(Math.min(36, Math.max(12, width * 0.03)));
    const cw = Math.min(width - 2 * pad, 1040);
    const x0 = Math.round((width - cw) / 2);
    const gap = Math.max(8, Math.round(fs * 0.5));
    const small = Math.max(40, Math.round(hudFs * 2.5));

    // HUD row 1: Menu · Question n of N · Sound (narrow screens: the count left, both buttons right).
    let y = Math.round(pad * 0.7);
    const quitW = Math.max(this.quit.naturalWidth(hudFs), 64);
    const soundW = Math.max(this.soundButton.naturalWidth(hudFs), 72);
    const narrow = cw < 480;
    if (narrow) {
      // Menu and Sound at opposite ends, so a thumb aiming for one never hits the other.
      this.quit.setFontSize(hudFs).setBox(x0, y, quitW, small);
      this.soundButton.setFontSize(hudFs).setBox(x0 + cw - soundW, y, soundW, small);
      const between = cw - quitW - soundW - 2 * gap;
      setWrap(this.counter.setFontSize(hudFs).setAlign('center'), between);
      this.counter.setOrigin(0.5, 0.5).setPosition(x0 + quitW + gap + between / 2, y + small / 2);
    } else {
      setWrap(this.counter.setAlign('center'), null);
      const sideW = Math.min(Math.round(cw * 0.3), Math.max(quitW, soundW));
      this.quit.setFontSize(hudFs).setBox(x0, y, sideW, small);
      this.soundButton.setFontSize(hudFs).setBox(x0 + cw - sideW, y, sideW, small);
      this.counter.setFontSize(hudFs).setOrigin(0.5, 0.5).setPosition(width / 2, y + small / 2);
    }
    controls.quit = this.quit.rect();
    controls.sound = this.soundButton.rect();
    y += small + Math.round(gap * 0.6);

    // HUD row 2: score · streak · lives
    this.score.setFontSize(hudFs).setPosition(x0, y);
    this.streak.setFontSize(hudFs).setPosition(width / 2, y);
    const ballSize = Math.round(hudFs * 1.1);
    const lifeCount = this.lifeBalls.filter((b) => b.visible).length;
    this.livesText.setFontSize(hudFs).setPosition(x0 + cw - lifeCount * (ballSize + 4), y);
    this.lifeBalls.forEach((ball, i) => {
      ball.setDisplaySize(ballSize, ballSize).setPosition(x0 + cw - (lifeCount - i - 0.5) * (ballSize + 4), y + this.livesText.height / 2);
    });
    if (width < 520 && round.rules.lives !== null) {
      // Narrow phones: streak moves under the score so the three never overlap.
      this.streak.setOrigin(0, 0).setPosition(x0, y + this.score.height + 2);
      y += this.score.height * 2 + 2;
    } else {
      this.streak.setOrigin(0.5, 0);
      y += this.score.height;
    }
    y += Math.round(gap * 0.6);

    // Timer bar (timed modes only)
    if (round.rules.timeLimitMs !== null) {
      const barH = Math.max(10, Math.round(fs * 0.55));
      this.timerText.setFontSize(hudFs);
      // Reserve room for the widest reading ("20 s") so the bar never runs under the text.
      const textW = lineWidth(this.timerText, `${Math.ceil(round.rules.timeLimitMs / 1000)} s`) + 10;
      this.timerWidth = cw - textW - 6;
      this.timerTrack.setPosition(x0, y).setSize(this.timerWidth, barH);
      this.timerFill.setPosition(x0, y).setSize(this.timerFill.width > this.timerWidth ? this.timerWidth : this.timerFill.width, barH);
      this.timerText.setPosition(x0 + cw, y + barH / 2);
      // Published so tests (and the DOM layer, should it want to) know a timer is on screen.
      controls.timer = { x: x0, y, width: cw, height: barH };
      y += barH + gap;
    }
    const topOfContent = y;
    this.hudBottom = y;

    // Prompt (+ hint)
    setWrap(this.prompt.setFontSize(Math.round(fs * 1.3)), cw - 8);
    let blockH = this.prompt.height;
    const hint = this.hintText?.visible ? this.hintText : null;
    if (hint) {
      setWrap(hint.setFontSize(Math.round(fs * 0.9)), cw - 8);
      blockH += gap * 0.6 + hint.height;
    }

    // Answers: one column on narrow screens, two on wide ones.
    // In compact mode (small screens, after an answer) the dimmed options step aside so the
    // explanation stays readable; the right answer and the player's pick stay on screen.
    const count = question.options.length;
    const last = round.phase === 'feedback' ? round.history.at(-1) : undefined;
    const slots: number[] = [];
    for (let i = 0; i < count; i++) {
      const dim = !!last && i !== question.answer && i !== last.chosen;
      const shown = !round.removed.includes(i) && !(compact && dim);
      this.answers[i]!.setVisible(shown);
      if (shown || !compact) slots.push(i);
    }
    const cols = cw >= 640 ? 2 : 1;
    const colW = (cw - gap * (cols - 1)) / cols;
    const minH = Math.max(44, Math.round(fs * 2.4));
    const heights = slots.map((i) => Math.max(minH, Math.round(this.answers[i]!.measure(colW, fs) + fs * 1.1)));
    const rows: number[] = [];
    for (let r = 0; r * cols < slots.length; r++) rows.push(Math.max(...heights.slice(r * cols, r * cols + cols)));
    const answersH = rows.reduce((a, b) => a + b, 0) + gap * (rows.length - 1);

    // Bottom: lifelines while asking, the feedback panel after an answer.
    const buttonH = Math.max(44, Math.round(fs * 2.2));
    const feedbackPhase = round.phase === 'feedback';
    const fb = feedbackPhase ? this.fb : null;
    const view = this.fb;
    let stacked = false;
    let bottomH = buttonH;
    let panelH = 0;
    const innerPad = Math.round(fs * 0.8);
    if (view && (feedbackPhase || reserve)) {
      const fb = view;
      const innerW = cw - 2 * innerPad;
      fb.points.setFontSize(Math.round(fs * 0.8));
      fb.title.setFontSize(Math.round(fs * 1.1));
      // Points sit beside the title when both fit on one line, under it otherwise.
      stacked = lineWidth(fb.title) + gap + fb.points.width > innerW;
      setWrap(fb.title, stacked ? innerW : innerW - fb.points.width - gap);
      setWrap(fb.explain.setFontSize(Math.round(fs * 0.95)), innerW);
      setWrap(fb.quote.setFontSize(Math.round(fs * 0.88)), innerW);
      panelH =
        innerPad +
        (stacked ? fb.title.height + fb.points.height : Math.max(fb.title.height, fb.points.height)) +
        gap * 0.6 +
        fb.explain.height +
        (fb.quote.text ? gap * 0.6 + fb.quote.height : 0) +
        gap +
        buttonH +
        innerPad;
      if (feedbackPhase) bottomH = panelH;
    }

    // Centre the block in the space under the HUD when there is room to spare.
    // Room kept below the options: the feedback panel's (as primed while asking), or the lifelines.
    const reserveKey = `${round.config.seed}:${round.index}:${width}x${height}:${k}`;
    if (!feedbackPhase && reserve) this.reserved = { key: reserveKey, height: panelH };
    const kept = reserve && this.reserved?.key === reserveKey ? this.reserved.height : 0;
    const roomH = Math.max(bottomH, reserve ? panelH : 0, kept);
    const total = blockH + gap * 1.2 + answersH + gap * 1.2 + roomH;
    const free = height - pad - topOfContent - total;
    const centred = topOfContent + Math.max(0, Math.min(free / 2, height * 0.2));
    // While asking, centre the block; once answered, keep it where it was (the options must not
    // jump under the player's finger) unless the feedback no longer fits below.
    const key = `${round.config.seed}:${round.index}:${width}x${height}`;
    if (!fb || !this.anchor || this.anchor.key !== key) {
      y = centred;
      if (!fb) this.anchor = { key, y };
    } else y = Math.max(topOfContent, Math.min(this.anchor.y, topOfContent + Math.max(0, free)));

    this.prompt.setPosition(width / 2, y);
    // Not controls: published so tests can check that flourishes (drawn in the HUD band) never
    // cover the question.
    controls.hud = { x: x0, y: 0, width: cw, height: this.hudBottom };
    controls.prompt = { x: x0, y, width: cw, height: this.prompt.height };
    y += this.prompt.height;
    if (hint) {
      y += gap * 0.6;
      hint.setPosition(width / 2, y);
      y += hint.height;
    }
    y += gap * 1.2;

    let rowY = y;
    rows.forEach((rowH, r) => {
      for (let c = 0; c < cols; c++) {
        const i = slots[r * cols + c];
        if (i === undefined) break;
        const b = this.answers[i]!;
        b.setFontSize(fs).setBox(x0 + c * (colW + gap), rowY, colW, rowH);
        if (b.visible) controls[`answer:${i}`] = b.rect();
      }
      rowY += rowH + gap;
    });
    for (let i = 0; i < this.answers.length; i++) if (!slots.includes(i)) this.answers[i]!.setBox(-1000, -1000, 10, 10);
    y += answersH + gap * 1.2;

    if (!fb) {
      const lw = Math.min(220, (cw - gap) / 2);
      const lx = width / 2 - lw - gap / 2;
      this.fifty.setFontSize(Math.round(fs * 0.9)).setBox(lx, y, lw, buttonH);
      this.hint.setFontSize(Math.round(fs * 0.9)).setBox(lx + lw + gap, y, lw, buttonH);
      controls['lifeline:fifty-fifty'] = this.fifty.rect();
      controls['lifeline:hint'] = this.hint.rect();
    } else {
      fb.panel.setPosition(x0, y).setSize(cw, bottomH);
      let py = y + innerPad;
      fb.title.setPosition(x0 + innerPad, py);
      if (stacked) {
        fb.points.setOrigin(0, 0).setPosition(x0 + innerPad, py + fb.title.height);
        py += fb.title.height + fb.points.height + gap * 0.6;
      } else {
        fb.points.setOrigin(1, 0).setPosition(x0 + cw - innerPad, py);
        py += Math.max(fb.title.height, fb.points.height) + gap * 0.6;
      }
      fb.explain.setPosition(x0 + innerPad, py);
      py += fb.explain.height;
      if (fb.quote.text) {
        py += gap * 0.6;
        fb.quote.setPosition(x0 + innerPad, py);
        py += fb.quote.height;
      }
      py += gap;
      const nw = Math.min(cw - 2 * innerPad, 320);
      fb.next.setFontSize(fs).setBox(x0 + cw - innerPad - nw, py, nw, buttonH);
      controls.next = fb.next.rect();
    }
    y += roomH;
    return { bottom: y + pad * 0.5, controls };
  }

  /** Fill the hidden feedback panel with the longest it will say for this question, for measuring. */
  private primeFeedback(question: { options: string[]; answer: number; explanation: string; quote?: string }): void {
    const fb = this.feedbackView();
    const right = question.options[question.answer] ?? '';
    const letter = LETTERS[question.answer] ?? '';
    fb.title.setText(`✗ Time’s up — it was ${right.length <= 32 ? `${letter}: ${right}` : letter}`);
    fb.points.setText(`+${formatPoints(9999)} points\n200 base + 100 speed × 3 streak`);
    fb.explain.setText(question.explanation);
    fb.quote.setText(question.quote ? quoted(question.quote) : '');
  }

  private feedbackView(): FeedbackView {
    if (this.fb) return this.fb;
    const fs = baseFontSize(this.view.width, this.view.height);
    this.fb = {
      panel: this.add.rectangle(0, 0, 10, 10, COLORS.night, 0.9).setOrigin(0, 0).setStrokeStyle(2, COLORS.panelLine).setRounded(14),
      title: this.add.text(0, 0, '', textStyle(fs * 1.1, CSS.text, true)),
      points: this.add.text(0, 0, '', textStyle(fs * 0.8, CSS.gold)).setOrigin(1, 0),
      explain: this.add.text(0, 0, '', textStyle(fs * 0.95, CSS.text)),
      quote: this.add.text(0, 0, '', { ...textStyle(fs * 0.88, CSS.soft), fontStyle: 'italic' }),
      next: new CanvasButton(this, { label: 'Continue', fontSize: fs, onPress: () => this.app.next() }),
    };
    return this.fb;
  }

  private flourish(): Flourish {
    if (this.fx) return this.fx;
    const fs = baseFontSize(this.view.width, this.view.height);
    this.fx = {
      banner: this.add
        .text(0, 0, '', { ...textStyle(fs * 1.6, CSS.gold, true), stroke: '#07152b', strokeThickness: 6 })
        .setOrigin(0.5)
        .setDepth(20)
        .setVisible(false),
      kickBall: this.add.image(-100, -100, BALL_TEXTURE).setDepth(19).setVisible(false),
      confetti: this.add
        .particles(0, 0, CONFETTI_TEXTURE, {
          emitting: false,
          speed: { min: 160, max: 460 },
          angle: { min: 200, max: 340 },
          gravityY: 700,
          lifespan: 1300,
          rotate: { start: 0, end: 540 },
          scale: { start: 1.2, end: 0.7 },
          alpha: { start: 1, end: 0 },
          tint: CONFETTI_TINTS,
        })
        .setDepth(18),
    };
    return this.fx;
  }

  /** Flourishes on transitions; all skipped under prefers-reduced-motion. */
  private effects(round: RoundState | null, prev: RoundState | null): void {
    if (!round || !prev || round.config !== prev.config) return;
    const question = round.questions[round.index];
    if (round.phase === 'asking' && (prev.index !== round.index || prev.phase !== 'asking')) {
      this.shownSeconds = -1;
      if (!this.reducedMotion) {
        const targets = [this.prompt, ...this.answers.map((a) => a.container)];
        this.tweens.killTweensOf(targets);
        // Never from 0: Phaser skips input on invisible objects, and the clock is already running.
        targets.forEach((t) => t.setAlpha(0.35));
        this.tweens.add({ targets, alpha: 1, duration: 200, delay: this.tweens.stagger(40, {}) });
      }
      return;
    }
    if (round.history.length <= prev.history.length || !question) return;
    const last = round.history.at(-1)!;
    if (this.reducedMotion) return;
    const right = this.answers[question.answer];
    if (right) this.pop(right.markObject);
    if (last.correct && right) {
      const r = right.rect();
      this.flourish().confetti.explode(36, r.x + r.width / 2, r.y + r.height / 2);
    } else if (last.chosen !== null) {
      const wrong = this.answers[last.chosen];
      if (wrong) {
        this.pop(wrong.markObject);
        const x = wrong.container.x;
        this.tweens.add({ targets: wrong.container, x: { from: x - 8, to: x }, duration: 60, repeat: 3, yoyo: true, onComplete: () => wrong.container.setX(x) });
      }
    } else {
      this.tweens.add({ targets: this.timerTrack, alpha: { from: 0.3, to: 1 }, duration: 120, repeat: 3, yoyo: true });
    }
    if (last.correct && STREAK_MILESTONES.includes(round.streak)) this.celebrateStreak(round.streak);
  }

  private pop(target: Phaser.GameObjects.Graphics): void {
    target.setScale(0.2);
    this.tweens.add({ targets: target, scale: 1, duration: 260, ease: 'Back.easeOut' });
  }

  private celebrateStreak(streak: number): void {
    const { width, height } = this.view;
    const { banner, kickBall } = this.flourish();
    // Over the HUD, never over the question or the answers the player is reading.
    const band = Math.max(this.hudBottom, 60);
    banner.setFontSize(Math.round(Math.min(baseFontSize(width, height) * 1.6, band * 0.45)));
    banner.setText(`Streak ${streak}! ×${streakMultiplier(streak)}`).setPosition(width / 2, band / 2).setVisible(true).setAlpha(1).setScale(0.4);
    this.tweens.add({
      targets: banner,
      scale: 1,
      duration: 320,
      ease: 'Back.easeOut',
      onComplete: () => {
        this.tweens.add({ targets: banner, alpha: 0, delay: 700, duration: 300, onComplete: () => banner.setVisible(false) });
      },
    });
    const size = Math.min(baseFontSize(width, height) * 2.2, band * 0.6);
    kickBall.setDisplaySize(size, size).setPosition(-size, band - size / 2).setVisible(true).setAngle(0);
    this.tweens.add({
      targets: kickBall,
      x: width + size,
      angle: 720,
      duration: 900,
      ease: 'Sine.easeIn',
      onComplete: () => kickBall.setVisible(false),
    });
    this.tweens.add({ targets: kickBall, y: size / 2, duration: 450, yoyo: true, ease: 'Quad.easeOut' });
  }
}

/** The answer just given ends the round (last question, or the last life): Continue leads to the results. */
function isLastAnswer(round: RoundState): boolean {
  return round.lives === 0 || round.index + 1 >= round.questions.length;
}
