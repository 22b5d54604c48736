// The question clock's frames: requestAnimationFrame while something waits for them (a question on
// screen), none otherwise, so a page waiting for the player runs nothing. One loop, whether or not
// the game engine has arrived: the engine draws its effects in its own loop and never ticks the
// clock, so a question is timed the same way before and after it.
export interface FrameLoopOptions {
  window: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>;
  /** Whether frames are wanted now. */
  wanted(): boolean;
  /** One frame: milliseconds since the previous one (0 for the first). */
  frame(deltaMs: number): void;
  /** Store subscriptions after which `wanted` may have changed. */
  subscriptions: ((listener: () => void) => () => void)[];
}

export function startFrameLoop(options: FrameLoopOptions): () => void {
  const win = options.window;
  let handle = 0;
  let last: number | null = null;
  let stopped = false;
  const step = (now: number) => {
    handle = 0;
    if (stopped || !options.wanted()) {
      last = null;
      return;
    }
    options.frame(last === null ? 0 : now - last);
    last = now;
    handle = win.requestAnimationFrame(step);
  };
  const wake = () => {
    if (!handle && !stopped && options.wanted()) handle = win.requestAnimationFrame(step);
  };
  const offs = options.subscriptions.map((subscribe) => subscribe(wake));
  wake();
  return () => {
    stopped = true;
    win.cancelAnimationFrame(handle);
    for (const off of offs) off();
  };
}
