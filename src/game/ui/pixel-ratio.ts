// How many canvas pixels the game draws per CSS pixel. A 3× phone gets a 3× backing store, so
// text and borders are as sharp as the DOM beside them; capped so a huge or very dense screen
// cannot ask for more pixels than a phone GPU (or a software renderer) can fill each frame.

/** Never more than this many canvas pixels per CSS pixel. */
export const MAX_PIXEL_RATIO = 3;
/** …and never more canvas pixels in all than a 4K screen has (3840 × 2160). */
export const MAX_CANVAS_PIXELS = 3840 * 2160;

/** The ratio to draw at for a CSS size on a screen of the given devicePixelRatio. */
export function pixelRatioFor(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const wanted = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  let ratio = Math.min(MAX_PIXEL_RATIO, Math.max(1, wanted));
  const area = Math.max(1, cssWidth) * Math.max(1, cssHeight);
  if (area * ratio * ratio > MAX_CANVAS_PIXELS) ratio = Math.max(1, Math.sqrt(MAX_CANVAS_PIXELS / area));
  // Two decimals: a ratio like 2.625 (some Android phones) stays exact enough, sizes stay whole.
  return Math.round(ratio * 100) / 100;
}

let current = 1;

/** The ratio in force now (set by the wiring on every resize; read by text styles and scenes). */
export function currentPixelRatio(): number {
  return current;
}

export function setCurrentPixelRatio(ratio: number): void {
  current = ratio;
}
