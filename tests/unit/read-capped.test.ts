// The capped stream reader behind a pack fetched from a URL and a pack inflated from a link.
import { describe, expect, it } from 'vitest';
import { readCapped } from '../../src/share/read-capped';

function streamOf(chunks: number[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!).fill(i));
      else controller.close();
    },
  });
}

describe('readCapped', () => {
  it('joins every chunk, in order, up to the cap itself', async () => {
    const bytes = await readCapped(streamOf([3, 0, 2]), 5);
    expect(bytes && [...bytes]).toEqual([1, 1, 1, 3, 3]);
  });

  it('stops at the first byte past the cap and cancels the stream, without reading on', async () => {
    let cancelled = false;
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(4));
      },
      cancel: () => void (cancelled = true),
    }, { highWaterMark: 0 });
    expect(await readCapped(endless, 6)).toBeNull();
    expect(cancelled).toBe(true);
    expect(pulled).toBe(2);
  });

  it('reads an empty stream as no bytes', async () => {
    expect(await readCapped(streamOf([]), 0)).toEqual(new Uint8Array(0));
  });
});
