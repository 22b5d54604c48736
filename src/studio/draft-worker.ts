// Drafting off the main thread: the page stays responsive on a 5,000-word article, shows progress,
// and Cancel simply terminates this worker. Progress is posted at most once per percent.
import { draftPack, type Draft, type DraftOptions } from '../authoring/draft/draft-pack';
import { findNames, type NameKind } from '../authoring/draft/names';

/** `namesIn`: a sentence whose names the reply should type (the lexicon lives in this worker only). */
export type DraftRequest = { text: string; options: Omit<DraftOptions, 'onProgress'>; namesIn?: string };
export type NamedSpan = { text: string; kind: NameKind; canonical: string };
export type DraftReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; draft: Draft; names?: NamedSpan[] }
  | { kind: 'failed'; message: string };

// Typed by hand: the project compiles against the DOM lib, which cannot be mixed with WebWorker's.
const scope = self as unknown as {
  postMessage(message: DraftReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DraftRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  let last = -1;
  try {
    const draft = draftPack(event.data.text, {
      ...event.data.options,
      onProgress: (done, total) => {
        const percent = Math.floor((done / Math.max(1, total)) * 100);
        if (percent === last) return;
        last = percent;
        scope.postMessage({ kind: 'progress', done, total });
      },
    });
    const namesIn = event.data.namesIn;
    scope.postMessage({ kind: 'done', draft, ...(namesIn ? { names: findNames(namesIn).map((n) => ({ text: n.text, kind: n.kind, canonical: n.canonical })) } : {}) });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
