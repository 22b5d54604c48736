// Counts written in words or digits: "scored four goals during the tournament".
import { slug, type Candidate } from '../candidate';
import { cloze } from '../cloze';
import { matches, spans } from '../nlp';
import { PATTERN as STATS } from './stats';
import { aboutSubject, base, wholeNumber, type Finder } from './shared';
import { tournamentMentions } from './tournaments';

const NOUNS = '(goals|assists|caps|appearances|titles|trophies|hat-tricks|penalties)';
const VERB: Record<string, [string, string]> = {
  goals: ['score', 'scored'], assists: ['provide', 'provided'], caps: ['win', 'won'], appearances: ['make', 'made'],
  titles: ['win', 'won'], trophies: ['win', 'won'], 'hat-tricks': ['score', 'scored'], penalties: ['score', 'scored'],
};

export const findCounts: Finder = (view, ctx) => {
  if (!aboutSubject(view, ctx)) return [];
  const taken = spans(view.doc.match(STATS), view.text).map((s) => [s.start, s.start + s.text.length] as const);
  const out: Candidate[] = [];
  for (const m of matches(view.doc, `[<n>#Value+] [<what>${NOUNS}]`)) {
    const at = spans(m, view.text)[0];
    if (!at || taken.some(([from, to]) => at.start >= from && at.start < to)) continue;
    const n = wholeNumber(m.groups('n'));
    if (n === undefined) continue;
    const what = m.groups('what').text('normal');
    const [verb, past] = VERB[what] ?? ['get', 'got'];
    const tournament = tournamentMentions(view)[0];
    const numberText = m.groups('n').text();
    const base_ = { ...base('count', view, ctx), answer: { type: 'number' as const, value: n, unit: what }, min: 0 };
    if (tournament) {
      out.push({
        ...base_, key: `${slug(tournament.name)}-${what}`,
        relation: `${what} at ${tournament.name}`,
        ask: `How many ${what} did ${ctx.subject} ${verb} at ${tournament.name}?`,
        statement: `${ctx.subject} ${past} {answer} ${what} at ${tournament.name}.`,
        maxKey: `total:${what}`,
      });
      continue;
    }
    const gap = cloze(view.text, [numberText]);
    if (!gap) continue;
    out.push({ ...base_, key: `${what}-${n}`, relation: `${what} (${view.sentence.number})`, ...gap, maxKey: `total:${what}` });
  }
  return out;
};
