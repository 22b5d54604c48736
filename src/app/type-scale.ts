// The type scale and answer letters every view shares (the canvas scenes and the DOM twin), so a
// DOM panel's text is the size of the canvas text around it.

/** Base font size in px for a viewport: readable on a 360 px phone, not shouting on 1080p. */
export function baseFontSize(width: number, height: number): number {
  const byWidth = width / 22;
  const byHeight = height / 34;
  return Math.round(Math.min(30, Math.max(15, Math.min(byWidth, byHeight))));
}

export const LETTERS = ['A', 'B', 'C', 'D'] as const;
