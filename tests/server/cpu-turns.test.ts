// CPU-heavy request work runs a few jobs per turn of the event loop, in order (server/http/cpu-turns.ts).
import { describe, expect, it } from 'vitest';
import { cpuTurns } from '../../server/http/cpu-turns';

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

describe('cpuTurns', () => {
  it('runs at most perTurn jobs a turn, in arrival order, never in the caller’s turn', async () => {
    const cpu = cpuTurns(2);
    const ran: number[] = [];
    const done = Promise.all([1, 2, 3, 4, 5].map((i) => cpu.run(() => (ran.push(i), i * 10))));
    expect(ran).toEqual([]);
    expect(cpu.waiting).toBe(5);
    await nextTurn();
    expect(ran).toEqual([1, 2]);
    await nextTurn();
    expect(ran).toEqual([1, 2, 3, 4]);
    expect(await done).toEqual([10, 20, 30, 40, 50]);
    expect(cpu.waiting).toBe(0);
  });

  it('hands a job’s throw to its caller and goes on with the others', async () => {
    const cpu = cpuTurns(1);
    const bad = cpu.run(() => {
      throw new Error('bad job');
    });
    const good = cpu.run(() => 'fine');
    await expect(bad).rejects.toThrow('bad job');
    expect(await good).toBe('fine');
  });
});
