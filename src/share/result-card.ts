// The 1200×630 result card (the size link previews use): a pitch drawn with canvas 2D, the
// score, one square per question, and "Daily #N" or a challenge line. No fonts or images are
// loaded, so it renders offline and at once; text uses the system font stack.
//
// Build it when the results screen opens (renderResultCard, then cardToBlob) and keep the blob:
// creating it inside the share click would need an `await` and spend the click's permission.
import { formatPartialDate } from '../domain/text';
import type { QuestionOutcome } from './share-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** More questions than this (long Survival runs) are summed up as "+N". */
export const MAX_CARD_SQUARES = 30;

/** The part of a 2D context the card uses; CanvasRenderingContext2D and OffscreenCanvasRenderingContext2D fit. */
export type CardContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'globalAlpha'
  | 'save'
  | 'restore'
  | 'fillRect'
  | 'strokeRect'
  | 'beginPath'
  | 'closePath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'arcTo'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'measureText'
>;

/** An HTMLCanvasElement or an OffscreenCanvas (or a test double). */
export interface CardCanvas {
  width: number;
  height: number;
  getContext(contextId: '2d'): CardContext | null;
}

export interface ResultCardData {
  gameName: string;
  packTitle: string;
  score: number;
  correct: number;
  total: number;
  bestStreak: number;
  outcomes: readonly QuestionOutcome[];
  /** UTC day of the round, 'YYYY-MM-DD' (shown as "1 November 2026"). */
  date: string;
  /** Shown as "Daily #N" at the bottom. */
  daily?: number;
  /** Shown at the bottom when not a Daily, e.g. "Can you beat Sam? Follow the link". */
  challengeText?: string;
  /** Clean name (sanitizePlayerName); drawn as canvas text, never parsed. */
  playerName?: string;
}

const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const COLOURS = {
  stripeA: '#2f7d32',
  stripeB: '#38903c',
  line: 'rgba(255,255,255,0.45)',
  panel: 'rgba(8, 32, 12, 0.62)',
  text: '#ffffff',
  soft: '#c8e6c9',
  right: '#43d17a',
  wrong: '#ef5350',
  timeout: '#ffca28',
  empty: 'rgba(255,255,255,0.25)',
} as const;

const font = (px: number, weight = 'normal') => `${weight} ${px}px ${FONT_STACK}`;
const formatInt = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Draw text no wider than maxWidth: shrink down to minPx, then cut with an ellipsis. */
function fitText(ctx: CardContext, text: string, x: number, y: number, maxWidth: number, px: number, weight = 'normal', minPx = 18): void {
  let size = px;
  ctx.font = font(size, weight);
  while (size > minPx && ctx.measureText(text).width > maxWidth) {
    size -= 2;
    ctx.font = font(size, weight);
  }
  let shown = text;
  if (ctx.measureText(shown).width > maxWidth) {
    const chars = Array.from(text);
    while (chars.length > 1 && ctx.measureText(`${chars.join('')}…`).width > maxWidth) chars.pop();
    shown = `${chars.join('')}…`;
  }
  ctx.fillText(shown, x, y);
}

function roundedRect(ctx: CardContext, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

function drawPitch(ctx: CardContext): void {
  const stripes = 12;
  const w = CARD_WIDTH / stripes;
  for (let i = 0; i < stripes; i++) {
    ctx.fillStyle = i % 2 === 0 ? COLOURS.stripeA : COLOURS.stripeB;
    ctx.fillRect(i * w, 0, w, CARD_HEIGHT);
  }
  const m = 24;
  const midY = CARD_HEIGHT / 2;
  ctx.strokeStyle = COLOURS.line;
  ctx.lineWidth = 4;
  ctx.strokeRect(m, m, CARD_WIDTH - 2 * m, CARD_HEIGHT - 2 * m);
  ctx.beginPath();
  ctx.moveTo(CARD_WIDTH / 2, m);
  ctx.lineTo(CARD_WIDTH / 2, CARD_HEIGHT - m);
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(CARD_WIDTH / 2, midY, 110, 0, Math.PI * 2);
  ctx.stroke();
  ctx.fillStyle = COLOURS.line;
  ctx.beginPath();
  ctx.arc(CARD_WIDTH / 2, midY, 6, 0, Math.PI * 2);
  ctx.fill();
  // Penalty and goal areas at both ends, with the penalty arcs.
  for (const side of [0, 1] as const) {
    const x = side === 0 ? m : CARD_WIDTH - m;
    const dir = side === 0 ? 1 : -1;
    ctx.strokeRect(Math.min(x, x + dir * 150), midY - 180, 150, 360);
    ctx.strokeRect(Math.min(x, x + dir * 55), midY - 80, 55, 160);
    ctx.beginPath();
    const spot = x + dir * 105;
    ctx.arc(spot, midY, 80, side === 0 ? -0.93 : Math.PI - 0.93, side === 0 ? 0.93 : Math.PI + 0.93);
    ctx.stroke();
  }
}

function drawSquares(ctx: CardContext, outcomes: readonly QuestionOutcome[], centreX: number, y: number, maxWidth: number): void {
  const shown = outcomes.slice(0, MAX_CARD_SQUARES);
  const hidden = outcomes.length - shown.length;
  const moreWidth = hidden > 0 ? 90 : 0;
  // As big as fits, up to 36 px, with gaps a quarter of a square.
  const n = Math.max(1, shown.length);
  const size = Math.max(8, Math.min(36, Math.floor((maxWidth - moreWidth) / (n * 1.25 - 0.25))));
  const gap = Math.round(size / 4);
  const width = shown.length * size + Math.max(0, shown.length - 1) * gap + moreWidth;
  let x = centreX - width / 2;
  for (const outcome of shown) {
    ctx.fillStyle = COLOURS[outcome];
    roundedRect(ctx, x, y, size, size, 6);
    ctx.fill();
    x += size + gap;
  }
  if (hidden > 0) {
    ctx.fillStyle = COLOURS.soft;
    ctx.font = font(26, 'bold');
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(`+${hidden}`, x + 6, y + size / 2);
  }
}

/**
 * Draw the card. Sets the canvas to 1200×630. Returns false (and draws nothing) when the canvas
 * has no 2D context; never throws for odd data.
 */
export function renderResultCard(canvas: CardCanvas, data: ResultCardData): boolean {
  canvas.width = CARD_WIDTH;
  canvas.height = CARD_HEIGHT;
  let ctx: CardContext | null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    return false;
  }
  if (!ctx) return false;
  ctx.save();
  try {
    drawPitch(ctx);
    ctx.fillStyle = COLOURS.panel;
    roundedRect(ctx, 70, 50, CARD_WIDTH - 140, CARD_HEIGHT - 100, 28);
    ctx.fill();

    const left = 110;
    const right = CARD_WIDTH - 110;
    const inner = right - left;
    ctx.textBaseline = 'alphabetic';

    // Header: game name (left), player (right), pack title below.
    ctx.textAlign = 'left';
    ctx.fillStyle = COLOURS.soft;
    fitText(ctx, oneLine(data.gameName), left, 118, data.playerName ? inner * 0.6 : inner, 34, 'bold');
    if (data.playerName) {
      ctx.textAlign = 'right';
      fitText(ctx, oneLine(data.playerName), right, 118, inner * 0.38, 30, 'bold');
      ctx.textAlign = 'left';
    }
    ctx.fillStyle = COLOURS.text;
    fitText(ctx, oneLine(data.packTitle), left, 172, inner, 40, 'bold');

    // The score, big, in the centre circle.
    ctx.textAlign = 'center';
    ctx.fillStyle = COLOURS.text;
    fitText(ctx, formatInt(data.score), CARD_WIDTH / 2, 330, inner, 150, 'bold', 60);
    ctx.fillStyle = COLOURS.soft;
    ctx.font = font(30);
    ctx.fillText(data.score === 1 ? 'point' : 'points', CARD_WIDTH / 2, 372);

    ctx.fillStyle = COLOURS.text;
    fitText(ctx, `${data.correct}/${data.total} correct  ·  best streak ${data.bestStreak}`, CARD_WIDTH / 2, 428, inner, 34, 'bold');

    drawSquares(ctx, data.outcomes, CARD_WIDTH / 2, 452, inner);

    // Footer: Daily number or challenge (left), date (right).
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'left';
    ctx.fillStyle = COLOURS.soft;
    const footer = data.daily !== undefined ? `Daily #${data.daily}` : data.challengeText ? oneLine(data.challengeText) : '';
    if (footer) fitText(ctx, footer, left, 548, inner * 0.62, 30, 'bold');
    ctx.textAlign = 'right';
    fitText(ctx, formatPartialDate(data.date), right, 548, inner * 0.36, 28);
    return true;
  } finally {
    ctx.restore();
  }
}

/** The part of a canvas cardToBlob needs: HTMLCanvasElement has toBlob, OffscreenCanvas convertToBlob. */
export type BlobCanvas =
  | { toBlob(callback: (blob: Blob | null) => void, type?: string): void }
  | { convertToBlob(options?: { type?: string }): Promise<Blob> };

/** The card as a PNG blob. Rejects if the browser cannot encode it (e.g. a tainted canvas). */
export function cardToBlob(canvas: BlobCanvas): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/png' });
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the result card could not be encoded as PNG'))), 'image/png');
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * The card as a PNG blob, encoded synchronously (toDataURL). Slower than cardToBlob and blocks
 * the click for a moment, but keeps the click's user activation: the fallback when the
 * background encoding has not finished yet. Null if the canvas cannot be encoded.
 */
export function cardToBlobNow(canvas: { toDataURL(type?: string): string }): Blob | null {
  let url: string;
  try {
    url = canvas.toDataURL('image/png');
  } catch {
    return null;
  }
  const comma = url.indexOf(',');
  if (!url.startsWith('data:image/png;base64,') || comma < 0) return null;
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}
