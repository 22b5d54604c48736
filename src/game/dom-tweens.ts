// Tweens that animate the page's elements (a fade, the ✓/✗ pop, the score counting up, the
// menu ball's roll), not anything on the canvas. The render gate (render-on-demand.ts) skips the
// canvas's frames while only such tweens run: redrawing and committing a full-screen canvas each
// frame for a DOM animation cost the answer animations half their frames.
const domTweens = new WeakSet<object>();

/** Mark a tween that moves only DOM elements; returns it. */
export function domTween<T extends object>(tween: T): T {
  domTweens.add(tween);
  return tween;
}

export function isDomTween(tween: object): boolean {
  return domTweens.has(tween);
}
