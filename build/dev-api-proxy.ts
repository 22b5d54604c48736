// `npm run dev` (and `npm run preview`) pass `/api` to the leaderboard server (`npm start`, :8787).
// Most of the time nobody runs one beside the dev server; then a plain proxy answers every ticket
// prefetch with a 502 and a stack trace in the terminal, and the browser logs each as an error.
// Here a down server is what a static host looks like to the game: 204 No Content (its client
// reads "no leaderboard here" and plays offline), with one line in the terminal saying so.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { ProxyOptions } from 'vite';

/** How long an answer of the probe is trusted (a server started later is found within this). */
const PROBE_TTL_MS = 2_000;
const PROBE_TIMEOUT_MS = 300;

/** Whether something accepts TCP connections on host:port. */
export function isListening(host: string, port: number, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function apiProxy(target = 'http://127.0.0.1:8787', log: (line: string) => void = (line) => console.warn(line)): ProxyOptions {
  const url = new URL(target);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  let probe: { at: number; up: Promise<boolean> } | null = null;
  let warned = false;
  const up = () => {
    if (!probe || Date.now() - probe.at > PROBE_TTL_MS) probe = { at: Date.now(), up: isListening(url.hostname, port) };
    return probe.up;
  };
  return {
    target,
    changeOrigin: true,
    async bypass(req: IncomingMessage, res: ServerResponse | undefined) {
      if (!res || (await up())) return undefined;
      if (!warned) {
        warned = true;
        log(`/api: no leaderboard server on ${url.host} (start one with \`npm start\`); the game plays offline meanwhile.`);
      }
      res.writeHead(204, { 'cache-control': 'no-store' }).end();
      // A string tells Vite the request is handled (the response has ended).
      return req.url ?? '/';
    },
  };
}
