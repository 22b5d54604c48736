// The wh-phrase a typed span is asked by: "how much" for a fee, "in which minute" for a goal's
// minute, "which Bundesliga title" for an ordinal, "which stadium" for a ground.
import { CITIES, VENUES } from '../data/places';
import { fold, type Name } from '../names';
import { AUXILIARIES, finiteVerb, isBase } from '../verbs';
import type { SpanKind, Token } from './types';
import { DEAL, DETERMINERS, FOLLOWERS, GOAL, PREPOSITIONS } from './words';

const CITY_NAMES = new Set(CITIES.map(fold));
const STADIUM_NAMES = new Set(VENUES.map(fold));

export function numericWh(kind: SpanKind, words: Token[], at: number, last: number, lower: (i: number) => string | undefined, unit?: string): { wh: string; last: number; first?: number; keep?: string; adjunct?: boolean } | undefined {
  const token = words[at]!.text;
  switch (kind) {
    case 'money': {
      if (DEAL.test(lower(last + 1) ?? '')) return { wh: 'for what fee', last: last + 1 };
      // "a club-record £105m" is still the fee; "an initial £100m" is not the whole of it.
      let first = at;
      while (first > 0 && /^(?:[\w-]*record|reported)$/.test(lower(first - 1) ?? '')) first--;
      const before = lower(first - 1);
      if (before && !DETERMINERS.has(before) && !PREPOSITIONS.has(before) && !finiteVerb(before) && !isBase(before) && !/^\p{Ll}{3,}ed$/u.test(before)) return undefined;
      let end = last;
      while (/^(?:million|billion|m|bn|pounds|euros|dollars|francs)[,;.]?$/i.test(words[end + 1]?.text ?? '')) end++;
      if (DEAL.test(lower(end + 1) ?? '')) return { wh: 'for what fee', last: end + 1 };
      return { wh: 'how much', last: end, first };
    }
    case 'minute': {
      // "headed a 128th-minute equaliser" asks "In which minute did … head the equaliser".
      const noun = lower(last + 1);
      if (/^\d+(?:st|nd|rd|th)-minute$/.test(token) && noun && GOAL.test(noun)) return { wh: 'in which minute', last: last + 1, keep: `the ${noun}` };
      if (/-minute/.test(token)) return undefined;
      if (lower(last + 1) === 'minute') return { wh: 'which minute', last: last + 1 };
      return undefined;
    }
    case 'count': {
      // "scored three times", "hit the woodwork three times": how often, wherever it stands.
      if (lower(last + 1) === 'times' && !/-/.test(token)) return { wh: 'how many times', last: last + 1, adjunct: true };
      if (!unit || /-/.test(token)) return undefined;
      // "36 Premier League goals": the words up to the unit are part of the question.
      for (let j = last + 1; j <= last + 4 && j < words.length; j++) {
        const w = lower(j)!;
        if (w === unit || w === `${unit}s` || w.replace(/s$/, '') === unit.replace(/s$/, '')) {
          const words_ = words.slice(last + 1, j + 1).map((x) => x.text.replace(/[,;.:]+$/, '')).join(' ');
          if (/[,;]/.test(words.slice(last + 1, j).map((x) => x.text).join(' '))) return undefined;
          return { wh: `how many ${words_}`, last: j };
        }
        if (!/^(?:[\p{Ll}-]+|[\p{Lu}][\p{L}’'-]+)$/u.test(words[j]!.text) || FOLLOWERS.has(w) || DETERMINERS.has(w)) break;
      }
      return undefined;
    }
    case 'duration': {
      const dash = /^[\p{L}\d]+-(?:and-a-half-)?(year|month|week|day|season)(?:s)?(?:-long)?$/u.exec(token);
      if (dash) {
        const noun = lower(last + 1);
        if (!noun || !/^(?:contract|deal|ban|spell|absence|wait|suspension|extension|stint|reign|loan|run|drought|stay)$/.test(noun)) return undefined;
        return { wh: `how long a ${noun}`, last: last + 1 };
      }
      const next = lower(last + 1);
      if (next && /^(?:years?|months?|weeks?|days?|seasons?|decades?|minutes?|games?|matches)$/.test(next)) {
        const unitWh = `how many ${next === 'match' || next === 'matches' ? 'matches' : next.replace(/^(\w+?)s?$/, '$1s')}`;
        // "seven months in charge" stays one phrase.
        if (lower(last + 2) === 'in' && lower(last + 3) === 'charge') return { wh: `${unitWh} in charge`, last: last + 3 };
        return { wh: unitWh, last: last + 1 };
      }
      return undefined;
    }
    case 'age':
      if (lower(at - 1) === 'aged') return { wh: 'at what age', last, first: at - 1 };
      if (lower(at - 1) === 'of' && lower(at - 2) === 'age' && lower(at - 3) === 'the' && lower(at - 4) === 'at') return { wh: 'at what age', last, first: at - 4 };
      return undefined;
    case 'date':
      return /^\d{4}$/.test(lower(last) ?? '') || lower(last)?.match(/^\d{4}[,.]?$/) ? { wh: 'when', last } : { wh: 'what date', last };
    case 'year':
      return { wh: 'which year', last };
    case 'rank':
      if (lower(last + 1) === 'minute') return { wh: 'which minute', last: last + 1 };
      return rankWh(words, at, last, lower);
    case 'attendance':
      if (/^(?:fans|spectators|supporters|people)$/.test(lower(last + 1) ?? '')) return { wh: `how many ${lower(last + 1)}`, last: last + 1 };
      return { wh: 'how many', last };
    default:
      return undefined;
  }
}

export function entityWh(kind: SpanKind, name: Name | undefined, women: boolean, head?: string): string | undefined {
  switch (kind) {
    case 'person':
      return 'who';
    case 'club':
      return 'which club';
    case 'team':
      return women ? 'which national team' : 'which country';
    case 'competition':
      return head ? `which ${head}` : name?.year ? 'which tournament' : 'which competition';
    case 'venue':
      if (!name) return undefined;
      if (STADIUM_NAMES.has(fold(name.text))) return 'which stadium';
      if (CITY_NAMES.has(fold(name.text))) return 'which city';
      return /Stadium|Arena|Park|Stade|Estadio|Estádio|Stadio|Ground|Road|Lane|Bridge/.test(name.text) ? 'which stadium' : undefined;
    case 'award':
      return 'which award';
    default:
      return undefined;
  }
}

/** Nouns an ordinal counts that make no question ("for the first time"). */
const RANKED = /^(?:goal|title|trophy|round|place|win|victory|defeat|season|cap|appearance|game|match|final|hat-trick|penalty|medal|award|crown|championship|spell|stint|campaign|semi-final|quarter-final|start|double|treble|triumph)$/;

/** "their first Bundesliga title" → "which Bundesliga title", "Chelsea's second goal" → "which
 *  Chelsea goal", "the fifth round" → "which round", "into second place" → "which place": the
 *  ordinal asked by the noun it counts (the options are ordinals, so the question reads plainly). */
function rankWh(words: readonly Token[], at: number, last: number, lower: (i: number) => string | undefined): { wh: string; last: number; first?: number } | undefined {
  const nouns: string[] = [];
  let j = last + 1;
  // The noun phrase up to the first noun an ordinal counts ("Bundesliga title", "Chelsea goal").
  for (; j < words.length && nouns.length < 3; j++) {
    const raw = words[j]!.text;
    const w = raw.replace(/[,;.:]+$/, '');
    if (!/^[\p{L}-]+$/u.test(w) || FOLLOWERS.has(w.toLowerCase()) || DETERMINERS.has(w.toLowerCase()) || finiteVerb(w) || AUXILIARIES.has(w.toLowerCase()) || /[’']s$/.test(w)) break;
    nouns.push(w);
    if (RANKED.test(w.toLowerCase()) || raw !== w) { j++; break; }
  }
  const head = nouns.at(-1);
  if (!head || !RANKED.test(head) || nouns.slice(0, -1).some((n) => /^\p{Ll}/u.test(n))) return undefined;
  const before = words[at - 1]?.text;
  // "Chelsea's second goal": the possessor names whose; "his 33rd goal", "the fifth round": no one else's.
  const owner = before && /[’']s$/.test(before) && /^\p{Lu}/u.test(before) ? before.replace(/[’']s$/, '') : undefined;
  const first = owner || (before && DETERMINERS.has(before.toLowerCase())) ? at - 1 : at;
  void lower;
  return { wh: `which ${owner ? `${owner} ` : ''}${nouns.join(' ')}`, last: j - 1, first };
}
