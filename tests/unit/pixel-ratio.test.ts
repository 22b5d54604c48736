import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, pixelRatioFor } from '../../src/game/ui/pixel-ratio';

describe('pixelRatioFor', () => {
  it('draws at the device ratio on phones and ordinary screens', () => {
    expect(pixelRatioFor(390, 844, 3)).toBe(3);
    expect(pixelRatioFor(1366, 768, 1)).toBe(1);
    expect(pixelRatioFor(412, 915, 2.625)).toBe(2.63);
  });

  it('caps the ratio at 3 and never goes under 1', () => {
    expect(pixelRatioFor(390, 844, 4)).toBe(3);
    expect(pixelRatioFor(800, 600, 0.5)).toBe(1);
    expect(pixelRatioFor(800, 600, Number.NaN)).toBe(1);
    expect(pixelRatioFor(800, 600, 0)).toBe(1);
  });

  it('keeps a huge dense screen within a 4K canvas', () => {
    const r = pixelRatioFor(2560, 1440, 2);
    expect(2560 * 1440 * r * r).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.01);
    expect(r).toBeGreaterThan(1);
    expect(pixelRatioFor(3840, 2160, 2)).toBe(1);
  });
});
