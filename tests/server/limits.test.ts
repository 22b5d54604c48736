// Cheap requests stay cheap: slow clients are cut off, one address cannot hold every connection,
// rate limits go by address (IPv6 by /64), a forwarded address counts only from a listed proxy,
// and two server processes on one PostgreSQL share their limits and one-entry rules.
import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { openStore } from '../../server/store';
import { freshSchemaUrl } from './backends';
import { historyFor, packs, PACK_ID, PACK_VERSION } from './helpers';
import { startServer, type ServerProcess } from './load';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'lb-limits-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const open = (port: number, from = '127.0.0.1') =>
  new Promise<Socket>((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, localAddress: from }, () => resolve(s));
    s.once('error', reject);
  });
/** Resolves when the server has closed the socket (it is read, so its end is seen). */
const closed = (s: Socket) =>
  new Promise<void>((r) => {
    if (s.destroyed) return r();
    s.once('close', () => r());
    s.resume();
  });

async function serve(options: Partial<Parameters<typeof buildApp>[0]> = {}) {
  const { repo } = await openStore({ dataDir: fresh() });
  const app = await buildApp({ repo, packs: packs(), secret: Buffer.from('l'.repeat(40)), limits: { issue: 0, submit: 0, read: 0 }, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  return { app, port };
}

describe('slow and greedy clients', () => {
  it('closes a connection whose headers never finish, and one that sends nothing', async () => {
    const { app, port } = await serve({ timeouts: { headersMs: 300, requestMs: 600, idleMs: 800, checkEveryMs: 100 } });
    const slow = await open(port);
    slow.write('GET /api/health HTTP/1.1\r\nHost: x\r\n'); // and never the blank line
    const silent = await open(port);
    // Both end because the server ends them (the test's own timeout is the only bound).
    await Promise.all([closed(slow), closed(silent)]);
    expect(slow.destroyed && silent.destroyed).toBe(true);
    await app.close();
  });

  it('lets one address hold only so many connections; another address is still served', async () => {
    const { app, port } = await serve({ maxConnectionsPerClient: 4 });
    const mine = await Promise.all(Array.from({ length: 6 }, () => open(port)));
    // The two past the cap are closed by the server at once.
    const ended = await Promise.race([Promise.all(mine.slice(4).map(closed)).then(() => 'closed'), new Promise((r) => setTimeout(() => r('open'), 10_000))]);
    expect(ended).toBe('closed');
    expect(mine.slice(0, 4).every((s) => !s.destroyed)).toBe(true);
    const other = await open(port, '127.0.0.2');
    other.write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    const reply = await new Promise<string>((r) => {
      let text = '';
      other.on('data', (d: Buffer) => (text += d.toString()));
      other.on('close', () => r(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    mine.forEach((s) => s.destroy());
    await app.close();
  });
});

describe('rate limits by address, and proxies', () => {
  const statuses = async (port: number, from: string, forwarded: string[]) => {
    const out: number[] = [];
    for (const xff of forwarded) {
      const s = await open(port, from);
      s.write(`GET /api/packs HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${xff ? `X-Forwarded-For: ${xff}\r\n` : ''}\r\n`);
      const reply = await new Promise<string>((r) => {
        let text = '';
        s.on('data', (d: Buffer) => (text += d.toString()));
        s.on('close', () => r(text));
      });
      out.push(Number(reply.slice(9, 12)));
    }
    return out;
  };

  it('reads X-Forwarded-For only from a listed proxy; IPv6 clients share a limit per /64', async () => {
    const { app, port } = await serve({ trustedProxies: ['127.0.0.1'], limits: { read: 1 } });
    // From the proxy: each forwarded client has its own limit; one /64 is one client.
    expect(await statuses(port, '127.0.0.1', ['10.0.0.1', '10.0.0.2', '10.0.0.1', '2001:db8::1', '2001:db8::2', '2001:db8:0:1::1'])).toEqual([200, 200, 429, 200, 429, 200]);
    // Straight to the port from elsewhere: a made-up header buys nothing.
    expect(await statuses(port, '127.0.0.2', ['6.6.6.1', '6.6.6.2', '6.6.6.3'])).toEqual([200, 429, 429]);
    await app.close();
  });

  it('without listed proxies, the header is ignored', async () => {
    const { app, port } = await serve({ limits: { read: 2 } });
    expect(await statuses(port, '127.0.0.1', ['1.1.1.1', '2.2.2.2', '3.3.3.3'])).toEqual([200, 200, 429]);
    await app.close();
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;
describe.runIf(pgUrl)('two server processes on one PostgreSQL', () => {
  it('share rate limits, the one-Daily rule, replays and the rank caches', async () => {
    const url = await freshSchemaUrl(pgUrl!, 't_two_processes');
    const env = { DATABASE_URL: url, SECRET: 's'.repeat(40), RATE_READ: '6', RATE_ISSUE: '0', RATE_SUBMIT: '0', RATE_PLAYERS: '0' };
    const procs: ServerProcess[] = [];
    try {
      // One at a time: the first creates the schema, the second finds it.
      procs.push(await startServer(fresh(), env));
      procs.push(await startServer(fresh(), env));
      const [a, b] = procs.map((p) => p.url) as [string, string];
      const reads: number[] = [];
      for (let i = 0; i < 8; i++) reads.push((await fetch(`${i % 2 ? b : a}/api/packs`)).status);
      // Six reads a minute from this address in all, whichever process answers.
      expect(reads).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);

      const post = (base: string, path: string, body: unknown) => fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, any> }));
      const me = (await post(a, '/api/players', {})).body.playerId as string;
      const someoneElse = (await post(b, '/api/players', {})).body.playerId as string;
      const daily = async (base: string, right: (i: number) => boolean = () => true) => {
        const run = (await post(base, '/api/runs', { packId: PACK_ID, packVersion: PACK_VERSION, mode: 'daily', difficulty: 'medium' })).body;
        return { run, history: historyFor({ seed: run.seed as string, mode: 'daily', difficulty: 'medium' }, right) };
      };
      const first = await daily(a);
      const second = await daily(b);
      const weaker = await daily(b, (i) => i < 4);
      // The server-clock floor: ten answers cannot be in before 8.5 s.
      await new Promise((r) => setTimeout(r, 9_000));
      expect((await post(b, '/api/scores', { token: first.run.token, name: 'Two', deviceId: me, history: first.history })).status).toBe(201);
      expect((await post(a, '/api/scores', { token: second.run.token, name: 'Two', deviceId: me, history: second.history })).body.error.code).toBe('daily-already-played');
      // A run accepted by one process is a replay for the other.
      expect((await post(a, '/api/scores', { token: first.run.token, name: 'Two', deviceId: me, history: first.history })).body.error.code).toBe('already-submitted');
      expect((await post(a, '/api/scores', { token: weaker.run.token, name: 'Other', deviceId: someoneElse, history: weaker.history })).status).toBe(201);
      // The rank caches are the database's: each process ranks both entries, whichever process wrote them.
      for (const base of [a, b]) {
        const board = (await (await fetch(`${base}/api/boards?pack=${PACK_ID}&mode=daily&difficulty=medium&period=daily&run=${String(weaker.run.runId)}`)).json()) as { top: { runId: string }[]; you: { rank: number } };
        expect(board.top.map((r) => r.runId)).toEqual([first.run.runId, weaker.run.runId]);
        expect(board.you.rank).toBe(2);
      }
    } finally {
      for (const p of procs) {
        p.child.kill('SIGTERM');
        await new Promise((r) => p.child.once('exit', r));
      }
    }
  }, 60_000);
});
