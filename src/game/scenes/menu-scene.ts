// Menu: pack, mode, difficulty, sound, how-to-play, Play. Draws the settings store and sends
// choices to the controller; the DOM layer mirrors every control as a real form element.
import * as Phaser from 'phaser';
import type { Difficulty } from '../../domain/pack/schema';
import { MENU_DIFFICULTIES, MENU_MODES, type MenuMode } from '../../state/settings-store';
import type { Rect } from '../../state/ui-store';
import type { GameController } from '../../app/controller';
import { CanvasButton } from '../ui/button';
import { DIFFICULTY_LABEL, MODE_LABEL } from '../../app/format';
import { BALL_TEXTURE } from '../ui/pitch';
import { setWrap } from '../ui/text';
import { CSS, baseFontSize, textStyle } from '../ui/theme';
import { BaseScene } from './base-scene';


const MAX_LISTED_PACKS = 3;

export class MenuScene extends BaseScene {
  private title!: Phaser.GameObjects.Text;
  private ball!: Phaser.GameObjects.Image;
  private headings: Phaser.GameObjects.Text[] = [];
  private modeNote!: Phaser.GameObjects.Text;
  private packNote!: Phaser.GameObjects.Text;
  /**
   * One per listed pack. When they are stepped through one at a time, a pack's button is made the
   * first time it is shown: nine buttons' text is most of what building the menu costs.
   */
  private packButtons: { id: string; valid: boolean; title: string; button: CanvasButton | null }[] = [];
  private buttonFontSize = 16;
  /** With more packs than fit as a list: ‹ and › step through them around the selected one. */
  private packPrev!: CanvasButton;
  private packNext!: CanvasButton;
  private modeButtons: { mode: MenuMode; button: CanvasButton }[] = [];
  private difficultyButtons: { difficulty: Difficulty; button: CanvasButton }[] = [];
  private play!: CanvasButton;
  private help!: CanvasButton;
  private soundButton!: CanvasButton;

  constructor(app: GameController) {
    super('MenuScene', app);
  }

  create(): void {
    this.beginLifecycle();
    this.headings = [];
    const fs = baseFontSize(this.view.width, this.view.height);
    this.ball = this.add.image(0, 0, BALL_TEXTURE);
    this.title = this.add.text(0, 0, 'Football Trivia', textStyle(fs * 1.7, CSS.text, true)).setOrigin(0, 0.5);
    const heading = (text: string) => {
      const t = this.add.text(0, 0, text, textStyle(fs * 0.85, CSS.gold, true));
      this.headings.push(t);
      return t;
    };
    heading('Question pack');
    heading('Mode');
    heading('Difficulty');
    this.packNote = this.add.text(0, 0, '', textStyle(fs * 0.8, CSS.warn));
    this.modeNote = this.add.text(0, 0, '', textStyle(fs * 0.8, CSS.soft));

    this.buttonFontSize = fs;
    this.packButtons = this.app.uiStore.getState().packs.map((entry) => ({ id: entry.id, valid: entry.status === 'ok', title: entry.title, button: null }));
    this.packPrev = new CanvasButton(this, { label: '‹', fontSize: fs * 1.4, onPress: () => this.app.stepPack(-1) });
    this.packNext = new CanvasButton(this, { label: '›', fontSize: fs * 1.4, onPress: () => this.app.stepPack(1) });
    this.modeButtons = MENU_MODES.map((mode) => ({
      mode,
      button: new CanvasButton(this, { label: MODE_LABEL[mode], fontSize: fs, onPress: () => (this.app.click(), this.app.selectMode(mode)) }),
    }));
    this.difficultyButtons = MENU_DIFFICULTIES.map((difficulty) => ({
      difficulty,
      button: new CanvasButton(this, {
        label: DIFFICULTY_LABEL[difficulty],
        fontSize: fs,
        onPress: () => (this.app.click(), this.app.selectDifficulty(difficulty)),
      }),
    }));
    this.play = new CanvasButton(this, { label: 'Play', fontSize: fs * 1.3, onPress: () => (this.app.click(), void this.app.startRound()) });
    this.help = new CanvasButton(this, {
      label: 'How to play',
      fontSize: fs,
      onPress: () => (this.app.click(), this.app.uiStore.getState().setHelpOpen(true)),
    });
    this.soundButton = new CanvasButton(this, { label: '', fontSize: fs, onPress: () => this.app.toggleMute() });

    this.render();
    this.layout(this.view.width, this.view.height);
    this.onResize((w, h) => this.layout(w, h));
    this.watch(this.app.settingsStore, () => {
      this.render();
      this.layout(this.view.width, this.view.height);
    });
    this.onShortcut((s) => {
      if (s.kind === 'continue' && !this.app.uiStore.getState().helpOpen) void this.app.startRound();
    });
    // No idle bob of the ball: a screen waiting for the player draws nothing (issue 13).
  }

  private packButton(pack: MenuScene['packButtons'][number]): CanvasButton {
    pack.button ??= new CanvasButton(this, {
      label: packLabel(pack.title, pack.valid, false),
      fontSize: this.buttonFontSize,
      onPress: () => {
        if (!pack.valid) return;
        this.app.click();
        this.app.selectPack(pack.id);
      },
    });
    return pack.button;
  }

  /** The pack shown when they are stepped through: the selected one. */
  private currentPack(): MenuScene['packButtons'][number] {
    const selectedId = this.app.selectedPack()?.id;
    return this.packButtons.find((p) => p.id === selectedId) ?? this.packButtons[0]!;
  }

  /** More packs than this are shown one at a time, with ‹ › to step (phones have no room). */
  private get stepping(): boolean {
    return this.packButtons.length > MAX_LISTED_PACKS;
  }

  private render(): void {
    const settings = this.app.settingsStore.getState();
    const selected = this.app.selectedPack();
    const shownAlone = this.stepping ? this.currentPack() : null;
    for (const pack of this.packButtons) {
      // A hidden pack's button, not made yet, gets its look when it is first shown.
      if (shownAlone && pack !== shownAlone && !pack.button) continue;
      const { id, valid } = pack;
      const on = valid && selected?.id === id;
      const button = this.packButton(pack);
      button.setLook(!valid ? 'disabled' : on ? 'selected' : 'normal').setEnabled(valid);
      const entry = this.app.uiStore.getState().packs.find((p) => p.id === id);
      if (entry) button.setLabel(packLabel(entry.title, valid, on));
    }
    for (const { mode, button } of this.modeButtons) {
      const on = settings.lastMode === mode;
      button.setLook(on ? 'selected' : 'normal').setLabel(on ? `✓ ${MODE_LABEL[mode]}` : MODE_LABEL[mode]);
    }
    for (const { difficulty, button } of this.difficultyButtons) {
      const on = settings.lastDifficulty === difficulty;
      button.setLook(on ? 'selected' : 'normal').setLabel(on ? `✓ ${DIFFICULTY_LABEL[difficulty]}` : DIFFICULTY_LABEL[difficulty]);
    }
    this.modeNote.setText(this.app.modeNote());
    const invalid = this.app.uiStore.getState().packs.filter((p) => p.status !== 'ok').length;
    this.packNote.setText(invalid > 0 ? `${invalid} pack file${invalid > 1 ? 's have' : ' has'} problems — see the list below.` : '');
    this.play.setLook(selected ? 'primary' : 'disabled').setEnabled(!!selected);
    this.play.setLabel(selected ? 'Play' : 'No playable pack');
    this.soundButton.setLabel(settings.muted ? 'Sound: off' : 'Sound: on');
  }

  private layout(width: number, height: number): void {
    // Landscape screens wide enough put the DOM panel (Daily, Top 10, For authors) in a column
    // of its own at full height, instead of a sliver under the menu.
    const pad = Math.round(Math.min(40, Math.max(14, width * 0.04)));
    const twoColumns = width >= 960 && width / height >= 1.25;
    const columns = twoColumns ? twoColumnLayout(width, pad) : null;
    // Shrink type until the whole menu fits the viewport (phones in portrait are the tight case).
    let k = 1;
    let placed = this.place(width, height, k, 0, columns);
    while (placed.bottom > height && k > 0.6) {
      k = Math.round((k - 0.1) * 10) / 10;
      placed = this.place(width, height, k, 0, columns);
    }
    // Centre vertically when there is room to spare (big screens).
    // …but keep room for the DOM panel below (Open pack…, extension panels, pack problems).
    const free = height - placed.bottom - (columns ? 0 : Math.min(240, height * 0.3));
    const hasProblems = this.packButtons.some((p) => !p.valid);
    if (free > 40 && (!hasProblems || columns)) placed = this.place(width, height, k, Math.min(free / 2, height * 0.15), columns);
    this.publishControls(placed.controls);
  }

  /** Lay everything out at type scale k; returns the bottom edge used. */
  private place(
    width: number,
    height: number,
    k: number,
    offset = 0,
    columns: { x0: number; cw: number; panelX: number; panelW: number } | null = null,
  ): { bottom: number; controls: Record<string, Rect> } {
    const fs = Math.round(baseFontSize(width, height) * k);
    const pad = Math.round(Math.min(40, Math.max(14, width * 0.04)));
    const cw = columns ? columns.cw : Math.min(width - 2 * pad, 760);
    const x0 = columns ? columns.x0 : Math.round((width - cw) / 2);
    const gap = Math.round(Math.max(8, fs * 0.55));
    const controls: Record<string, Rect> = {};
    const buttonH = Math.max(44, Math.round(fs * 2.3));
    let y = pad + Math.round(offset);

    const ballSize = Math.round(fs * 2.4);
    this.title.setFontSize(Math.round(fs * 1.7));
    const titleW = ballSize + 12 + this.title.width;
    const tx = Math.round(x0 + (cw - titleW) / 2);
    this.ball.setDisplaySize(ballSize, ballSize).setPosition(tx + ballSize / 2, y + ballSize / 2);
    this.title.setPosition(tx + ballSize + 12, y + ballSize / 2);
    y += ballSize + gap * 1.5;

    const headingAt = (i: number) => {
      const t = this.headings[i]!;
      t.setFontSize(Math.round(fs * 0.85)).setPosition(x0, y);
      y += t.height + 4;
    };

    const selectedId = this.app.selectedPack()?.id;
    const validCount = this.packButtons.filter((p) => p.valid).length;
    const at = this.packButtons.filter((p) => p.valid).findIndex((p) => p.id === selectedId);
    this.headings[0]!.setText(this.stepping && at >= 0 ? `Question pack · ${at + 1} of ${validCount}` : 'Question pack');
    headingAt(0);
    if (this.stepping) {
      const arrowW = Math.max(48, Math.round(fs * 2.6));
      const midW = cw - 2 * (arrowW + gap);
      const current = this.currentPack();
      const shownButton = this.packButton(current);
      const h = Math.max(buttonH, shownButton.measure(midW, fs) + fs);
      for (const p of this.packButtons) {
        if (p === current || !p.button) continue;
        p.button.setVisible(false).setBox(-1000, -1000, 10, 10);
      }
      shownButton.setVisible(true).setFontSize(fs).setBox(x0 + arrowW + gap, y, midW, h);
      controls[`pack:${current.id}`] = shownButton.rect();
      const many = validCount > 1;
      this.packPrev.setVisible(many).setFontSize(Math.round(fs * 1.4)).setBox(x0, y, arrowW, h);
      this.packNext.setVisible(many).setFontSize(Math.round(fs * 1.4)).setBox(x0 + cw - arrowW, y, arrowW, h);
      if (many) {
        controls['pack-prev'] = this.packPrev.rect();
        controls['pack-next'] = this.packNext.rect();
      }
      y += h + gap * 0.6;
    } else {
      this.packPrev.setVisible(false);
      this.packNext.setVisible(false);
      for (const pack of this.packButtons) {
        const { id } = pack;
        const button = this.packButton(pack);
        const h = Math.max(buttonH, button.measure(cw, fs) + fs);
        button.setFontSize(fs).setBox(x0, y, cw, h);
        controls[`pack:${id}`] = button.rect();
        y += h + gap * 0.6;
      }
    }
    if (this.packNote.text) {
      setWrap(this.packNote.setFontSize(Math.round(fs * 0.8)), cw).setPosition(x0, y);
      y += this.packNote.height + gap * 0.6;
    } else this.packNote.setPosition(x0, y);
    y += gap * 0.4;

    const row = (buttons: CanvasButton[], ids: string[]) => {
      const n = buttons.length;
      const bw = (cw - gap * (n - 1)) / n;
      const h = Math.max(buttonH, ...buttons.map((b) => b.measure(bw, fs) + fs));
      buttons.forEach((b, i) => {
        b.setFontSize(fs).setBox(x0 + i * (bw + gap), y, bw, h);
        controls[ids[i]!] = b.rect();
      });
      y += h;
    };
    headingAt(1);
    row(
      this.modeButtons.map((m) => m.button),
      this.modeButtons.map((m) => `mode:${m.mode}`),
    );
    this.modeNote.setFontSize(Math.round(fs * 0.8)).setPosition(x0, y + 4);
    y += this.modeNote.height + gap;
    headingAt(2);
    row(
      this.difficultyButtons.map((d) => d.button),
      this.difficultyButtons.map((d) => `difficulty:${d.difficulty}`),
    );
    y += gap * 1.4;

    const playH = Math.max(52, Math.round(fs * 2.8));
    this.play.setFontSize(Math.round(fs * 1.3)).setBox(x0, y, cw, playH);
    controls.play = this.play.rect();
    y += playH + gap;

    const half = (cw - gap) / 2;
    this.help.setFontSize(fs).setBox(x0, y, half, buttonH);
    this.soundButton.setFontSize(fs).setBox(x0 + half + gap, y, half, buttonH);
    controls.help = this.help.rect();
    controls.sound = this.soundButton.rect();
    y += buttonH + gap * 0.6;

    // Drawn by the DOM layer: the volume slider, then pack problems and extension panels.
    const volumeH = Math.max(40, Math.round(fs * 2));
    controls.volume = { x: x0, y, width: cw, height: volumeH };
    y += volumeH + gap * 0.6;
    if (columns) {
      controls.panel = { x: columns.panelX, y: pad, width: columns.panelW, height: height - 2 * pad };
      return { bottom: y, controls };
    }
    const panelH = Math.max(0, height - pad - y);
    controls.panel = { x: x0, y, width: cw, height: panelH };
    const hasInvalid = this.packButtons.some((p) => !p.valid);
    return { bottom: y + (hasInvalid ? Math.min(fs * 6, 120) : 0), controls };
  }
}

/** A pack button's words: ticked when chosen, flagged when it cannot be played. */
function packLabel(title: string, valid: boolean, on: boolean): string {
  return on ? `✓ ${title}` : valid ? title : `⚠ ${title} (cannot be played)`;
}

/** Menu column and panel column, centred together on a wide landscape screen. */
function twoColumnLayout(width: number, pad: number): { x0: number; cw: number; panelX: number; panelW: number } {
  const gap = pad;
  const cw = Math.min(640, Math.round((width - 2 * pad - gap) * 0.56));
  const panelW = Math.min(560, width - 2 * pad - gap - cw);
  const x0 = Math.round((width - cw - gap - panelW) / 2);
  return { x0, cw, panelX: x0 + cw + gap, panelW };
}
