// The page's side of the draft worker: one draft at a time, progress as a fraction, cancel.
import type { Draft } from '../authoring/draft/draft-pack';
import type { DraftReply, DraftRequest, NamedSpan } from './draft-worker';

export interface DraftRun {
  result: Promise<{ ok: true; draft: Draft; names?: NamedSpan[] } | { ok: false; cancelled: boolean; message: string }>;
  cancel(): void;
}

export function startDraft(request: DraftRequest, onProgress: (fraction: number) => void): DraftRun {
  const worker = new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module', name: 'draft' });
  let settle!: (value: Awaited<DraftRun['result']>) => void;
  const result = new Promise<Awaited<DraftRun['result']>>((resolve) => (settle = resolve));
  const finish = (value: Awaited<DraftRun['result']>) => {
    worker.terminate();
    settle(value);
  };
  worker.addEventListener('message', (event: MessageEvent<DraftReply>) => {
    const reply = event.data;
    if (reply.kind === 'progress') onProgress(reply.done / Math.max(1, reply.total));
    else if (reply.kind === 'done') finish({ ok: true, draft: reply.draft, ...(reply.names ? { names: reply.names } : {}) });
    else finish({ ok: false, cancelled: false, message: `The draft failed (${reply.message}).` });
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish({ ok: false, cancelled: false, message: `The drafting worker could not run (${event.message || 'unknown error'}). Reload the page to try again.` });
  });
  worker.postMessage(request);
  return { result, cancel: () => finish({ ok: false, cancelled: true, message: 'Drafting cancelled.' }) };
}
