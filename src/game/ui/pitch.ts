// The stadium, drawn with Phaser alone: mown stripes, chalk markings, floodlight glow and a
// generated ball texture. No crests, photos or club marks.
import * as Phaser from 'phaser';
import { COLORS } from './theme';

export const BALL_TEXTURE = 'ball';
export const SPARK_TEXTURE = 'spark';
export const CONFETTI_TEXTURE = 'confetti';

/** Stadium colours for confetti: chalk, gold, grass, sky. */
export const CONFETTI_TINTS = [0xffffff, 0xffcc33, 0x2ecc71, 0x5dade2, 0xe74c3c];
/**
 * One frame of the confetti texture per colour, drawn in that colour: the Canvas renderer ignores
 * particle tints, so the emitters pick a coloured frame at random instead of tinting a white one.
 */
export const CONFETTI_FRAMES = CONFETTI_TINTS.map((_, i) => `c${i}`);
const CONFETTI_W = 10;
const CONFETTI_H = 6;

export function drawPitch(g: Phaser.GameObjects.Graphics, width: number, height: number): void {
  g.clear();
  const landscape = width >= height;
  // Mown stripes across the long axis.
  const stripes = 12;
  const long = landscape ? width : height;
  const step = long / stripes;
  for (let i = 0; i < stripes; i++) {
    g.fillStyle(i % 2 === 0 ? COLORS.grassDark : COLORS.grassLight, 1);
    if (landscape) g.fillRect(Math.floor(i * step), 0, Math.ceil(step) + 1, height);
    else g.fillRect(0, Math.floor(i * step), width, Math.ceil(step) + 1);
  }
  // Chalk markings, drawn in a pitch-shaped box with a margin.
  const m = Math.max(12, Math.min(width, height) * 0.04);
  const x0 = m;
  const y0 = m;
  const w = width - 2 * m;
  const h = height - 2 * m;
  const line = Math.max(2, Math.min(width, height) / 240);
  g.lineStyle(line, COLORS.chalk, 0.35);
  g.strokeRect(x0, y0, w, h);
  const cx = width / 2;
  const cy = height / 2;
  const short = landscape ? h : w;
  const circle = short * 0.16;
  g.strokeCircle(cx, cy, circle);
  g.fillStyle(COLORS.chalk, 0.45);
  g.fillCircle(cx, cy, line * 2);
  const boxDepth = (landscape ? w : h) * 0.14;
  const boxWidth = short * 0.56;
  const goalDepth = boxDepth * 0.4;
  const goalWidth = short * 0.26;
  if (landscape) {
    g.lineBetween(cx, y0, cx, y0 + h);
    g.strokeRect(x0, cy - boxWidth / 2, boxDepth, boxWidth);
    g.strokeRect(x0 + w - boxDepth, cy - boxWidth / 2, boxDepth, boxWidth);
    g.strokeRect(x0, cy - goalWidth / 2, goalDepth, goalWidth);
    g.strokeRect(x0 + w - goalDepth, cy - goalWidth / 2, goalDepth, goalWidth);
    g.beginPath();
    g.arc(x0 + boxDepth * 0.72, cy, circle, -0.93, 0.93, false);
    g.strokePath();
    g.beginPath();
    g.arc(x0 + w - boxDepth * 0.72, cy, circle, Math.PI - 0.93, Math.PI + 0.93, false);
    g.strokePath();
  } else {
    g.lineBetween(x0, cy, x0 + w, cy);
    g.strokeRect(cx - boxWidth / 2, y0, boxWidth, boxDepth);
    g.strokeRect(cx - boxWidth / 2, y0 + h - boxDepth, boxWidth, boxDepth);
    g.strokeRect(cx - goalWidth / 2, y0, goalWidth, goalDepth);
    g.strokeRect(cx - goalWidth / 2, y0 + h - goalDepth, goalWidth, goalDepth);
    g.beginPath();
    g.arc(cx, y0 + boxDepth * 0.72, circle, 0.64, Math.PI - 0.64, false);
    g.strokePath();
    g.beginPath();
    g.arc(cx, y0 + h - boxDepth * 0.72, circle, Math.PI + 0.64, -0.64, false);
    g.strokePath();
  }
  // Corner arcs.
  const r = m * 0.9;
  g.beginPath();
  g.arc(x0, y0, r, 0, Math.PI / 2, false);
  g.strokePath();
  g.beginPath();
  g.arc(x0 + w, y0, r, Math.PI / 2, Math.PI, false);
  g.strokePath();
  g.beginPath();
  g.arc(x0, y0 + h, r, -Math.PI / 2, 0, false);
  g.strokePath();
  g.beginPath();
  g.arc(x0 + w, y0 + h, r, Math.PI, Math.PI * 1.5, false);
  g.strokePath();
  // Night-match shade so white text keeps its contrast over the grass.
  g.fillStyle(COLORS.night, 0.55);
  g.fillRect(0, 0, width, height);
}

/** Textures every scene can use, generated once (no image files to load). */
export function makeTextures(scene: Phaser.Scene): void {
  if (!scene.textures.exists(BALL_TEXTURE)) {
    const size = 128;
    const r = size / 2 - 3;
    const c = size / 2;
    const g = scene.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff, 1);
    g.fillCircle(c, c, r);
    g.fillStyle(0x111111, 1);
    const pentagon = (px: number, py: number, pr: number, rot: number) => {
      const pts: Phaser.Math.Vector2[] = [];
      for (let i = 0; i < 5; i++) {
        const a = rot + (i * Math.PI * 2) / 5 - Math.PI / 2;
        pts.push(new Phaser.Math.Vector2(px + Math.cos(a) * pr, py + Math.sin(a) * pr));
      }
      g.fillPoints(pts, true);
    };
    pentagon(c, c, r * 0.3, 0);
    for (let i = 0; i < 5; i++) {
      const a = (i * Math.PI * 2) / 5 - Math.PI / 2;
      pentagon(c + Math.cos(a) * r * 0.83, c + Math.sin(a) * r * 0.83, r * 0.24, Math.PI / 5 + a + Math.PI / 2);
    }
    g.lineStyle(2, 0x111111, 0.9);
    for (let i = 0; i < 5; i++) {
      const a = (i * Math.PI * 2) / 5 - Math.PI / 2;
      g.lineBetween(c + Math.cos(a) * r * 0.3, c + Math.sin(a) * r * 0.3, c + Math.cos(a) * r * 0.62, c + Math.sin(a) * r * 0.62);
    }
    g.lineStyle(3, 0x222222, 1);
    g.strokeCircle(c, c, r);
    g.generateTexture(BALL_TEXTURE, size, size);
    g.destroy();
  }
  if (!scene.textures.exists(SPARK_TEXTURE)) {
    const g = scene.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff, 1);
    g.fillCircle(8, 8, 8);
    g.generateTexture(SPARK_TEXTURE, 16, 16);
    g.destroy();
  }
  if (!scene.textures.exists(CONFETTI_TEXTURE)) {
    const g = scene.make.graphics({ x: 0, y: 0 }, false);
    // A 1 px gap between frames, so smoothing never bleeds one colour into the next.
    const step = CONFETTI_W + 1;
    CONFETTI_TINTS.forEach((tint, i) => {
      g.fillStyle(tint, 1);
      g.fillRect(i * step, 0, CONFETTI_W, CONFETTI_H);
    });
    g.generateTexture(CONFETTI_TEXTURE, step * CONFETTI_TINTS.length, CONFETTI_H);
    g.destroy();
    const texture = scene.textures.get(CONFETTI_TEXTURE);
    CONFETTI_FRAMES.forEach((name, i) => texture.add(name, 0, i * step, 0, CONFETTI_W, CONFETTI_H));
  }
}
