// Replaying rounds must not pile up listeners, DOM nodes or memory: scenes remove what they add
// on shutdown, the DOM layer rebuilds nothing per round. (bench/browser.ts measures 20 rounds.)
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answer, pickRight, proceed, round, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

async function playRound(page: Page): Promise<void> {
  await waitForScreen(page, 'quiz');
  const n = (await round(page))!.questions.length;
  for (let i = 0; i < n; i++) {
    await waitForPhase(page, 'asking', i);
    await answer(page, pickRight, 'key-digit');
    await proceed(page, 'enter');
  }
  await waitForScreen(page, 'results');
}

async function listenerCounts(cdp: CDPSession, expression: string): Promise<Record<string, number>> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
  const counts: Record<string, number> = {};
  for (const l of listeners) counts[l.type] = (counts[l.type] ?? 0) + 1;
  return counts;
}

async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

describe('lifecycle', () => {
  it('five rounds in a row leave listeners, DOM and heap where one round left them', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 800, height: 700 } });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${baseUrl}?autostart=classic`);
    await playRound(page);
    // Let the results flourish finish, then take the baseline.
    await page.waitForTimeout(1500);
    const windowBefore = await listenerCounts(cdp, 'window');
    const documentBefore = await listenerCounts(cdp, 'document');
    // The high-score table rightly grows by a row per round; everything else must stay put.
    const uiBefore = await page.evaluate(() => document.querySelectorAll('#ui *:not([data-testid="high-scores"] *)').length);
    const heapBefore = await heap(cdp);

    for (let r = 0; r < 4; r++) {
      await page.keyboard.press('Enter'); // focus sits on Play again
      await playRound(page);
    }
    await page.waitForTimeout(1500);
    expect(await listenerCounts(cdp, 'window')).toEqual(windowBefore);
    expect(await listenerCounts(cdp, 'document')).toEqual(documentBefore);
    expect(await page.evaluate(() => document.querySelectorAll('#ui *:not([data-testid="high-scores"] *)').length)).toBe(uiBefore);
    const heapAfter = await heap(cdp);
    expect(heapAfter / heapBefore).toBeLessThan(1.2);
    // One key press is still exactly one answer (no duplicated handlers).
    await page.keyboard.press('Enter');
    await waitForPhase(page, 'asking', 0);
    await page.keyboard.press('1');
    await page.waitForTimeout(300);
    expect((await round(page))!.history).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
