// The phrase holding the span ("from West Ham", "36 goals", "in the 90th minute") and the wh-phrase
// that replaces it at the front of the question.
import { AUXILIARIES, finiteVerb, isBase, isParticiple } from '../verbs';
import { refuse, tokens, type Core, type Phrase, type Token, type WhInput } from './types';
import { entityWh, numericWh } from './span-wh';
import { ADVERBS, DETERMINERS, FOLLOWERS, GOAL, HEADS, PREPOSITIONS, ROLES } from './words';

/** Words of a description before a role: names, "and", "former", "fellow", "two-time". */
const DESCRIBES = /^(?:\p{Lu}[\p{L}’'-]*|former|fellow|[\p{L}]+-time)$/u;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

const unsafe = (input: WhInput, why: string): 'unsafe' => {
  refuse(input, why);
  return 'unsafe';
};

/** Between the verb and the span: a second finite verb after "and" takes over the question
 *  ("…and won his first cap in March 2019"); a comma, a participle, a subordinator or a pronoun
 *  means the span hangs on another verb ("after being released by Chelsea", "the shirt he wore at
 *  West Ham"), and no question is safe. */
export function secondVerb(input: WhInput, core: Core, phraseStart: number): { verb: Token; aux: string; base?: string } | 'unsafe' | undefined {
  const words = tokens(input.text, core.verb.end, phraseStart);
  let found: { verb: Token; aux: string; base?: string } | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text;
    const lw = w.toLowerCase().replace(/[,;:]$/, '');
    // "has died, aged 73": the age after a comma is still the verb's.
    if (/,$/.test(w) && i === words.length - 1 && input.kind === 'age') continue;
    if (/[,;:]$/.test(w)) return unsafe(input, 'a comma between the verb and the span: it may hang on another verb');
    if (lw === 'and' && words[i + 1]) {
      // "…and four months later led Chelsea": a short time phrase may sit before the verb.
      let j = i + 1;
      while (j < i + 5 && words[j] && !finiteVerb(words[j]!.text) && /^(?:then|later|also|\p{L}+|\d+)$/u.test(words[j]!.text) && /^(?:then|later|also|months?|years?|weeks?|days?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a|few|soon|after|eventually|finally)$/i.test(words[j]!.text)) j++;
      const next = words[j];
      const form = next ? finiteVerb(next.text) : undefined;
      if (next && (form?.tense === 'past' || form?.tense === 'present-s')) {
        found = { verb: next, aux: form.tense === 'past' ? 'did' : 'does', base: form.base };
        i = j;
        continue;
      }
      if (next && /^(?:was|were|is|are|has|have|had|will|would|can|could|may|might|must|should)$/i.test(next.text)) {
        found = { verb: next, aux: next.text.toLowerCase() };
        i = j;
        continue;
      }
    }
    // "…was the hero as Napoli bounced back from defeat at Inter Milan": "as" before a subject of its own.
    if (lw === 'as' && words[i + 1] && (/^\p{Lu}/u.test(words[i + 1]!.text) || /^(?:the|his|her|their|he|she|they|it)$/i.test(words[i + 1]!.text))) return unsafe(input, 'the span hangs on a subordinate or relative clause: “as”');
    if (/^(?:after|before|while|when|since|having|despite|following|whose|who|which|that|he|she|they|we|i|you|where|because|until|if|whether)$/.test(lw)) return unsafe(input, `the span hangs on a subordinate or relative clause: “${lw}”`);
    // "…to move past Alan Shearer": the span belongs to the infinitive, not to the clause's verb.
    // ("are set to face Real Madrid in…", "is expected to miss…": an infinitive in the verb chain is the verb.)
    const chain = /^(?:set|going|able|about|due|expected|likely|poised|ready|unable|on)$/i.test(words[i - 1]?.text ?? '');
    if (lw === 'to' && i > 1 && !chain && words[i + 1] && isBase(words[i + 1]!.text)) {
      const result = resultInfinitive(core, words, i);
      if (!result) return unsafe(input, 'the span belongs to an infinitive (“to …”), not to the clause’s verb');
      found = result;
      i++;
      continue;
    }
    // "opened the scoring": after a determiner an -ing word is a noun.
    // So after a possessive ("Argentina's upcoming friendlies"), and a few adjectives anywhere.
    if (/\p{Ll}ing$/u.test(lw) && (DETERMINERS.has(words[i - 1]?.text.toLowerCase() ?? '') || /[’']s?$/.test(words[i - 1]?.text ?? '') || /^(?:upcoming|outstanding|thrilling|stunning|amazing|remaining|reigning|ongoing|astonishing|sweeping|dazzling|promising|surprising|leading)$/.test(lw))) continue;
    if (/\p{Ll}ing$/u.test(lw) && lw.length > 5 && !/^(?:during|morning|evening|opening|signing|ending|meeting|spring|king|ring|thing|nothing|something|everything|outing|pudding|booking|wing|training|sporting|ranking|standing|building|sing)$/.test(lw)) return unsafe(input, `the span hangs on a participle: “${lw}”`);
  }
  return found;
}

/** Infinitives that report what the clause's action achieved ("scored … to send Plymouth Argyle to
 *  the final", "curled in a free-kick to put Bayern 2-0 up"), not what it only aimed at ("pushed
 *  forward to find an equaliser"). */
const RESULT_VERBS = new Set(['send', 'put', 'give', 'seal', 'secure', 'clinch', 'earn', 'reach', 'stun', 'complete', 'move', 'take', 'win',
  'lift', 'claim', 'extend', 'book', 'level', 'restore', 'double', 'wrap', 'hand', 'condemn', 'ensure', 'keep', 'set', 'beat', 'knock', 'dump',
  'eliminate', 'oust', 'overtake', 'equal', 'break', 'become', 'join', 'end', 'cap', 'round', 'edge', 'snatch', 'salvage', 'spark', 'inspire']);
/** Verbs whose infinitive is only an aim, or whose object does the infinitive ("allowed Fornals to take"). */
const NOT_ACHIEVED = /^(?:try|want|hope|aim|seek|plan|fail|refuse|need|expect|look|agree|decide|promise|threaten|offer|ask|vow|wish|intend|prepare|struggle|battle|fight|push|bid|allow|tell|urge|persuade|force|help|enable|leave|encourage|invite|order|advise|warn|get|wait|chase|hunt|press)$/;
/** Nouns and words before "to" that make the infinitive a possibility ("enough to pip", "a chance to win"). */
const NOT_A_RESULT = /^(?:enough|too|chance|chances|opportunity|bid|attempt|time|need|way|right|ability|desire|plan|plans|hope|hopes|effort|efforts|decision|offer|option|bid|failed|trying|tried|hoping|ready|able)$/i;

/** "…to send Plymouth Argyle to the League Two play-off final": the infinitive, when it reports the
 *  clause's own result, takes over the question with the clause's tense ("did Peter Hartley send"). */
function resultInfinitive(core: Core, words: readonly Token[], to: number): { verb: Token; aux: string; base?: string } | undefined {
  const verb = words[to + 1]!;
  const base = verb.text.toLowerCase();
  if (!RESULT_VERBS.has(base) || NOT_A_RESULT.test(words[to - 1]!.text.replace(/[,;:]$/, ''))) return undefined;
  // "had enough to pip Liverpool by a point to win…": an infinitive after another is that one's.
  if (words.slice(0, to).some((w, i) => w.text.toLowerCase() === 'to' && words[i + 1] && isBase(words[i + 1]!.text))) return undefined;
  const perfect = /^(?:has|have|had)$/.test(core.aux);
  // "has scored … to move past": the participle is the verb whose aim or result it is.
  const main = perfect ? finiteVerb(words[0]?.text ?? '')?.base : core.base;
  if (!main || NOT_ACHIEVED.test(main)) return undefined;
  // Only a reported event: a past, a present or a perfect of an active verb, and "will".
  const aux = perfect ? 'did' : core.aux;
  if (!/^(?:did|does|do|will)$/.test(aux)) return undefined;
  if (words.slice(0, to).some((w) => AUXILIARIES.has(w.text.toLowerCase()) || /^(?:been|being)$/i.test(w.text))) return undefined;
  return { verb, aux, base };
}

/** Where the conjunct holding the span ends: before "and <verb>", a comma, or a subordinate clause
 *  with a subject of its own ("… as Bayern Munich thrashed Union Berlin 5-1"): a question shows
 *  only its own clause, so two facts of one sentence do not give each other away. */
export function conjunctEnd(input: WhInput, core: Core, from: number): number {
  const words = tokens(input.text, from, core.end);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text.toLowerCase();
    if (i > 0 && subordinateAt(input, words, i)) return words[i]!.start;
    // "…secured their first trophy in 31 years which led to wild celebrations": a relative clause is not the question's.
    if (i > 0 && /^(?:which|who|whom|whose|that)$/.test(w) && words.slice(i + 1, i + 4).some((x) => finiteVerb(x.text) || AUXILIARIES.has(x.text.toLowerCase()))) return words[i]!.start;
    if (/[,;:]$/.test(words[i]!.text)) return words[i]!.end - 1;
    if (w !== 'and' && w !== 'but') continue;
    const ahead = words.slice(i + 1, i + 5);
    if (ahead.some((x) => finiteVerb(x.text) || /^\p{Ll}{3,}ed$/u.test(x.text) || AUXILIARIES.has(x.text.toLowerCase()) || /^(?:after|who|whom)$/i.test(x.text))) return words[i]!.start;
  }
  return core.end;
}

/** The phrase holding the span ("from West Ham", "36 goals", "in the 90th minute") and its wh-phrase. */
export function movedPhrase(input: WhInput, core: Core): Phrase | undefined {
  const { text, span, kind } = input;
  const words = tokens(text, core.lead ? core.lead.start : core.start, core.end);
  const at = words.findIndex((w) => span.start >= w.start && span.start < w.end);
  let last = words.findIndex((w) => span.end > w.start && span.end <= w.end);
  if (at < 0 || last < 0) return refuse(input, 'the span is not whole words of the clause');
  const tokenText = text.slice(words[at]!.start, words[last]!.end);
  if (/[’']s?$/.test(tokenText) && !/^\d/.test(tokenText)) return kind === 'person' && /[’']s$/.test(tokenText) ? whosePhrase(input, core, words, at, last) : refuse(input, 'the span is a possessive (“X’s …”)');
  const spanEndsToken = span.end === words[last]!.end || /^[,;.:)]+$/.test(text.slice(span.end, words[last]!.end));
  // NP: determiners before, a head noun or unit after.
  let first = at;
  while (first > 0 && DETERMINERS.has(words[first - 1]!.text.toLowerCase())) first--;
  const lower = (i: number) => words[i]?.text.toLowerCase().replace(/[,;.:]+$/, '');
  let wh: string | undefined;
  let head: string | undefined;
  let keep: string | undefined;
  /** A time phrase of its own ("two minutes before half-time"): no preposition or object slot needed. */
  let adjunct = false;
  const isName = !['score', 'minute', 'money', 'age', 'rank', 'count', 'attendance', 'date', 'year', 'duration'].includes(kind);
  if (isName) {
    if (!spanEndsToken) return refuse(input, 'the name is part of a longer word');
    // "winger Nicolas Pépé", "champions Manchester City": the role goes with the name.
    const roleAt = first > 0 && ROLES.test(words[first - 1]!.text) ? first - 1 : -1;
    while (first > 0 && ROLES.test(words[first - 1]!.text)) first--;
    // "Chelsea and Australia striker Sam Kerr", "Pompey keeper Ryan Allsop": the description up to
    // the role becomes the wh-phrase ("which Chelsea and Australia striker").
    let described: string | undefined;
    if (kind === 'person' && roleAt >= 0) {
      let d = first;
      while (d > 0 && d > first - 6 && DESCRIBES.test(words[d - 1]!.text) && !FOLLOWERS.has(words[d - 1]!.text.toLowerCase()) || (d > 0 && words[d - 1]!.text === 'and' && /^\p{Lu}/u.test(words[d]!.text) && /^\p{Lu}/u.test(words[d - 2]?.text ?? ''))) d--;
      if (d < first && words.slice(d, roleAt + 1).every((w) => !/[,;:]$/.test(w.text))) {
        described = words.slice(d, roleAt + 1).map((w) => w.text).join(' ');
        first = d;
      }
    }
    while (first > 0 && DETERMINERS.has(words[first - 1]!.text.toLowerCase())) first--;
    const next = lower(last + 1);
    // "beat Chelsea and Australia striker Sam Kerr": which of two joined names is meant is not safe.
    if (next === 'and' && /^\p{Lu}/u.test(words[last + 2]?.text ?? '') && !/[,;.:]$/.test(words[last]!.text)) return refuse(input, 'two names joined by “and”: which one is asked is not safe');
    if (next && !FOLLOWERS.has(next) && !/^\d{1,2}[-–]\d{1,2}[,;.]?$/.test(next) && !/[,;.:]$/.test(words[last]!.text)) {
      if (kind === 'competition' && /^\p{Ll}[\p{Ll}-]+$/u.test(next) && !finiteVerb(next) && !isBase(next)) {
        // "the Europa Conference League title" asks "which title"; "the Champions League
        // quarter-finals" asks "which competition's quarter-finals".
        head = HEADS.test(next) ? next : `competition’s ${next}`;
        last++;
      } else return refuse(input, `the name is part of a longer phrase: “${next}”`);
    }
    const name = input.names.find((n) => n.start === span.start && n.end === span.end);
    wh = described ? `which ${/^(?:Former|Fellow|Two-time|Three-time)$/.test(described.split(' ')[0]!) ? described.charAt(0).toLowerCase() + described.slice(1) : described}` : entityWh(kind, name, input.women, head);
    // "at Euro 2012 and World Cup 2014": the second of two is asked "other than" the first.
    const left = words[first - 2];
    const partner = lower(first - 1) === 'and' && left ? input.names.find((n) => n.kind === name?.kind && n.end === left.end - (/,$/.test(left.text) ? 1 : 0)) : undefined;
    if (wh && partner) {
      let p = words.findIndex((w) => w.start === partner.start);
      if (p < 0) return refuse(input, 'two names joined by “and”: which one is asked is not safe');
      while (p > 0 && DETERMINERS.has(words[p - 1]!.text.toLowerCase())) p--;
      wh = `${wh} other than ${text.slice(partner.start, partner.end)}`;
      first = p;
    }
  } else {
    const value = numericWh(kind, words, at, last, lower, input.unit);
    if (!value) return refuse(input, `the ${kind} is not in a shape the drafter asks about: “${text.slice(words[at]!.start, words[last]!.end)}”`);
    ({ wh } = value);
    keep = value.keep;
    adjunct = !!value.adjunct;
    last = value.last;
    first = value.first ?? first;
    while (first > 0 && DETERMINERS.has(words[first - 1]!.text.toLowerCase())) first--;
    // "two minutes before half-time": the whole time phrase moves ("How many minutes before half-time").
    const relation = lower(last + 1);
    if ((kind === 'count' || kind === 'duration') && /^how many (?:minutes|seconds|days|weeks|months|years|games|matches)$/.test(wh) && relation && /^(?:before|after)$/.test(relation)) {
      let j = last + 2;
      while (j < words.length && j < last + 6 && !/[,;:]$/.test(words[j - 1]!.text) && (j === last + 2 || !FOLLOWERS.has(lower(j)!)) && !finiteVerb(words[j]!.text) && !/ing$/.test(lower(j)!)) j++;
      // The phrase must end where a noun phrase ends: the clause's end, a comma or a preposition.
      const ended = j === words.length || /[,;:]$/.test(words[j - 1]!.text) || FOLLOWERS.has(lower(j)!);
      if (j === last + 2 || !ended) return refuse(input, 'a time phrase (“… minutes after …”) not read to its end');
      wh = `${wh} ${words.slice(last + 1, j).map((w) => w.text).join(' ').replace(/[,;:.]+$/, '')}`;
      last = j - 1;
      adjunct = true;
    }
  }
  if (!wh) return refuse(input, `no wh-word for this ${kind}`);
  // "after just seven months" asks "After how many months": the hedge leaves with the number.
  const hedged = !isName && /^(?:just|only|nearly|almost|barely|around|about)$/.test(lower(first - 1) ?? '') && PREPOSITIONS.has(lower(first - 2) ?? '');
  if (hedged) {
    words.splice(first - 1, 1);
    first--;
    last--;
  }
  const prep = lower(first - 1);
  let start = words[first]!.start;
  const end = words[last]!.end - (/[,;.:]+$/.exec(words[last]!.text)?.[0].length ?? 0);
  if (adjunct) { /* a whole time phrase */ }
  else if (wh === 'at what age') { /* "at the age of 74", "aged 73": the phrase holds its own preposition */ }
  else if (kind === 'date' && WEEKDAY.test(prep ?? '') && lower(first - 2) === 'on') {
    // "on Wednesday, May 31, 2023" asks "When".
    start = words[first - 2]!.start;
    wh = 'when';
  } else if (prep === 'in' && lower(first - 2) === 'front' && lower(first - 3) === 'in' && kind === 'attendance') {
    start = words[first - 3]!.start;
    wh = `in front of how many spectators`;
  } else if (prep === 'of' && isName && DETERMINERS.has(lower(first - 3) ?? '') && PREPOSITIONS.has(lower(first - 4) ?? '') && /^\p{Ll}[\p{Ll}-]+$/u.test(lower(first - 2) ?? '') && !/[,;:]$/.test(words[first - 2]!.text)) {
    // "in the final of the Europa League" asks "In the final of which competition".
    start = words[first - 4]!.start;
    wh = `${lower(first - 4)} ${lower(first - 3)} ${lower(first - 2)} of ${wh}`;
  } else if (kind === 'rank' && prep && PREPOSITIONS.has(prep) && words.slice(Math.max(0, first - 5), first - 1).some((w, i, all) => PREPOSITIONS.has(w.text.toLowerCase()) && DETERMINERS.has(all[i + 1]?.text.toLowerCase() ?? ''))) {
    // "on their way to the fourth round": the rank belongs to a phrase inside a phrase, not to the verb.
    return refuse(input, 'the rank is inside a phrase of a phrase (“on their way to the fourth round”)');
  } else if (prep === 'in' && kind === 'rank' && GOAL.test(wh.split(' ').at(-1)!) && words[first - 2]?.start === core.verb.start) {
    // "headed in Chelsea's second goal": "in" is the verb's particle, the goal its object.
  } else if (prep === 'to' && lower(first - 2) === 'up') {
    // "up to eight matches" is a limit, and "as well as up to…" hangs on what came before.
    return refuse(input, '“up to” a number: a limit, not a place the verb goes to');
  } else if (prep && PREPOSITIONS.has(prep)) {
    start = words[first - 1]!.start;
    if (kind === 'money' && /^(?:for what fee)$/.test(wh)) { /* the deal phrase replaces its preposition */ }
    else if (kind === 'date' && wh === 'when') { /* "in May 2017", "on October 5, 2022" ask "When" */ }
    else if (kind === 'duration' && prep === 'in') return refuse(input, 'a duration after “in” is no duration of the verb'); // "first trophy in 31 years" is no duration of the verb
    else if (kind === 'team' && (prep === 'in' || prep === 'at')) wh = `${prep} which country`;
    else if (prep === 'aged') { /* "aged 86" asks "At what age" */ }
    else wh = `${prep} ${wh === 'who' ? 'whom' : wh}`;
  } else if (kind === 'date' || kind === 'year' || kind === 'minute' || kind === 'age' || kind === 'attendance') return refuse(input, `a ${kind} with no preposition before it`);
  else if (first - 1 >= 0 && !isObjectSlot(words, first - 1, core)) return refuse(input, 'the span is neither the verb’s object nor after a preposition');
  return { start, end, wh, ...(keep ? { keep } : {}) };
}

/** "fingertipping Matteo Politano’s spot-kick onto the upright" → "whose spot-kick": a person's
 *  possession asked with its own noun, as the object or after a preposition. */
export function whosePhrase(input: WhInput, core: Core, words: Token[], at: number, nameEnd: number): Phrase | undefined {
  let last = nameEnd;
  const nouns: string[] = [];
  while (words[last + 1] && nouns.length < 3) {
    const w = words[last + 1]!.text;
    const clean = w.replace(/[,;.:]+$/, '');
    if (FOLLOWERS.has(clean.toLowerCase()) || DETERMINERS.has(clean.toLowerCase()) || finiteVerb(clean) || /\d/.test(clean)) break;
    nouns.push(clean);
    last++;
    if (clean !== w) break;
  }
  if (nouns.length === 0 || /(?:ed|ing)$/.test(nouns.at(-1)!)) return refuse(input, 'a possessive (“X’s”) with no noun after it');
  let first = at;
  while (first > 0 && (ROLES.test(words[first - 1]!.text) || DETERMINERS.has(words[first - 1]!.text.toLowerCase()))) first--;
  const prep = words[first - 1]?.text.toLowerCase();
  const end = words[last]!.end - (/[,;.:]+$/.exec(words[last]!.text)?.[0].length ?? 0);
  const wh = `whose ${nouns.join(' ')}`;
  // "turned in Wassmuth's cross": a particle right after the verb stays with it ("…turn in?").
  const particle = prep && /^(?:in|on|up|off|out|over|down|away|home)$/.test(prep) && first >= 2 && words[first - 2]!.start === core.verb.start;
  if (particle) return { start: words[first]!.start, end, wh };
  if (prep && PREPOSITIONS.has(prep)) return { start: words[first - 1]!.start, end, wh: `${prep} ${wh}` };
  return first > 0 && isObjectSlot(words, first - 1, core) ? { start: words[first]!.start, end, wh } : refuse(input, 'the span is neither the verb’s object nor after a preposition');
}

/** An object right after the clause's verb ("signed Rice", "scored 36 goals", "will pay £100m"). */
export function isObjectSlot(words: Token[], i: number, core: Core): boolean {
  const w = words[i]!;
  if (w.start < core.verb.start) return false;
  if (w.start === core.verb.start) return true;
  // "…to stun Ipswich Town": the object of an infinitive (secondVerb decides whether it may be asked).
  if (words[i - 1]?.text.toLowerCase() === 'to' && isBase(w.text)) return true;
  if (!finiteVerb(w.text) && !isParticiple(w.text) && !isBase(w.text)) return false;
  // "…and are set to face Real Madrid": the verb of a second conjunct anchors its own object.
  const anchor = words.findLast((x, j) => x.start >= core.verb.start && x.start < w.start && (x.start === core.verb.start || (words[j - 1]?.text === 'and' && (AUXILIARIES.has(x.text.toLowerCase()) || !!finiteVerb(x.text)))))!;
  // "has scored", "was fined", "will pay", "went on to beat": the participle or base after the auxiliary.
  const between = words.filter((x) => x.start > anchor.start && x.start <= w.start);
  return between.length <= 3 && between.slice(0, -1).every((x) => ADVERBS.test(x.text) || AUXILIARIES.has(x.text.toLowerCase()) || /^(?:been|to|on|set|going|about|able)$/.test(x.text) || isParticiple(x.text)) && /^\p{Ll}+$/u.test(w.text);
}

const CLAUSE_OPENERS = /^(?:as|while|when|whilst|before|after|because|since|until|though|although|whereas|once|if)$/;
const SUBJECT_WORDS = /^(?:the|a|an|his|her|their|its|he|she|they|it|we|i|you|both|all)$/i;

/** Does a subordinate clause with its own subject and finite verb open at word i ("as the Blues
 *  scored", "since they have also qualified", "after Matteo Politano had blown")? "after a short
 *  illness" and "before half-time" are phrases, not clauses, and stay. */
export function subordinateAt(input: WhInput, words: readonly Token[], i: number): boolean {
  if (!CLAUSE_OPENERS.test(words[i]!.text.toLowerCase())) return false;
  const next = words[i + 1];
  if (!next || !(SUBJECT_WORDS.test(next.text) || /^\p{Lu}/u.test(next.text))) return false;
  let owner = -1;
  for (let j = i + 1; j < Math.min(words.length, i + 7); j++) {
    const w = words[j]!.text.replace(/[,;:.]+$/, '');
    // "after Beth England's sumptuous curled opener" is a noun phrase; "although Kieran McKenna's
    // side were frustrated" a clause: after a possessive, only an auxiliary tells.
    if (/[’']s$/.test(w)) { owner = j; continue; }
    if (owner >= 0 && j > owner + 1) {
      if (AUXILIARIES.has(w.toLowerCase())) return true;
      continue;
    }
    if (j > i + 1 && (AUXILIARIES.has(w.toLowerCase()) || finiteVerb(w) || (/^\p{Ll}{3,}ed$/u.test(w) && !isBase(w)))) return true;
    if (/[,;:]$/.test(words[j]!.text)) return false;
  }
  return false;
}

/** Where the clause from `from` ends before a subordinate clause of its own, else `to`. What is
 *  left must still say something ("was the hero of the night" keeps its "as …"): `least` characters. */
export function subordinateEnd(input: WhInput, from: number, to: number, least = 28): number {
  const words = tokens(input.text, from, to);
  for (let i = 1; i < words.length; i++) if (subordinateAt(input, words, i)) return words[i]!.start - from >= least ? words[i]!.start : to;
  return to;
}
