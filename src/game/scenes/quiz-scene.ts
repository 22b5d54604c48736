// The question screen. A thin view: it draws the round store (prompt, options, score, streak,
// lives, timer, feedback) and turns clicks and keys into controller calls. No rule lives here:
// points come from `round.lastScore`, the multiplier from `streakMultiplier`, the options 50:50
// took away from `round.removed`.
import * as Phaser from 'phaser';
import { canUseLifeline, currentQuestion, type RoundState } from '../../domain/round';
import { shownTimeLeftMs } from '../../app/question-clock';
import { streakMultiplier } from '../../domain/scoring';
import type { Rect } from '../../state/ui-store';
import type { GameController } from '../../app/controller';
import { CanvasButton } from '../ui/button';
import { formatPoints, questionLabel, quoted } from '../../app/format';
import { BALL_TEXTURE } from '../ui/pitch';
import { lineWidth, setColor, setWrap } from '../ui/text';
import { COLORS, CSS, LETTERS, baseFontSize, textStyle } from '../ui/theme';
import { BaseScene } from './base-scene';
import { QuizEffects } from './quiz-effects';
import { markFirstQuestion } from '../../app/first-question-mark';
import { layoutQuiz, type QuizLayout, type QuizMeasure } from './quiz-layout';


interface FeedbackView {
  panel: Phaser.GameObjects.Rectangle;
  title: Phaser.GameObjects.Text;
  points: Phaser.GameObjects.Text;
  explain: Phaser.GameObjects.Text;
  quote: Phaser.GameObjects.Text;
  next: CanvasButton;
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
  /** Confetti, shakes and the streak banner (made on first use; none under reduced motion). */
  private fx!: QuizEffects;
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
    this.fx = new QuizEffects(this, {
      prompt: () => this.prompt,
      answers: () => this.answers,
      timerTrack: () => this.timerTrack,
      hudBottom: () => this.hudBottom,
      view: () => this.view,
      reducedMotion: () => this.reducedMotion,
      onNewQuestion: () => (this.shownSeconds = -1),
    });

    this.render();
    this.onResize(() => this.render());
    this.watch(this.app.roundStore, (s, p) => {
      this.render();
      this.fx.play(s.round, p.round);
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
    if (this.app.roundStore.getState().round?.phase === 'asking') markFirstQuestion();
  }

  override update(): void {
    const round = this.app.roundStore.getState().round;
    const limit = round?.rules.timeLimitMs ?? null;
    if (!round || limit === null) return;
    const remaining = shownTimeLeftMs(round, this.app.remainingMs());
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
    const canFifty = canUseLifeline(round, 'fifty-fifty');
    const canHint = canUseLifeline(round, 'hint');
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
    const feedbackPhase = round.phase === 'feedback';
    const fb = this.fb;
    const hint = this.hintText?.visible ? this.hintText : null;
    // Measurements from the text objects themselves (set to the size asked, then read back).
    const measure: QuizMeasure = {
      quitWidth: (fs) => this.quit.naturalWidth(fs),
      soundWidth: (fs) => this.soundButton.naturalWidth(fs),
      hudLine: (fs) => this.score.setFontSize(fs).height,
      timerText: (fs) => lineWidth(this.timerText.setFontSize(fs), `${Math.ceil((round.rules.timeLimitMs ?? 0) / 1000)} s`),
      prompt: (fs, wrap) => setWrap(this.prompt.setFontSize(fs), wrap).height,
      hint: (fs, wrap) => (hint ? setWrap(hint.setFontSize(fs), wrap).height : null),
      answer: (i, w, fs) => this.answers[i]!.measure(w, fs),
      feedback: fb
        ? {
            titleWidth: (fs) => lineWidth(fb.title.setFontSize(fs)),
            titleHeight: (fs, wrap) => setWrap(fb.title.setFontSize(fs), wrap).height,
            points: (fs) => ({ width: fb.points.setFontSize(fs).width, height: fb.points.height }),
            explain: (fs, wrap) => setWrap(fb.explain.setFontSize(fs), wrap).height,
            quote: (fs, wrap) => (fb.quote.text ? setWrap(fb.quote.setFontSize(fs), wrap).height : 0),
          }
        : null,
    };
    const last = feedbackPhase ? round.history.at(-1) : undefined;
    const sizeKey = `${round.config.seed}:${round.index}:${width}x${height}`;
    const reserveKey = `${sizeKey}:${k}`;
    const layout = layoutQuiz(
      {
        width,
        height,
        k,
        compact,
        reserve,
        phase: feedbackPhase ? 'feedback' : 'asking',
        options: question.options.length,
        removed: round.removed,
        answer: question.answer,
        chosen: last?.chosen ?? null,
        hasLives: round.rules.lives !== null,
        lifeBalls: this.lifeBalls.filter((b) => b.visible).length,
        timed: round.rules.timeLimitMs !== null,
        keptPanel: this.reserved?.key === reserveKey ? this.reserved.height : 0,
        anchorY: this.anchor?.key === sizeKey ? this.anchor.y : null,
      },
      measure,
    );
    if (!feedbackPhase) {
      if (reserve) this.reserved = { key: reserveKey, height: layout.panelHeight };
      this.anchor = { key: sizeKey, y: layout.prompt.box.y };
    }
    return { bottom: layout.bottom, controls: this.apply(layout) };
  }

  /** Put every object where the layout says; returns the control rectangles for the DOM twin. */
  private apply(l: QuizLayout): Record<string, Rect> {
    const controls: Record<string, Rect> = {};
    const { fs, hudFs } = l;
    this.quit.setFontSize(hudFs).setBox(l.quit.x, l.quit.y, l.quit.width, l.quit.height);
    this.soundButton.setFontSize(hudFs).setBox(l.sound.x, l.sound.y, l.sound.width, l.sound.height);
    setWrap(this.counter.setFontSize(hudFs).setAlign('center'), l.counter.wrap);
    this.counter.setOrigin(0.5, 0.5).setPosition(l.counter.x, l.counter.y);
    controls.quit = this.quit.rect();
    controls.sound = this.soundButton.rect();
    this.score.setFontSize(hudFs).setPosition(l.score.x, l.score.y);
    this.streak.setFontSize(hudFs).setOrigin(l.streak.originX, 0).setPosition(l.streak.x, l.streak.y);
    this.livesText.setFontSize(hudFs).setPosition(l.lives.x, l.lives.y);
    const shownBalls = this.lifeBalls.filter((b) => b.visible);
    shownBalls.forEach((ball, i) => {
      const b = l.balls[i];
      if (b) ball.setDisplaySize(b.size, b.size).setPosition(b.x, b.y);
    });
    if (l.timer) {
      const t = l.timer.track;
      this.timerText.setFontSize(hudFs).setPosition(l.timer.text.x, l.timer.text.y);
      this.timerWidth = t.width;
      this.timerTrack.setPosition(t.x, t.y).setSize(t.width, t.height);
      this.timerFill.setPosition(t.x, t.y).setSize(Math.min(this.timerFill.width, t.width), t.height);
      // Published so tests (and the DOM layer, should it want to) know a timer is on screen.
      controls.timer = { ...t, width: l.prompt.box.width };
    }
    this.hudBottom = l.hudBottom;
    const p = l.prompt;
    setWrap(this.prompt.setFontSize(Math.round(fs * 1.3)), p.wrap).setPosition(p.box.x + p.box.width / 2, p.box.y);
    // Not controls: published so tests can check that flourishes (drawn in the HUD band) never
    // cover the question.
    controls.hud = { x: p.box.x, y: 0, width: p.box.width, height: l.hudBottom };
    controls.prompt = p.box;
    if (l.hint && this.hintText) setWrap(this.hintText.setFontSize(Math.round(fs * 0.9)), l.hint.wrap).setPosition(l.hint.x, l.hint.y);
    for (const { index, box } of l.answers) {
      const button = this.answers[index]!;
      button.setVisible(box !== null && index < (currentQuestion(this.app.roundStore.getState().round!)?.options.length ?? 0));
      if (box) {
        button.setFontSize(fs).setBox(box.x, box.y, box.width, box.height);
        controls[`answer:${index}`] = button.rect();
      } else button.setBox(-1000, -1000, 10, 10);
    }
    if (l.lifelines) {
      const { fifty, hint, fs: lfs } = l.lifelines;
      this.fifty.setFontSize(lfs).setBox(fifty.x, fifty.y, fifty.width, fifty.height);
      this.hint.setFontSize(lfs).setBox(hint.x, hint.y, hint.width, hint.height);
      controls['lifeline:fifty-fifty'] = this.fifty.rect();
      controls['lifeline:hint'] = this.hint.rect();
    }
    const fb = this.fb;
    if (l.feedback && fb) {
      const f = l.feedback;
      fb.panel.setPosition(f.box.x, f.box.y).setSize(f.box.width, f.box.height);
      setWrap(fb.title.setFontSize(Math.round(fs * 1.1)), f.title.wrap).setPosition(f.title.x, f.title.y);
      fb.points.setFontSize(Math.round(fs * 0.8)).setOrigin(f.points.originX, 0).setPosition(f.points.x, f.points.y);
      setWrap(fb.explain.setFontSize(Math.round(fs * 0.95)), f.box.width - 2 * f.innerPad).setPosition(f.explain.x, f.explain.y);
      if (f.quote) setWrap(fb.quote.setFontSize(Math.round(fs * 0.88)), f.box.width - 2 * f.innerPad).setPosition(f.quote.x, f.quote.y);
      fb.next.setFontSize(fs).setBox(f.next.x, f.next.y, f.next.width, f.next.height);
      controls.next = fb.next.rect();
    }
    return controls;
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

}

/** The answer just given ends the round (last question, or the last life): Continue leads to the results. */
function isLastAnswer(round: RoundState): boolean {
  return round.lives === 0 || round.index + 1 >= round.questions.length;
}
