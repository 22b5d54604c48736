// The client half of the server's clock (src/app/online/run-clock.ts): reveal and answer calls,
// in order, one after another, from round-store states; a ticket that comes late skips the
// questions already answered; a failing call never stops the rest.
import { describe, expect, it } from 'vitest';
import { roundReducer, startRound, type RoundState } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { createRunClockReporter } from '../../src/app/online/run-clock';
import type { LeaderboardClient, Result } from '../../src/app/online/leaderboard-client';
import { loadValidPack } from './helpers';

const pack = loadValidPack('questions/world-cup-final-2022.json');
const config = { packId: pack.id, packVersion: pack.version, seed: 'clock', mode: 'classic' as const, difficulty: 'medium' as const };

function fakeClient(fail: (call: string) => boolean = () => false) {
  const calls: string[] = [];
  let open = 0;
  let maxOpen = 0;
  const respond = async (call: string): Promise<Result<number>> => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    calls.push(call);
    await new Promise((r) => setTimeout(r, 1));
    open--;
    return fail(call) ? { ok: false, failure: { kind: 'network' } } : { ok: true, value: 0 };
  };
  const client: Pick<LeaderboardClient, 'reveal' | 'answer'> = {
    reveal: (runId, _token, i) => respond(`${runId} reveal ${i}`),
    answer: (runId, _token, i, a) => respond(`${runId} answer ${i} ${a.chosen}`),
  };
  return { client, calls, maxOpen: () => maxOpen };
}

/** The states a round passes through: asking 0, answered 0, asking 1, … */
function statesOf(answers: number): RoundState[] {
  let s = startRound(config, questionsForRound(pack, config));
  const out = [s];
  for (let i = 0; i < answers; i++) {
    s = roundReducer(s, { type: 'answer', choice: 0, timeMs: 1_000 });
    out.push(s);
    s = roundReducer(s, { type: 'next' });
    out.push(s);
  }
  return out;
}

describe('the run clock reporter', () => {
  it('reveals each question as it appears and sends each answer with its choice, strictly in order', async () => {
    const { client, calls, maxOpen } = fakeClient();
    const clock = createRunClockReporter(client);
    for (const s of statesOf(3)) clock.sync(s, { runId: 'r1', token: 't' });
    await clock.settled();
    expect(calls).toEqual(['r1 reveal 0', 'r1 answer 0 0', 'r1 reveal 1', 'r1 answer 1 0', 'r1 reveal 2', 'r1 answer 2 0', 'r1 reveal 3']);
    expect(maxOpen()).toBe(1);
  });

  it('skips questions answered before the ticket came, and carries on after a failed call', async () => {
    const { client, calls } = fakeClient((c) => c === 'r2 reveal 2');
    const clock = createRunClockReporter(client);
    const states = statesOf(4);
    // No ticket for the first question and its answer.
    for (const s of states.slice(0, 2)) clock.sync(s, null);
    for (const s of states.slice(2)) clock.sync(s, { runId: 'r2', token: 't' });
    await clock.settled();
    expect(calls).toEqual(['r2 reveal 1', 'r2 answer 1 0', 'r2 reveal 2', 'r2 answer 2 0', 'r2 reveal 3', 'r2 answer 3 0', 'r2 reveal 4']);
  });

  it('does nothing for a round without a ticket', async () => {
    const { client, calls } = fakeClient();
    const clock = createRunClockReporter(client);
    for (const s of statesOf(2)) clock.sync(s, null);
    await clock.settled();
    expect(calls).toEqual([]);
  });
});
