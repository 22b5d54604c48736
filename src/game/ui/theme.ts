import type * as Phaser from 'phaser';
import { currentPixelRatio } from './pixel-ratio';

// The type scale and answer letters are shared with the DOM twin, so they live in app/.
export { LETTERS, baseFontSize } from '../../app/type-scale';
// Stadium palette and type scale. Colours carry meaning only together with a shape or a word
// (✓/✗ marks, "Right"/"Wrong"), never alone.

export const COLORS = {
  night: 0x07152b,
  navy: 0x0d2347,
  panel: 0x0f2b55,
  panelHover: 0x17407a,
  panelLine: 0x6f8fc4,
  grassDark: 0x1d6b35,
  grassLight: 0x237a3e,
  chalk: 0xffffff,
  gold: 0xffcc33,
  right: 0x1f9d55,
  rightLine: 0x9ff0bf,
  wrong: 0xc0392b,
  wrongLine: 0xffb3a8,
  warn: 0xf39c12,
  danger: 0xe74c3c,
  dim: 0x1a2a44,
  text: 0xffffff,
} as const;

export const CSS = {
  text: '#ffffff',
  soft: '#d6e2f5',
  gold: '#ffcc33',
  right: '#9ff0bf',
  wrong: '#ffb3a8',
  warn: '#ffd27a',
} as const;

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

export function textStyle(size: number, color: string = CSS.text, bold = false): Phaser.Types.GameObjects.Text.TextStyle {
  const fontSize = `${Math.round(size)}px`;
  const fontStyle = bold ? 'bold' : 'normal';
  const metrics = fontMetrics(fontStyle, fontSize);
  // Text is rasterised at the canvas's pixel density, or it would be upscaled (blurred) on phones.
  return { fontFamily: FONT_FAMILY, fontSize, color, fontStyle, resolution: currentPixelRatio(), ...(metrics ? { metrics } : {}) };
}

const TEST_STRING = '|MÃ‰qgy';
const metricsCache = new Map<string, { ascent: number; descent: number; fontSize: number }>();
let metricsContext: CanvasRenderingContext2D | null | undefined;

/**
 * Phaser measures a font afresh for every Text it creates (a first measure of each new font is
 * slow); a screen creates dozens. Measuring once per style and scaling takes that off start-up.
 */
function fontMetrics(fontStyle: string, fontSize: string): { ascent: number; descent: number; fontSize: number } | undefined {
  // Glyph extents scale linearly with size: measure each style once, at 100 px, and scale.
  const px = parseFloat(fontSize);
  let base = metricsCache.get(fontStyle);
  if (!base) {
    if (metricsContext === undefined) metricsContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (!metricsContext) return undefined;
    metricsContext.font = `${fontStyle} 100px ${FONT_FAMILY}`;
    const m = metricsContext.measureText(TEST_STRING);
    if (!('actualBoundingBoxAscent' in m)) return undefined;
    base = { ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent, fontSize: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent };
    metricsCache.set(fontStyle, base);
  }
  const k = px / 100;
  const ascent = Math.ceil(base.ascent * k);
  const descent = Math.ceil(base.descent * k);
  return { ascent, descent, fontSize: ascent + descent };
}

