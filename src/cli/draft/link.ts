// What a finder cannot know alone: duplicates across sentences, the total a tournament's goals
// stay under, and which tournaments and trophies are true elsewhere in the article.
import type { Candidate } from './candidate';

export function linkCandidates(found: readonly Candidate[]): Candidate[] {
  const kept = dedupe(found).map((c) => ({ ...c, notes: [...c.notes] }));

  for (const c of kept) {
    if (!c.maxKey?.startsWith('total:')) continue;
    const unit = c.maxKey.slice('total:'.length);
    const total = kept.find((o) => o.kind === 'stat' && o.answer.type === 'number' && o.answer.unit === unit);
    c.maxKey = total?.key;
  }

  const went = kept.filter((c) => c.kind === 'tournament-in').map(answerOf);
  const missed = kept.filter((c) => c.kind === 'tournament-missed').map(answerOf);
  for (const c of kept) {
    if (c.kind === 'tournament-in' && missed.length > 0) c.wrong = missed;
    if (c.kind === 'tournament-missed') {
      // Tournaments he went to are the only sure false answers to "which did he miss?".
      if (went.length >= 3) c.wrong = went;
      else {
        c.pool = 'tournaments';
        c.wrong = went.length > 0 ? went : undefined;
        c.exclude = missed.filter((m) => m !== answerOf(c));
        c.notes.push('pool tournaments outside the article may have been missed too');
      }
    }
  }

  const trophies = kept.filter((c) => c.kind === 'trophy').map(answerOf);
  for (const c of kept) {
    if (c.kind !== 'trophy') continue;
    const others = trophies.filter((t) => t !== answerOf(c));
    c.exclude = others.length > 0 ? others : undefined;
    c.wrong = c.wrong?.filter((w) => !others.includes(w));
  }
  return kept;
}

function answerOf(c: Candidate): string {
  return 'value' in c.answer ? String(c.answer.value) : '';
}

/** Same dedupe key: the highest priority wins, then the earliest sentence. */
function dedupe(found: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of found) {
    if (!c.dedupe) continue;
    const known = best.get(c.dedupe);
    if (!known || (c.priority ?? 0) > (known.priority ?? 0)) best.set(c.dedupe, c);
  }
  return found.filter((c) => !c.dedupe || best.get(c.dedupe) === c);
}
