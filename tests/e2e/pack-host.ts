// A real HTTP server in front of the e2e build that also keeps packs, as the leaderboard service
// does (issue 22, built on the server branch): `POST /api/packs` → 201 {id, path: "/p/<id>"},
// content-addressed; `GET /api/packs/<id>` → the pack; `GET /p/<id>` → 302 to
// `/?pack=%2Fapi%2Fpacks%2F<id>`. Everything else is passed to the preview server. A stand-in
// for that contract so the studio's short links are tried end to end in a browser, service
// worker and all; the server's own tests cover its checks (validator, size cap, rate limit).
import { createHash } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PackHost {
  url: string;
  stored: Map<string, string>;
  close(): Promise<void>;
}

export async function startPackHost(upstream: string): Promise<PackHost> {
  const stored = new Map<string, string>();
  const up = new URL(upstream);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'POST' && path === '/api/packs') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const id = createHash('sha256').update(text).digest('base64url').slice(0, 12);
        stored.set(id, text);
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id, path: `/p/${id}` }));
      });
      return;
    }
    const get = /^\/api\/packs\/([A-Za-z0-9_-]+)$/.exec(path);
    if (req.method === 'GET' && get) {
      const text = stored.get(get[1]!);
      if (text) res.writeHead(200, { 'content-type': 'application/json' }).end(text);
      else res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"unknown-pack","message":"no such pack"}}');
      return;
    }
    const short = /^\/p\/([A-Za-z0-9_-]+)$/.exec(path);
    if (req.method === 'GET' && short) {
      res.writeHead(302, { location: `/?pack=${encodeURIComponent(`/api/packs/${short[1]}`)}` }).end();
      return;
    }
    if (path.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no leaderboard here');
      return;
    }
    const forward = request({ host: up.hostname, port: up.port, path: req.url, method: req.method, headers: { ...req.headers, host: up.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stored,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
