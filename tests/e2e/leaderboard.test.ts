// The online leaderboard from the game's side, in real Chromium against the REAL server (Fastify,
// SQLite in a temporary DATA_DIR) serving the built dist/ on a loopback port: browser A plays a
// Survival round with a ticket fetched on the menu, submits it under a name (name first) and sees
// its rank; browser B sees A on the menu's boards; with the server stopped a round still plays,
// its submit waits in the queue and lands when the server is back; a round started without a
// ticket says it was played offline; a challenge link's intro shows that round's board.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { loadPacks } from '../../server/packs';
import { openStore } from '../../server/store';
import type { LeaderboardRepo } from '../../server/repo/types';
import { encodeChallenge } from '../../src/share/challenge-link';
import { pickRight, pickWrong, round, useBrowser, waitForScreen, type Chooser } from './browser';
import { playThrough } from './play-helpers';

const openPage = useBrowser();
/** Rounds that are submitted are played at a reader's pace (the server's floor is 1 s an answer). */
const READING = { minMsPerAnswer: 1_100 };
const dataDir = mkdtempSync(join(tmpdir(), 'lb-e2e-'));
const packs = loadPacks(resolve('questions'));
const secret = Buffer.from('e2e-secret-'.repeat(4));
let server: { app: FastifyInstance; repo: LeaderboardRepo } | null = null;
let port = 0;
let base = '';

/** The real app on 127.0.0.1 (port 0 the first time, the same port after a restart). */
async function startServer(): Promise<void> {
  const { repo } = await openStore({ dataDir });
  const app = await buildApp({ repo, packs, secret, limits: { issue: 0, submit: 0, read: 0 }, staticDir: resolve('dist') });
  const address = await app.listen({ port, host: '127.0.0.1' });
  port = Number(new URL(address).port);
  base = `${address}/`;
  server = { app, repo };
}
async function stopServer(): Promise<void> {
  const s = server;
  server = null;
  if (!s) return;
  await s.app.close();
  await s.repo.close();
}

beforeAll(startServer);
afterAll(async () => {
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
});

const isTicket = (mode: string) => (r: Response) => r.url().endsWith('/api/runs') && r.status() === 201 && (r.request().postDataJSON() as { mode?: string }).mode === mode;
/** Two right answers, then wrong ones until Survival's three lives are gone. */
const twoRightThenWrong: Chooser = (r) => (r.index < 2 ? pickRight(r) : pickWrong(r));

async function pressButton(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

describe('online leaderboard', () => {
  it('submits a named round, shows it to a second browser, queues a submit while the server is down and shows a challenge board', async () => {
    const a = await openPage({ viewport: { width: 1000, height: 900 } });
    // The server's clock: each question's reveal and answer reach it while the round is played.
    const checkpoints: string[] = [];
    a.page.on('response', (r) => {
      const m = /\/api\/runs\/[^/]+\/questions\/(\d+)(\/answer)?$/.exec(r.url());
      if (m) checkpoints.push(`${m[2] ? 'answer' : 'reveal'} ${m[1]} ${r.status()}`);
    });
    await a.page.goto(base);
    await waitForScreen(a.page, 'menu');
    // Survival, picked as a keyboard user would; its ticket is fetched while the menu shows.
    const ticket = a.page.waitForResponse(isTicket('survival'));
    await a.page.focus('input[name="mode"][value="survival"]');
    await a.page.keyboard.press('Space');
    await ticket;

    // The next ticket (for Play again) comes as the round starts or when the results open.
    const nextTicket = a.page.waitForResponse(isTicket('survival'), { timeout: 45_000 });
    await pressButton(a.page, 'Play');
    await waitForScreen(a.page, 'quiz');
    await playThrough(a.page, twoRightThenWrong, READING);
    const first = (await round(a.page))!;
    expect(first.config.mode).toBe('survival');
    expect(first.score).toBeGreaterThan(0);
    const region = a.page.getByRole('region', { name: 'Leaderboard' });
    await expect.poll(() => region.textContent()).toContain('Submit to leaderboard');

    // Name first: the submit asks for one, and goes as soon as it is saved.
    await region.getByRole('button', { name: 'Submit to leaderboard' }).click();
    await expect.poll(() => a.page.getByTestId('lb-status').textContent()).toContain('Type your name first');
    expect(await a.page.evaluate(() => document.activeElement?.id)).toBe('player-name');
    await a.page.keyboard.type('Ada');
    await a.page.keyboard.press('Enter');
    await expect.poll(() => a.page.getByTestId('lb-status').textContent(), { timeout: 10_000 }).toContain('You are #1 on the all-time board');
    expect(await region.getByTestId('board-you').textContent()).toContain('Ada');
    expect(await region.getByTestId('board-you').getAttribute('aria-current')).toBe('true');
    await nextTicket;
    expect(a.errors).toEqual([]);
    const played = first.history.length;
    expect(checkpoints.slice(0, 2 * played)).toEqual(Array.from({ length: played }, (_, i) => [`reveal ${i} 200`, `answer ${i} 200`]).flat());

    // A second browser: the menu's Leaderboards show A's name on the Survival board.
    const b = await openPage();
    await b.page.goto(base);
    await waitForScreen(b.page, 'menu');
    await pressButton(b.page, 'Leaderboards');
    const dialog = b.page.getByRole('dialog', { name: 'Leaderboards' });
    await dialog.getByLabel('Pack').selectOption(first.config.packId);
    await dialog.getByLabel('Mode').selectOption('survival');
    await expect.poll(() => dialog.getByTestId('boards-result').textContent()).toContain('Ada');
    await b.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(b.errors).toEqual([]);

    // B's page has fetched all it loads after its first screen (the offline worker's chunk comes
    // 1.5 s later with the worker library, Phaser after its first input), so the outage below
    // costs it nothing.
    await b.page.waitForFunction(
      () => ['pwa-register', 'workbox-window', '/phaser-'].every((part) => performance.getEntriesByType('resource').some((r) => r.name.includes(part) && (r as PerformanceResourceTiming).responseEnd > 0)),
      undefined,
      { timeout: 10_000 },
    );
    // The server goes away. A's next round (its ticket came in before) still plays; its submit waits.
    await stopServer();
    await pressButton(a.page, 'Play again');
    await waitForScreen(a.page, 'quiz');
    await playThrough(a.page, pickWrong, READING);
    const second = (await round(a.page))!;
    // Every ranked round of one board this week has the board's seed: nothing to gain by new tickets.
    expect(second.config.seed).toBe(first.config.seed);
    await a.page.getByRole('region', { name: 'Leaderboard' }).getByRole('button', { name: 'Submit to leaderboard' }).click();
    await expect.poll(() => a.page.getByTestId('lb-status').textContent(), { timeout: 15_000 }).toContain('Your score is waiting');
    const queued = await a.page.evaluate(() => JSON.parse(localStorage.getItem('football-trivia:online') ?? '{}') as { state?: { pending?: { runId: string }[] } });
    expect(queued.state?.pending).toHaveLength(1);

    // A round started with no ticket (the server is down) plays as ever and says why it cannot count.
    await pressButton(a.page, 'Play again');
    await waitForScreen(a.page, 'quiz');
    await playThrough(a.page, pickWrong);
    // The browser is online: it is the server that did not answer ("Played offline" is for offline).
    await expect.poll(() => a.page.getByRole('region', { name: 'Leaderboard' }).textContent()).toContain('the leaderboard server did not answer');
    expect(await a.page.getByRole('region', { name: 'Leaderboard' }).getByRole('button').count()).toBe(0);

    // The server is back (same port, same data); the browser comes back online: the queued score lands.
    await startServer();
    await a.context.setOffline(true);
    await a.context.setOffline(false);
    await expect.poll(() => a.page.locator('.toast').textContent(), { timeout: 15_000 }).toContain('is on the online board');
    await expect
      .poll(async () => (await a.page.evaluate(() => JSON.parse(localStorage.getItem('football-trivia:online') ?? '{}') as { state?: { pending?: unknown[] } })).state?.pending?.length)
      .toBe(0);
    const stored = await server!.repo.top({ period: 'all', packId: first.config.packId, mode: 'survival', difficulty: first.config.difficulty }, 10);
    expect(stored.map((r) => r.name)).toEqual(['Ada', 'Ada']);
    await a.context.close();

    // A challenge link to A's first round: its intro shows that round's board.
    const link = encodeChallenge({ ...first.config, name: 'Ada', score: first.score }, base);
    expect(link.ok).toBe(true);
    await b.page.goto(link.ok ? link.url : base);
    await waitForScreen(b.page, 'intro');
    const board = b.page.getByRole('region', { name: 'This challenge’s board' });
    await expect.poll(() => board.textContent(), { timeout: 10_000 }).toContain('Ada');
    expect(await board.isVisible()).toBe(true);
    // B takes it on (its run was issued behind the intro) and lands on that challenge's board.
    await b.page.waitForTimeout(2_000); // reading the intro: the server refuses rounds faster than reading
    await pressButton(b.page, 'Start');
    await waitForScreen(b.page, 'quiz');
    await playThrough(b.page, pickWrong, READING);
    await b.page.getByRole('textbox', { name: 'Your name' }).fill('Bo');
    await b.page.getByRole('button', { name: 'Save name' }).click();
    await b.page.getByRole('region', { name: 'Leaderboard' }).getByRole('button', { name: 'Submit to leaderboard' }).click();
    await expect.poll(() => b.page.getByTestId('lb-status').textContent(), { timeout: 10_000 }).toMatch(/You are #\d on this challenge’s board/);
    expect(await b.page.getByTestId('lb-board').textContent()).toContain('Ada');
    // A challenge seed counts on its challenge board only, never on the main boards.
    expect((await server!.repo.top({ period: 'all', packId: first.config.packId, mode: 'survival', difficulty: first.config.difficulty }, 10)).map((r) => r.name)).toEqual(['Ada', 'Ada']);
    expect(b.errors).toEqual([]);
    await b.context.close();
    // Three rounds at a reader's pace, two server starts and a second browser: longer than most.
  }, 150_000);

  it('the game and the studio run under the server\'s Content-Security-Policy without a violation', async () => {
    if (!server) await startServer();
    const isCsp = (e: string) => /Content Security Policy|Refused to (execute|load|apply|connect|create)/i.test(e);
    const game = await openPage();
    const res = await game.page.goto(base);
    const headers = res!.headers();
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    await waitForScreen(game.page, 'menu');
    await pressButton(game.page, 'Play');
    await waitForScreen(game.page, 'quiz');
    expect(game.errors.filter(isCsp)).toEqual([]);

    const studio = await openPage();
    await studio.page.goto(`${base}studio.html`);
    await studio.page.getByLabel('Article text').fill('Lionel Messi scored twice in the 2022 World Cup final against France at the Lusail Stadium, watched by 88,966 people.');
    await studio.page.getByRole('button', { name: 'Draft questions' }).click();
    await expect.poll(() => studio.page.getByTestId('draft-status').textContent(), { timeout: 30_000 }).toMatch(/^Drafted \d+ facts/);
    expect(studio.errors.filter(isCsp)).toEqual([]);
  });
});
