// The API's one contract (src/domain/leaderboard-api.ts): its published JSON Schema is current,
// the real server's answers fit it, every refusal code has words for the player, and the names
// allow-list is current with the lexicon it is made from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { openStore } from '../../server/store';
import { allowedNamesText, ALLOWED_NAMES_FILE } from '../../scripts/make-allowed-names';
import { renderApiJsonSchema } from '../../scripts/make-api-schema';
import { REFUSAL_CODES } from '../../src/domain/leaderboard-api';
import { refusalMessage } from '../../src/app/online/leaderboard-client';
import { packs, PACK_ID, PACK_VERSION } from './helpers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = join(import.meta.dirname, '../..');

describe('the leaderboard API contract', () => {
  const committed = readFileSync(join(ROOT, 'docs/leaderboard-api.schema.json'), 'utf8');

  it('is published up to date (npm run schema:api), and the names allow-list too (npm run names:allow)', () => {
    expect(committed).toBe(renderApiJsonSchema());
    expect(readFileSync(ALLOWED_NAMES_FILE, 'utf8')).toBe(allowedNamesText());
  });

  it('describes what the real server answers', async () => {
    const ajv = new Ajv({ strict: false, validateFormats: false });
    const defs = (JSON.parse(committed) as { definitions: Record<string, object> }).definitions;
    const check = (name: string, body: unknown) => expect(ajv.validate(defs[name]!, body), `${name}: ${ajv.errorsText()}`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'lb-contract-'));
    const { repo } = await openStore({ dataDir: dir });
    const app = await buildApp({ repo, packs: packs(), secret: Buffer.from('c'.repeat(40)) });
    const run = (await app.inject({ method: 'POST', url: '/api/runs', payload: { packId: PACK_ID, packVersion: PACK_VERSION, mode: 'classic', difficulty: 'easy' } })).json();
    check('IssuedRun', run);
    check('Player', (await app.inject({ method: 'POST', url: '/api/players', payload: {} })).json());
    check('Checkpoint', (await app.inject({ method: 'POST', url: `/api/runs/${run.runId}/questions/0`, payload: { token: run.token } })).json());
    check('Board', (await app.inject({ method: 'GET', url: `/api/boards?pack=${PACK_ID}&difficulty=easy` })).json());
    check('Health', (await app.inject({ method: 'GET', url: '/api/health' })).json());
    check('ErrorBody', (await app.inject({ method: 'POST', url: '/api/scores', payload: { token: 'x' } })).json());
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is attached to the routes: Fastify refuses a malformed request with the contract\'s refusal before a handler runs', async () => {
    const ajv = new Ajv({ strict: false, validateFormats: false });
    const defs = (JSON.parse(committed) as { definitions: Record<string, object> }).definitions;
    const dir = mkdtempSync(join(tmpdir(), 'lb-contract-'));
    const { repo } = await openStore({ dataDir: dir });
    const app = await buildApp({ repo, packs: packs(), secret: Buffer.from('c'.repeat(40)) });
    const refused = async (method: 'POST' | 'GET' | 'DELETE', url: string, payload?: unknown) => {
      const res = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
      expect(res.statusCode, url).toBe(400);
      const body = res.json();
      expect(ajv.validate(defs.ErrorBody!, body), ajv.errorsText()).toBe(true);
      expect(body.error.code).toBe('bad-request');
      return body.error.problems as string[];
    };
    // Each problem names where, in the route schema's words (JSON Schema's, not valibot's).
    expect(await refused('POST', '/api/scores', { token: 'x', name: 'A', deviceId: 'p'.repeat(20), history: [] })).toEqual(['body.history: must NOT have fewer than 1 items']);
    expect((await refused('POST', '/api/runs', { packId: PACK_ID, packVersion: PACK_VERSION, mode: 'blitz', difficulty: 'easy' }))[0]).toMatch(/^body\.mode: must be equal to one of the allowed values/);
    // No coercion: a number sent as a string is refused, not quietly read as a number.
    const run = (await app.inject({ method: 'POST', url: '/api/runs', payload: { packId: PACK_ID, packVersion: PACK_VERSION, mode: 'classic', difficulty: 'easy' } })).json();
    expect((await refused('POST', `/api/runs/${run.runId}/questions/0/answer`, { token: run.token, questionId: 'q', chosen: '1', lifelines: [] }))[0]).toMatch(/^body\.chosen: must be integer/);
    expect((await refused('POST', `/api/runs/${run.runId}/questions/x1`, { token: run.token }))[0]).toMatch(/^params\.i: must match pattern/);
    expect((await refused('GET', `/api/boards?pack=${PACK_ID}&difficulty=impossible`))[0]).toMatch(/^querystring\.difficulty: /);
    expect((await refused('DELETE', '/api/scores/mine', { deviceId: 'short' }))[0]).toMatch(/^body\.deviceId: must NOT have fewer than 16 characters/);
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has words for the player for every refusal code', () => {
    for (const code of REFUSAL_CODES) expect(refusalMessage(code), code).not.toMatch(/^The server refused/);
  });
});
