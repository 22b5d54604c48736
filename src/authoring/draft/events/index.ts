// The event readers, in order: each turns the clauses of one sentence into events with typed
// roles, one fact per role (src/authoring/draft/propose.ts asks them before the generic spans).
import { readAwards } from './award';
import { readBans } from './ban';
import { readInjuries } from './injury';
import { readResults } from './result';
import { readTable } from './table';
import { readTransfers } from './transfer';
import type { EventFact, EventInput, Recogniser } from './types';

export type { EventFact, EventInput, EventKind } from './types';

const READERS: readonly Recogniser[] = [readInjuries, readBans, readTable, readAwards, readResults, readTransfers];

/** Every event fact of the sentence, one per answer span (the first reader to claim a span keeps it). */
export function readEvents(input: EventInput): EventFact[] {
  const out: EventFact[] = [];
  for (const read of READERS) {
    for (const f of read(input)) {
      if (f.span.start < input.read.bodyStart) continue;
      if (out.some((o) => f.span.start < o.span.end && f.span.end > o.span.start)) continue;
      out.push(f);
    }
  }
  return out;
}
