// Helpers for the sharing tests: play a whole round by keys.
import type { Page } from 'playwright-core';
import { answer, proceed, round, waitForPhase, waitForScreen, type Chooser } from './browser';

/**
 * Answer every question of the round by keys, then wait for the results. `minMsPerAnswer` paces
 * the player like a person reading each question: the leaderboard refuses a round submitted
 * sooner after its ticket than one second an answer (server/rounds.ts).
 */
export async function playThrough(page: Page, choose: Chooser, options: { minMsPerAnswer?: number } = {}): Promise<void> {
  for (let i = 0; ; i++) {
    await waitForPhase(page, 'asking', i);
    if (options.minMsPerAnswer) await page.waitForTimeout(options.minMsPerAnswer);
    await answer(page, choose, 'key-digit');
    await proceed(page, 'enter');
    const r = await round(page);
    if (!r || r.phase === 'finished') break;
  }
  await waitForScreen(page, 'results');
}

/** Headless desktop Chromium may expose navigator.share; without it Share takes the clipboard path. */
export const NO_WEB_SHARE = () => {
  delete (Navigator.prototype as { share?: unknown }).share;
  delete (Navigator.prototype as { canShare?: unknown }).canShare;
};
