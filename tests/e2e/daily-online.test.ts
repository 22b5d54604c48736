// The Daily across packs on the REAL leaderboard server (Fastify, SQLite in a temporary DATA_DIR,
// serving the built dist/ on a loopback port): its ticket, its clock and its submission are keyed
// 'daily', the server re-scores it over every pack it holds, and today's Daily board shows it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { loadPacks } from '../../server/packs';
import { openStore } from '../../server/store';
import type { LeaderboardRepo } from '../../server/repo/types';
import { utcDateOf } from '../../src/domain/daily';
import { pickRight, round, useBrowser, waitForScreen } from './browser';
import { playThrough } from './play-helpers';

const openPage = useBrowser();
const dataDir = mkdtempSync(join(tmpdir(), 'lb-daily-e2e-'));
const packs = loadPacks(resolve('questions'));
const secret = Buffer.from('e2e-daily-secret-'.repeat(3));
let app: FastifyInstance;
let repo: LeaderboardRepo;
let base = '';

beforeAll(async () => {
  ({ repo } = await openStore({ dataDir }));
  app = await buildApp({ repo, packs, secret, limits: { issue: 0, submit: 0, read: 0 }, staticDir: resolve('dist') });
  base = `${await app.listen({ port: 0, host: '127.0.0.1' })}/`;
});
afterAll(async () => {
  await app.close();
  await repo.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const isDailyTicket = (r: Response) => r.url().endsWith('/api/runs') && (r.request().postDataJSON() as { packId?: string }).packId === 'daily';

describe('the Daily across packs online', () => {
  it('gets a ticket for "daily", is re-scored by the server and tops today’s Daily board', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(base);
    await waitForScreen(page, 'menu');
    const ticket = page.waitForResponse(isDailyTicket, { timeout: 30_000 });
    await page.getByTestId('daily-play').click();
    await waitForScreen(page, 'quiz');
    expect((await ticket).status()).toBe(201);
    // At a reader's pace: the server refuses a round faster than a second an answer.
    await playThrough(page, pickRight, { minMsPerAnswer: 1_100 });
    const played = (await round(page))!;
    expect(played.config.packId).toBe('daily');
    const region = page.getByRole('region', { name: 'Leaderboard' });
    await expect.poll(() => region.textContent(), { timeout: 20_000 }).toContain('Submit to leaderboard');
    await region.getByRole('button', { name: 'Submit to leaderboard' }).click();
    await expect.poll(() => page.getByTestId('lb-status').textContent()).toContain('Type your name first');
    await page.keyboard.type('Dee');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('lb-status').textContent(), { timeout: 20_000 }).toContain('You are #1 on the Daily’s board');
    // The server's own board, read from its database: one entry, the score it computed itself.
    const top = await repo.top({ period: 'daily', packId: 'daily', difficulty: 'medium', day: utcDateOf(new Date()) }, 10);
    expect(top).toHaveLength(1);
    expect(top[0]).toMatchObject({ name: 'Dee', correct: 10, answered: 10 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
