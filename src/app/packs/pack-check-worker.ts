// Checks one opened pack off the main thread: a stranger's 2 MB pack at every limit costs about a
// second of CPU to validate, which must not freeze the page (see pack-opener.ts for the budget).
import { validatePackText } from '../../domain/pack/validate-text';

export type CheckRequest = { text: string };
export type CheckReply = { ok: true; result: ReturnType<typeof validatePackText> } | { ok: false; message: string };

// Typed by hand: the project compiles against the DOM lib, which cannot be mixed with WebWorker's.
const scope = self as unknown as {
  postMessage(message: CheckReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  try {
    scope.postMessage({ ok: true, result: validatePackText(event.data.text) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
