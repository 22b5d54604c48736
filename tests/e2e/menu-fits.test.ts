// The menu's controls are all on the first screen at a laptop's 1366×768 and a 390×844 phone
// (touch, 3×), with the 20 shipped packs in the list: Play, the Daily, How to play, Sound and the
// volume, before the engine arrives and after it (issue 24). How to play and Sound once sat below
// the fold at 1366×768, so the page scrolled to reach them. The title's ball is the first paint's,
// kept by the engine (it once hid it and drew a different one on the canvas).
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { engineUp, screenshotPath, useBrowser, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

const SIZES: { name: string; options: BrowserContextOptions; touch: boolean }[] = [
  { name: '390x844-3x', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, touch: true },
  { name: '1366x768', options: { viewport: { width: 1366, height: 768 } }, touch: false },
];

const CONTROLS = ['.play', '[data-slot="menu-daily"] button', '[data-control="help"]', '[data-control="sound"]', '[data-control="volume"]'];

describe('the menu fits the first screen', () => {
  for (const size of SIZES) {
    it(`shows Play, the Daily, How to play, Sound and the volume without scrolling at ${size.name}`, async () => {
      const { context, page, errors } = await openPage(size.options);
      try {
        await page.goto(baseUrl);
        await waitForScreen(page, 'menu');
        await page.waitForSelector('[data-slot="menu-daily"] button');
        const packs = await page.locator('[data-screen="menu"] input[name="pack"]').count();
        expect(packs).toBeGreaterThanOrEqual(20);
        // The first paint's ball is the one the engine's menu scene adopts: the same element, still shown.
        await page.evaluate(() => (document.querySelector<HTMLElement>('.title-ball')!.dataset.firstPaint = 'yes'));
        for (const when of ['before the engine', 'after the engine']) {
          if (when === 'after the engine') {
            await engineUp(page, size.touch);
            const ball = await page.evaluate(() => {
              const node = document.querySelector<HTMLElement>('.title-ball');
              return { same: node?.dataset.firstPaint === 'yes', visibility: node ? getComputedStyle(node).visibility : null, image: node ? getComputedStyle(node).backgroundImage.startsWith('url("data:image/svg+xml,') : null };
            });
            expect(ball).toEqual({ same: true, visibility: 'visible', image: true });
          }
          const placed = await page.evaluate((selectors) => {
            const scroller = document.querySelector<HTMLElement>('[data-screen="menu"]')!;
            return {
              scrolled: scroller.scrollTop + scrollY,
              height: innerHeight,
              width: innerWidth,
              rects: selectors.map((s) => {
                const r = document.querySelector(s)!.getBoundingClientRect();
                return { s, top: r.top, bottom: r.bottom, left: r.left, right: r.right };
              }),
            };
          }, CONTROLS);
          const outside = placed.rects.filter((r) => r.top < 0 || r.bottom > placed.height || r.left < 0 || r.right > placed.width);
          if (outside.length > 0) await page.screenshot({ path: screenshotPath(`menu-fits-${size.name}`) });
          expect(outside, when).toEqual([]);
          expect(placed.scrolled, when).toBe(0);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
