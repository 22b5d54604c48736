// Worker side of the pack service: loads and validates the bundled packs, then prepares rounds
// on request (a request may arrive before loading has finished; it simply waits for it).
import { bundledPackSources } from './pack-sources';
import { listing, loadPacks, type PackEntry } from './packs';
import type { WorkerReply, WorkerRequest } from './pack-service';
import { prepareRound } from './prepare-round';

// Typed by hand: the project compiles against the DOM lib, which cannot be mixed with WebWorker's.
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};
let entries: Promise<PackEntry[]> | null = null;
const post = (reply: WorkerReply) => scope.postMessage(reply);
const load = () => (entries ??= loadPacks(bundledPackSources, (done, total) => post({ type: 'progress', done, total })));

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'load') {
    load().then(
      // The page lists packs; their facts stay here, where rounds are made.
      (list) => post({ type: 'packs', entries: list.map(listing) }),
      (error: unknown) => post({ type: 'error', message: String(error) }),
    );
  } else if (message.type === 'round') {
    load()
      .then((list) => post({ type: 'round', id: message.id, round: prepareRound(list, message.request) }))
      .catch((error: unknown) => post({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) }));
  }
});
