// CPU-heavy request work (re-scoring a round replays it through the domain: 1–5 ms) runs a few
// jobs per turn of the event loop, in arrival order, instead of inside the callback that read the
// request. Why: since libuv 1.46 (Node 20) a server accepts one new connection per turn of the
// loop, and a turn handles every request that is ready. Under load, kept-alive connections
// filled each turn with seconds of re-scoring, so new connections waited in the kernel's queue
// until the busy ones went quiet (1 % of answers after 10–28 s at 200 connections). With the
// work spread over turns, each turn stays short and new connections are taken at once.
export interface CpuTurns {
  /** Runs `work` in a later turn (at most `perTurn` jobs a turn); its result or its throw. */
  run<T>(work: () => T): Promise<T>;
  readonly waiting: number;
}

export function cpuTurns(perTurn = 2): CpuTurns {
  const jobs: (() => void)[] = [];
  let scheduled = false;
  const turn = () => {
    scheduled = false;
    for (let i = 0; i < perTurn && jobs.length > 0; i++) jobs.shift()!();
    schedule();
  };
  const schedule = () => {
    if (scheduled || jobs.length === 0) return;
    scheduled = true;
    setImmediate(turn);
  };
  return {
    run: <T>(work: () => T) =>
      new Promise<T>((resolve, reject) => {
        jobs.push(() => {
          try {
            resolve(work());
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        schedule();
      }),
    get waiting() {
      return jobs.length;
    },
  };
}
