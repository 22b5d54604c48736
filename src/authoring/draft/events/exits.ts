// Exits: people the article reports sacked, resigned, retired, gone or dead. A question in the
// present about their club ("Which club does Graham Potter manage?") would be false the moment
// the report is true, so it is asked in the past ("Which club did Graham Potter manage?").
import type { ReadSentence } from '../read-sentence';

const EXIT = /^[’']?\s*(?:,[^,;]{0,60},\s*)?(?:(?:has|have|had)\s+been\s+|was\s+|were\s+)?(?:(?:sacked|dismissed|fired|axed|relieved of (?:his|her) duties)\b|(?:has\s+|had\s+)?(?:left|quit|resigned|retired|died|departed|stepped down|passed away|parted company)\b)/i;
const PRESENT = /^(Which (?:club|national team|team|country)) (?:does|do) (.+) (manage|play for|coach|captain|represent)\?$/;

const cache = new WeakMap<object, Set<string>>();

/** Everyone a clause of the article reports leaving, by the name or pronoun right before the verb. */
export function exitedPeople(reads: readonly ReadSentence[]): Set<string> {
  const known = cache.get(reads);
  if (known) return known;
  const out = new Set<string>();
  for (const r of reads) {
    for (const n of r.names) if (n.kind === 'person' && EXIT.test(r.masked.slice(n.end, n.end + 90))) out.add(n.canonical);
    for (const c of r.clauses) {
      const ref = c.actor?.kind === 'person' ? c.actor.ref : undefined;
      if (ref && !c.actor!.possessive && EXIT.test(r.masked.slice(ref.end, ref.end + 90))) out.add(c.actor!.name);
    }
  }
  cache.set(reads, out);
  return out;
}

/** The question in the past when its person has left: never "does" of someone the article says is gone. */
export function pastForExits(ask: string, exits: ReadonlySet<string>): string {
  const m = PRESENT.exec(ask);
  return m && exits.has(m[2]!) ? `${m[1]} did ${m[2]} ${m[3]}?` : ask;
}
