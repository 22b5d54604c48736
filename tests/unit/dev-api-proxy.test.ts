// The dev server's /api proxy (build/dev-api-proxy.ts): with no leaderboard server it answers as a
// static host (204, one warning), and with one listening it proxies. Real sockets on loopback.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { apiProxy, isListening } from '../../build/dev-api-proxy';

const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closing.reverse()) await close();
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closing.push(() => new Promise((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on: one the OS just handed out and we closed again. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

async function viteWith(target: string, log: (line: string) => void): Promise<string> {
  const vite: ViteDevServer = await createViteServer({
    configFile: false,
    root: import.meta.dirname,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, proxy: { '/api': apiProxy(target, log) }, watch: null },
  });
  await vite.listen();
  closing.push(() => vite.close());
  return `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
}

describe('dev /api proxy', () => {
  it('tells a listening port from a closed one', async () => {
    const port = await listen(createServer((_, res) => res.end()));
    expect(await isListening('127.0.0.1', port)).toBe(true);
    expect(await isListening('127.0.0.1', await freePort())).toBe(false);
  });

  it('with no server behind it: 204 for every call, and one warning', async () => {
    const lines: string[] = [];
    const base = await viteWith(`http://127.0.0.1:${await freePort()}`, (l) => lines.push(l));
    const a = await fetch(`${base}/api/runs`, { method: 'POST', body: '{}' });
    const b = await fetch(`${base}/api/boards?pack=x`);
    expect([a.status, b.status]).toEqual([204, 204]);
    expect(await a.text()).toBe('');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('no leaderboard server');
  });

  it('with a server behind it: passes the request through', async () => {
    const port = await listen(
      createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: req.url, method: req.method }));
      }),
    );
    const lines: string[] = [];
    const base = await viteWith(`http://127.0.0.1:${port}`, (l) => lines.push(l));
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ url: '/api/health', method: 'GET' });
    expect(lines).toEqual([]);
  });
});
