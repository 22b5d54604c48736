// Phaser re-renders a Text (canvas draw + texture upload) on every style call, changed or not.
// Layout passes set the same wrap width and colours over and over, so only pass real changes on.
import type * as Phaser from 'phaser';

export function setWrap(text: Phaser.GameObjects.Text, width: number | null): Phaser.GameObjects.Text {
  const w = width === null ? null : Math.max(1, Math.round(width));
  if (text.style.wordWrapWidth !== w || !text.style.wordWrapUseAdvanced) text.setWordWrapWidth(w, true);
  return text;
}

export function setColor(text: Phaser.GameObjects.Text, color: string): Phaser.GameObjects.Text {
  if (text.style.color !== color) text.setColor(color);
  return text;
}

export function setFontStyle(text: Phaser.GameObjects.Text, style: string): Phaser.GameObjects.Text {
  if (text.style.fontStyle !== style) text.setFontStyle(style);
  return text;
}

let measureContext: CanvasRenderingContext2D | null = null;

/** Width of one line of text in a Text object's font, without re-rendering the object. */
export function lineWidth(text: Phaser.GameObjects.Text, content = text.text): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.width;
  const s = text.style;
  measureContext.font = `${s.fontStyle} ${s.fontSize} ${s.fontFamily}`;
  return Math.ceil(measureContext.measureText(content).width);
}
