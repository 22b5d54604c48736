// The dev server's pack service: packs read and validated at run time in a worker (so an edited
// pack file shows up, or shows its problems, on reload), the inline service as its fallback.
// The built game uses the build-time catalog instead (catalog-pack-service.ts).
import { workerPackService, type PackService } from './pack-service';

export function devPackService(): PackService {
  return workerPackService(
    () => new Worker(new URL('./pack-worker.ts', import.meta.url), { type: 'module', name: 'packs' }),
    () => import('./inline-pack-service').then(async (m) => m.inlinePackService((await import('./pack-sources')).bundledPackSources)),
  );
}
