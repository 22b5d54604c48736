// Full rounds in real Chromium, played only through what a player has: keys and focused buttons
// in one round, mouse clicks where the controls are drawn (with the engine up) in another. The score the page shows
// must equal what the pure core computes when it replays the round's history in Node.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { validatePack } from '../../src/domain/pack/validate';
import { replayRound } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { answer, engineUp, controlRect, liveText, pickRight, pickWrong, proceed, round, scoreIn, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

function loadPack(id: string) {
  const result = validatePack(JSON.parse(readFileSync(`questions/${id}.json`, 'utf8')));
  if (!result.ok) throw new Error(`pack ${id} is invalid`);
  return result.pack;
}

describe('a Classic round', () => {
  it('is playable with the keyboard and the DOM controls alone, and its score is the core’s', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    // Choose Classic / Easy through the real radio buttons, then Play, all by keyboard.
    await page.getByRole('radio', { name: 'Easy' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('radio', { name: 'Classic' }).focus();
    await page.keyboard.press('Space');
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);

    const first = (await round(page))!;
    expect(first.config.mode).toBe('classic');
    expect(first.config.difficulty).toBe('easy');
    expect(first.questions.length).toBe(10);
    // The live region reads the question and its options; answer buttons are named "A: …".
    await expect.poll(() => liveText(page)).toContain(first.questions[0]!.prompt);
    const q0 = first.questions[0]!;
    await expect(page.getByRole('button', { name: `A: ${q0.options[0]}`, exact: true }).count()).resolves.toBe(1);
    // Focus starts on the first answer, so Tab/Enter play works from here.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('answer-0');
    // The clock shows on the first question, engine or not (one clock bar, the view's).
    expect(await page.locator('[data-screen="quiz"] .clock').isVisible()).toBe(true);
    expect(await controlRect(page, 'timer')).toBeTruthy();

    // Lifelines through their DOM buttons (50:50 on the first question that allows it, Hint on
    // the next), then answers by digit keys, letter keys and focused DOM buttons, right and wrong.
    const vias = ['dom', 'key-digit', 'key-letter'] as const;
    let fiftyAt = -1;
    let hintAt = -1;
    for (let i = 0; i < 10; i++) {
      await waitForPhase(page, 'asking', i);
      const r = (await round(page))!;
      if (fiftyAt < 0 && r.questions[i]!.fiftyFifty.length > 0) {
        fiftyAt = i;
        await page.getByRole('button', { name: '50:50 lifeline' }).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => (window.__trivia?.roundStore.getState().round?.removed.length ?? 0) > 0);
        const after = (await round(page))!;
        for (const k of after.removed) await expect(page.getByTestId(`answer-${k}`).isHidden()).resolves.toBe(true);
        await expect.poll(() => liveText(page)).toMatch(/^50:50: removed /);
      } else if (hintAt < 0 && fiftyAt >= 0) {
        hintAt = i;
        await page.getByRole('button', { name: 'Hint lifeline' }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => liveText(page)).toMatch(/^Hint: /);
      }
      const wrong = i % 4 === 1;
      await answer(page, wrong ? pickWrong : pickRight, vias[i % 3]!);
      await expect.poll(() => liveText(page)).toMatch(wrong ? /^Wrong: you chose/ : /^Right!/);
      // Focus sits on the way on: Continue, or See results after the last question.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(i === 9 ? 'See results' : 'Continue');
      await proceed(page, i % 2 ? 'enter' : 'space');
    }
    await waitForScreen(page, 'results');

    const final = (await round(page))!;
    expect(final.phase).toBe('finished');
    expect(final.history).toHaveLength(10);
    expect(final.history[fiftyAt]!.lifelines).toEqual(['fifty-fifty']);
    if (hintAt >= 0) expect(final.history[hintAt]!.lifelines).toEqual(['hint']);
    // Re-score in Node: same questions from the same seed, same score from the same history.
    const pack = loadPack(final.config.packId);
    expect(questionsForRound(pack, final.config)).toEqual(final.questions);
    const replay = replayRound(final.config, final.questions, final.history);
    expect(replay.problems).toEqual([]);
    const shown = scoreIn((await page.getByTestId('results-summary').textContent()) ?? '');
    expect(shown).toBe(replay.state.score);
    expect(final.score).toBe(replay.state.score);
    expect(replay.state.correctCount).toBe(final.correctCount);
    // The review lists every question with the player's answer and the source sentence.
    await expect(page.getByTestId('review').locator('li').count()).resolves.toBe(10);
    expect(await page.getByTestId('review').textContent()).toContain(final.questions[1]!.quote);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Play again');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is playable by mouse clicks where the controls are drawn, with the engine up', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await engineUp(page);
    const play = await controlRect(page, 'play');
    await page.mouse.click(play.x + play.width / 2, play.y + play.height / 2);
    await waitForScreen(page, 'quiz');
    for (let i = 0; i < 10; i++) {
      await waitForPhase(page, 'asking', i);
      await answer(page, i % 3 === 1 ? pickWrong : pickRight, 'tap');
      await proceed(page, 'tap');
    }
    await waitForScreen(page, 'results');
    const final = (await round(page))!;
    const replay = replayRound(final.config, final.questions, final.history);
    expect(replay.problems).toEqual([]);
    expect(scoreIn((await page.getByTestId('results-summary').textContent()) ?? '')).toBe(replay.state.score);
    expect(final.history.filter((h) => h.correct)).toHaveLength(7);
    // Play again starts a fresh round with a new seed.
    const again = await controlRect(page, 'again');
    await page.mouse.click(again.x + again.width / 2, again.y + again.height / 2);
    await waitForScreen(page, 'quiz');
    const next = (await round(page))!;
    expect(next.history).toHaveLength(0);
    expect(next.config.seed).not.toBe(final.config.seed);
    expect(errors).toEqual([]);
    await context.close();
  });
});
