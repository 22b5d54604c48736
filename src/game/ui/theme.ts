// The stadium palette as numbers, for what the canvas draws (the pitch, its chalk, the ball).
// The screens' CSS has the same colours (src/palette.css).

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
