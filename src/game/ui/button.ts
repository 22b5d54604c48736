// A canvas button: rounded panel + wrapped label (+ optional letter badge and ✓/✗ mark).
// Purely a view; what a press does is the scene's business (it calls the controller).
import * as Phaser from 'phaser';
import { lineWidth, setColor, setFontStyle, setWrap } from './text';
import { COLORS, CSS, textStyle } from './theme';

export type ButtonLook = 'normal' | 'primary' | 'selected' | 'right' | 'wrong' | 'dim' | 'disabled';

export interface ButtonOptions {
  label: string;
  badge?: string;
  fontSize: number;
  align?: 'left' | 'center';
  onPress: () => void;
}

const FILL: Record<ButtonLook, number> = {
  normal: COLORS.panel,
  primary: COLORS.gold,
  selected: COLORS.panelHover,
  right: COLORS.right,
  wrong: COLORS.wrong,
  dim: COLORS.dim,
  disabled: COLORS.dim,
};
const LINE: Record<ButtonLook, number> = {
  normal: COLORS.panelLine,
  primary: 0xfff1b8,
  selected: COLORS.gold,
  right: COLORS.rightLine,
  wrong: COLORS.wrongLine,
  dim: 0x34496b,
  disabled: 0x34496b,
};

export class CanvasButton {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly label: Phaser.GameObjects.Text;
  private readonly badge: Phaser.GameObjects.Text | null;
  private readonly badgeBg: Phaser.GameObjects.Arc | null;
  private readonly mark: Phaser.GameObjects.Graphics;
  private look: ButtonLook = 'normal';
  private enabled = true;
  private hovered = false;
  private fontSize: number;
  private align: 'left' | 'center';
  width = 0;
  height = 0;

  constructor(
    scene: Phaser.Scene,
    options: ButtonOptions,
  ) {
    this.fontSize = options.fontSize;
    this.align = options.align ?? 'center';
    this.bg = scene.add.rectangle(0, 0, 10, 10, FILL.normal).setOrigin(0, 0).setRounded(12);
    this.bg.setStrokeStyle(2, LINE.normal, 1);
    this.badgeBg = options.badge ? scene.add.circle(0, 0, 14, COLORS.night, 0.85) : null;
    this.badge = options.badge ? scene.add.text(0, 0, options.badge, textStyle(this.fontSize * 0.9, CSS.gold, true)).setOrigin(0.5) : null;
    this.label = scene.add.text(0, 0, options.label, { ...textStyle(this.fontSize), align: this.align }).setOrigin(0, 0.5);
    this.mark = scene.add.graphics();
    const parts: Phaser.GameObjects.GameObject[] = [this.bg];
    if (this.badgeBg) parts.push(this.badgeBg);
    if (this.badge) parts.push(this.badge);
    parts.push(this.label, this.mark);
    this.container = scene.add.container(0, 0, parts);
    this.bg.setInteractive({ useHandCursor: true });
    this.bg.on('pointerdown', () => {
      if (this.enabled) options.onPress();
    });
    this.bg.on('pointerover', () => {
      this.hovered = true;
      this.paint();
    });
    this.bg.on('pointerout', () => {
      this.hovered = false;
      this.paint();
    });
  }

  /** Label height for a given button width, to size rows before placing them. */
  measure(width: number, fontSize = this.fontSize): number {
    this.setFontSize(fontSize);
    setWrap(this.label, this.labelWidth(width));
    return this.label.height;
  }

  /** Width the label needs on one line, plus padding. */
  naturalWidth(fontSize = this.fontSize): number {
    this.setFontSize(fontSize);
    return Math.ceil(lineWidth(this.label) + (this.badge ? this.badgeSize() + 16 : 0) + 28);
  }

  setFontSize(size: number): this {
    if (size !== this.fontSize) {
      this.fontSize = size;
      this.label.setFontSize(Math.round(size));
      this.badge?.setFontSize(Math.round(size * 0.9));
    }
    return this;
  }

  setLabel(text: string): this {
    if (this.label.text !== text) this.label.setText(text);
    return this;
  }

  setBox(x: number, y: number, width: number, height: number): this {
    this.width = Math.round(width);
    this.height = Math.round(height);
    this.container.setPosition(Math.round(x), Math.round(y));
    this.bg.setSize(this.width, this.height);
    this.bg.setRounded(Math.min(14, this.height / 3));
    const badgeSpace = this.badge ? this.badgeSize() + 16 : 0;
    setWrap(this.label, this.labelWidth(this.width));
    if (this.align === 'center' && !this.badge) {
      this.label.setOrigin(0.5, 0.5).setPosition(this.width / 2, this.height / 2);
    } else {
      this.label.setOrigin(0, 0.5).setPosition(badgeSpace + 10, this.height / 2);
    }
    if (this.badge && this.badgeBg) {
      const r = this.badgeSize() / 2;
      this.badgeBg.setRadius(r).setPosition(12 + r, this.height / 2);
      this.badge.setPosition(12 + r, this.height / 2);
    }
    this.drawMark();
    return this;
  }

  setLook(look: ButtonLook): this {
    this.look = look;
    this.paint();
    this.drawMark();
    return this;
  }

  setEnabled(enabled: boolean): this {
    this.enabled = enabled;
    if (enabled) this.bg.setInteractive({ useHandCursor: true });
    else this.bg.disableInteractive();
    if (!enabled) this.hovered = false;
    this.paint();
    return this;
  }

  setVisible(visible: boolean): this {
    this.container.setVisible(visible);
    if (!visible) this.bg.disableInteractive();
    else if (this.enabled) this.bg.setInteractive({ useHandCursor: true });
    return this;
  }

  get visible(): boolean {
    return this.container.visible;
  }

  /** The ✓/✗ mark, for a pop tween. */
  get markObject(): Phaser.GameObjects.Graphics {
    return this.mark;
  }

  rect(): { x: number; y: number; width: number; height: number } {
    return { x: this.container.x, y: this.container.y, width: this.width, height: this.height };
  }

  destroy(): void {
    this.container.destroy(true);
  }

  private badgeSize(): number {
    return Math.round(this.fontSize * 1.6);
  }

  private markSize(): number {
    return Math.round(this.fontSize * 1.3);
  }

  private labelWidth(width: number): number {
    const badgeSpace = this.badge ? this.badgeSize() + 16 : 0;
    const markSpace = this.look === 'right' || this.look === 'wrong' || this.badge ? this.markSize() + 16 : 0;
    return Math.max(40, width - badgeSpace - markSpace - 20);
  }

  private paint(): void {
    const look = this.look;
    const hover = this.hovered && this.enabled && (look === 'normal' || look === 'selected');
    this.bg.setFillStyle(hover ? COLORS.panelHover : FILL[look], look === 'dim' || look === 'disabled' ? 0.75 : 0.95);
    this.bg.setStrokeStyle(look === 'selected' || look === 'right' || look === 'wrong' ? 3 : 2, hover ? COLORS.gold : LINE[look], 1);
    const textColor = look === 'primary' ? '#1a1200' : look === 'dim' || look === 'disabled' ? '#9fb0cc' : CSS.text;
    setColor(this.label, textColor);
    setFontStyle(this.label, look === 'primary' ? 'bold' : 'normal');
  }

  /** ✓ for the right answer, ✗ for a wrong pick: shape, not just colour. */
  private drawMark(): void {
    const g = this.mark;
    g.clear();
    if (this.look !== 'right' && this.look !== 'wrong') return;
    const s = this.markSize();
    const cx = this.width - 12 - s / 2;
    const cy = this.height / 2;
    g.setPosition(cx, cy);
    g.fillStyle(0xffffff, 1);
    g.fillCircle(0, 0, s / 2);
    g.lineStyle(Math.max(3, s / 7), this.look === 'right' ? COLORS.right : COLORS.wrong, 1);
    const k = s * 0.24;
    if (this.look === 'right') {
      g.beginPath();
      g.moveTo(-k, 0);
      g.lineTo(-k * 0.25, k * 0.8);
      g.lineTo(k * 1.1, -k * 0.8);
      g.strokePath();
    } else {
      g.lineBetween(-k, -k, k, k);
      g.lineBetween(-k, k, k, -k);
    }
  }
}
