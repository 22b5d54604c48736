// Builds the game once and serves dist/ on a free 127.0.0.1 port for the whole e2e run. No /api
// proxy (the dev config's points at :8787): these pages must never reach a leaderboard someone
// left running, and see what a static host gives them (leaderboard.test.ts starts its own server).
import type { AddressInfo } from 'node:net';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ configLoader: 'runner', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  const server: PreviewServer = await preview({ configLoader: 'runner', logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false, proxy: {} } });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('preview server has no address');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
