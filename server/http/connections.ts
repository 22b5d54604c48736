// A cap on open connections per client address (IPv6 by /64), so one client cannot hold every
// file descriptor and lock everyone else out. Our proxies are exempt: every client behind them
// arrives from their address.
import { isIP } from 'node:net';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { normalizeIP } from '@fastify/rate-limit';

export function clientKey(address: string): string {
  const bare = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  return isIP(bare) === 6 ? normalizeIP(bare, 64) : bare;
}

/** Closes connections past `max` from one address at once; returns the live count per address (for tests). */
export function capConnections(server: Server, max: number, exempt: readonly string[]): Map<string, number> {
  const open = new Map<string, number>();
  const exemptSet = new Set(exempt.map(clientKey));
  server.on('connection', (socket: Socket) => {
    const key = clientKey(socket.remoteAddress ?? '');
    if (max <= 0 || exemptSet.has(key)) return;
    const n = (open.get(key) ?? 0) + 1;
    if (n > max) {
      socket.destroy();
      return;
    }
    open.set(key, n);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left <= 0) open.delete(key);
      else open.set(key, left);
    });
  });
  return open;
}
