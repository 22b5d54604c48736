// Typed value spans in a sentence, found by patterns rather than NLP (which reads "64th minute"
// as a date and "Euro 2024" as money): scores, minutes, money, ages, ranks, counts, attendances,
// dates, years and durations. Each span is the article's own text, so a gap-fill is true by
// construction; `answer` is that text normalised ("four" → 4, "£105m" → 105).
import type { Answer } from '../../domain/pack/schema';
import { monthNumber } from './dates';
import { NUMBER, ORDINAL, parseNumber, parseOrdinal, writeOrdinal } from './numbers';

export type ValueKind = 'score' | 'minute' | 'money' | 'age' | 'rank' | 'count' | 'attendance' | 'date' | 'year' | 'duration';

export interface Value {
  kind: ValueKind;
  /** The characters blanked in the gap-fill. */
  start: number;
  end: number;
  text: string;
  answer: Answer;
  /** Numeric bounds for wrong answers (years for dates). */
  min?: number;
  max?: number;
  /** Near misses for a text answer (other scores, ranks, minutes), all false for this sentence. */
  wrong?: string[];
  /** What the number counts ("goals", "£m"), for the relation and the explanation. */
  unit?: string;
  /** "six of his seven": the span that bounds this one from above. */
  ofStart?: number;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const UNIT_NOUNS = 'goals?|caps?|appearances?|games?|matches|match|times|titles?|trophies|trophy|assists?|hat-tricks?|seasons?|clean sheets?|points?|wins?|victories|defeats?|league titles?|medals?|players?|clubs?|tournaments?|World Cups|finals?|penalties|penalty|saves?|shots?|cards?|red cards?|yellow cards?|starts?|substitute appearances|international goals|league goals|Premier League goals|Champions League goals|major trophies|major titles|league games|league matches|international caps|internationals|Ballons d’Or|Ballon d’Or awards|occasions|successive|consecutive|straight|managers?|coaches|countries|languages|children|sons|daughters|grandchildren|records?|breaches|charges|offences|bets|changes|places|representatives|stars|nominations|substitutions';
const RANK_NOUNS = 'side|Scudetto|crown|treble|double|world title|European Cup|English|British|Spanish|Italian|German|French|men’s|men\'s|women’s|women\'s|ever|most|top|highest|leading|all-time|biggest|best|youngest|oldest|fastest|straight|successive|consecutive|career|international|league|title|trophy|goal|hat-trick|appearance|cap|Ballon|time|place|season|final|major|player|woman|man|team|club|country|nation|manager|coach|European|World|Premier|Champions|successive|win|championship|round|minute|birthday|anniversary|scorer|goalscorer|record|highest-scoring|edition|instalment|staging';
const DURATION_NOUNS = 'absence|contract|deal|spell|ban|reign|stint|career|wait|drought|exile|run|extension|tenure|suspension|hiatus|break|association|partnership|unbeaten run|loan|stay|period|span|gap|stranglehold|dominance|grip|hold|wait';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_NAME = `(?:${MONTH_NAMES.join('|')})`;

const re = (source: string, flags = 'giu') => new RegExp(source, flags);
const PATTERNS: readonly [ValueKind, RegExp][] = [
  ['date', re(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTH}),? (\\d{4})\\b`)],
  ['date', re(`\\b(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`)],
  ['date', re(`\\b(${MONTH}) (?:of )?(\\d{4})\\b`)],
  ['date', re(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTH})(?!\\p{L})(?!,? \\d)`)],
  ['date', re(`\\b(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)(?!:)`)],
  // "in August", "since October": a month alone, after a word that makes it a time.
  ['date', re(`(?<=\\b(?:in|since|until|till|by|from|during|last|next|early|late|mid-|this|that|of)\\s)(${MONTH_NAME})\\b(?![ ,]+\\d)`)],
  ['money', re(`(?:£|€|\\$|US\\$)\\s?(\\d+(?:[.,]\\d+)?)\\s?(m|mn|bn|k|million|billion|thousand)?\\b`)],
  ['money', re(`\\b(\\d+(?:\\.\\d+)?) (million|billion) (pounds|euros|dollars|francs)\\b`)],
  ['money', re(`\\b(\\d{1,3}(?:,\\d{3})+) ()(?:Swiss )?(francs|pounds|euros|dollars)\\b`)],
  ['score', re(`(?<![\\d.,:–-])(\\d{1,2}) ?[-–] ?(\\d{1,2})(?![\\d–-])(?!\\s?(?:minute|year|day|month))`)],
  ['minute', re(`\\b(\\d{1,3})(st|nd|rd|th)(?=[- ]minute\\b)`)],
  ['minute', re(`\\b(?:on|after|in|inside|within) (\\d{1,3}) minutes\\b`)],
  ['minute', re(`\\b(stoppage time|injury time|added time)\\b`)],
  ['minute', re(`(?<=\\bin the )(\\d{1,3})(st|nd|rd|th)\\b(?=[,.;]| and| before| after| to| with| when| as)`)],
  ['age', re(`\\b(?:aged|age of|at the age of) (\\d{1,3})\\b`)],
  ['age', re(`\\b(\\d{1,3})-year-old\\b`)],
  ['age', re(`\\b(\\d{1,2}) years,? and (\\d{1,3}) days\\b`)],
  ['age', re(`\\b(?:turned|turns|turning|would have been) (\\d{1,3})\\b`)],
  ['age', re(`\\p{Lu}[\\p{L}’'-]*\\p{L}(, (1[5-9]|[2-9]\\d), )(?=\\p{Ll})`)],
  ['attendance', re(`\\b(?:crowd of|attendance of|in front of|watched by) (\\d{1,3}(?:,\\d{3})+|\\d{4,6})\\b`)],
  ['attendance', re(`\\b(\\d{1,3}(?:,\\d{3})+) (?:fans|spectators|supporters|people)\\b`)],
  ['attendance', re(`\\b(\\d{1,3}(?:,\\d{3})+) (?:home |away |capacity |sell-out |strong )?(?:crowd|attendance)\\b`)],
  // "an 18-year Leeds career": one capitalised word (the club) may stand between.
  ['duration', re(`\\b(${NUMBER})[- ](?:and-a-half[- ])?(years?|months?|weeks?|days?|seasons?)(?:-long)?[- ](?:[\\p{Lu}][\\p{L}’'-]+ )?(?:${DURATION_NOUNS})\\b`)],
  ['duration', re(`\\b(?:for|after|in|over|spanning|lasting|just) (${NUMBER}) (years|months|weeks|days|seasons|decades|seconds|minutes)\\b`)],
  ['duration', re(`\\b(${NUMBER}) (seconds|minutes|days|weeks|months|years) (?:later|after|before|earlier|into|ago|on)\\b`)],
  ['rank', re(`\\b(${ORDINAL})(?=[- ](?:[\\w’'-]+ )?(?:${RANK_NOUNS})\\b)`)],
  ['count', re(`\\b(${NUMBER}) of (?:his|her|their|the|its) (?:first |last |opening |final )?(${NUMBER})\\b`)],
  ['count', re(`\\b(?:all )?(${NUMBER}) of (?:his|her|their|its|them|these|those)(?: (?:first |last )?(?:[\\w’'-]+ ){0,2}(${UNIT_NOUNS}))?\\b`)],
  // "four of seven alleged breaches": the part, and the whole that bounds it.
  ['count', re(`\\b(${NUMBER}) of (${NUMBER})(?= (?:[\\p{Ll}-]+ )?(?:${UNIT_NOUNS})\\b)`)],
  ['count', re(`\\b(${NUMBER})-(time)\\b`)],
  ['count', re(`\\bnumber (\\d{1,2}) (shirt)\\b`)],
  // "bearing Bell's number eight": a shirt number after a possessive, in words or digits.
  ['count', re(`(?<=(?:\\bhis|\\bher|[’']s) number )(${NUMBER})\\b(?! (?:of|one|two)\\b)`)],
  ['count', re(`\\b(${NUMBER})(?: (?:more|further|international|league|competitive|senior|major|career|consecutive|straight|successive|top-flight|official|[\\p{Lu}][\\p{L}’'-]+)){0,3} (${UNIT_NOUNS})\\b`)],
  ['year', re(`(?<![\\d£€$-])\\b((?:18[5-9]|19\\d|20[0-4])\\d)\\b(?![-–/]\\d)`)],
];

/** Every value span in `text`, earlier kinds winning overlaps; spans in [from, to) windows only. */
export function findValues(text: string, allowed: (start: number, end: number) => boolean, today: string): Value[] {
  const out: Value[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const todayYear = Number(today.slice(0, 4));
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const whole: [number, number] = [m.index, m.index + m[0].length];
      if (!free(...whole)) continue;
      const made = make(kind, m, todayYear).filter((v) => allowed(v.start, v.end));
      for (const v of made) out.push(v);
      if (made.length > 0) taken.push(whole);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function group(m: RegExpMatchArray, n: number): { text: string; start: number } {
  const text = m[n]!;
  const offset = m[0].indexOf(text, n > 1 ? m[0].indexOf(m[n - 1]!) + m[n - 1]!.length : 0);
  return { text, start: m.index! + offset };
}

const span = (m: RegExpMatchArray, n: number) => {
  const g = group(m, n);
  return { start: g.start, end: g.start + g.text.length, text: g.text };
};

function make(kind: ValueKind, m: RegExpMatchArray, todayYear: number): Value[] {
  const number = (n: number) => parseNumber(m[n]!);
  switch (kind) {
    case 'date': {
      const whole = { start: m.index!, end: m.index! + m[0].length, text: m[0] };
      if (m[2] === undefined) return monthAlone(whole, m.input ?? '');
      const [d, mo, y] = /^\d/.test(m[1]!) ? [Number(m[1]), m[2], m[3]!] : m[3] ? [Number(m[2]), m[1]!, m[3]] : [undefined, m[1]!, m[2]];
      const month = monthNumber(mo.replace('.', ''));
      if (!month) return [];
      if (y === undefined || !/^\d{4}$/.test(y)) return dayOfMonth(whole, Number(/^\d/.test(m[1]!) ? m[1] : m[2]), mo);
      const pad = (n: number) => String(n).padStart(2, '0');
      const value = d ? `${y}-${pad(month)}-${pad(d)}` : `${y}-${pad(month)}`;
      if (d && (d < 1 || d > 31)) return [];
      return [{ kind, ...whole, answer: { type: 'date', value }, ...yearBounds(Number(y), todayYear) }];
    }
    case 'money': {
      const s = span(m, 1);
      const value = Number(m[1]!.replace(',', '.'));
      const scale = (m[2] ?? '').toLowerCase();
      const symbol = /£/.test(m[0]) ? '£' : /€/.test(m[0]) ? '€' : /\$/.test(m[0]) ? '$' : m[3] ? ` ${m[3]}` : '';
      if (/,/.test(m[1]!)) return [{ kind, ...s, answer: { type: 'number', value: parseNumber(m[1]!) ?? 0, unit: m[3] ?? 'money' }, min: 0, unit: m[3] ?? 'money' }];
      const unit = `${symbol}${scale === 'm' || scale === 'mn' || scale === 'million' ? 'm' : scale === 'bn' || scale === 'billion' ? 'bn' : scale}`;
      return [{ kind, ...s, answer: { type: 'number', value, unit: unit || 'money' }, min: 0, unit }];
    }
    case 'score': {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const s = { start: m.index!, end: m.index! + m[0].length, text: m[0] };
      if (a > 15 || b > 15) return [];
      const sep = m[0].includes('–') ? '–' : '-';
      const near = [[a + 1, b], [a, b + 1], [a + 1, b + 1], [a - 1, b], [a, b - 1], [a + 2, b], [a, b + 2], [a + 2, b + 1], [a - 1, b - 1], [a + 2, b + 2], [a + 3, b + 3]]
        .filter(([x, y]) => x! >= 0 && y! >= 0 && Math.sign(x! - y!) === Math.sign(a - b) && !(x === a && y === b))
        .map(([x, y]) => `${x}${sep}${y}`);
      return [{ kind, ...s, answer: { type: 'text', value: m[0] }, wrong: near, unit: 'score' }];
    }
    case 'minute': {
      if (/time$/i.test(m[1]!)) {
        return [{ kind, ...span(m, 1), answer: { type: 'text', value: m[1]! }, wrong: ['the opening minute', 'the 10th minute', 'the 20th minute'], unit: 'minute' }];
      }
      const n = Number(m[1]);
      if (n < 1 || n > 130) return [];
      if (m[2]) {
        const s = { start: m.index!, end: m.index! + m[1]!.length + m[2].length, text: m[1]! + m[2] };
        const wrong = [-9, -6, -3, 3, 6, 9].map((d) => n + d).filter((x) => x >= 1 && x <= 125).map((x) => writeOrdinal(x, s.text));
        return [{ kind, ...s, answer: { type: 'text', value: s.text }, wrong, unit: 'minute' }];
      }
      return [{ kind, ...span(m, 1), answer: { type: 'number', value: n, unit: 'minutes' }, min: 1, max: 125, unit: 'minutes' }];
    }
    case 'age': {
      if (m[1]!.startsWith(', ')) {
        // "Kroos, 34, was replaced": the age sits between commas after a name.
        const at = m.index! + m[0].indexOf(m[1]!) + 2;
        const n = Number(m[2]);
        return [{ kind, start: at, end: at + m[2]!.length, text: m[2]!, answer: { type: 'number', value: n, unit: 'years old' }, min: 10, max: 110, unit: 'years old' }];
      }
      const years = Number(m[1]);
      if (years < 5 || years > 115) return [];
      const out: Value[] = [{ kind, ...span(m, 1), answer: { type: 'number', value: years, unit: 'years old' }, min: m[2] ? 14 : 10, max: m[2] ? 50 : 110, unit: 'years old' }];
      if (m[2]) out.push({ kind, ...span(m, 2), answer: { type: 'number', value: Number(m[2]), unit: 'days' }, min: 0, max: 365, unit: 'days' });
      return out;
    }
    case 'attendance': {
      const value = parseNumber(m[1]!);
      return value ? [{ kind, ...span(m, 1), answer: { type: 'number', value, unit: 'spectators' }, min: 0, unit: 'spectators' }] : [];
    }
    case 'duration': {
      const value = number(1);
      const unit = m[2]!.toLowerCase().replace(/s$/, '') + 's';
      return value !== undefined && value > 0 && value < 100 ? [{ kind, ...span(m, 1), answer: { type: 'number', value, unit }, min: 1, unit }] : [];
    }
    case 'rank': {
      const s = span(m, 1);
      const n = parseOrdinal(s.text);
      if (!n || n > 100) return [];
      const wrong = [n + 1, n + 2, n + 3, n - 1, n - 2].filter((x) => x >= 1).map((x) => writeOrdinal(x, s.text));
      return [{ kind, ...s, answer: { type: 'text', value: s.text }, wrong, unit: 'rank' }];
    }
    case 'count': {
      const a = number(1);
      if (a === undefined) return [];
      const second = m[2] !== undefined ? parseNumber(m[2]) : undefined;
      if (/ of (?:(?:his|her|their|the|its) )?\S+$/i.test(m[0]) && / of /.test(m[0]) && second !== undefined) {
        if (a > second) return [];
        const sa = span(m, 1);
        const sb = span(m, 2);
        // "one of six City stars": "one" is no count worth asking; the six is.
        if (a === 1 && /^one$/i.test(m[1]!)) return [{ kind, ...sb, answer: { type: 'number', value: second }, min: 2 }];
        return [{ kind, ...sa, answer: { type: 'number', value: a }, min: 0, max: second, ofStart: sb.start },
          { kind, ...sb, answer: { type: 'number', value: second }, min: a }];
      }
      // "Bell's number eight" is a shirt number, the only count without its noun after it.
      const unit = /number $/.test((m.input ?? '').slice(Math.max(0, m.index! - 7), m.index)) ? 'shirt number' : (m[2] ?? '').toLowerCase();
      if (a === 1 && !/^\d/.test(m[1]!)) return []; // "one of the goals" is no count
      if (/^(1[89]|20)\d\d$/.test(m[1]!)) return []; // "the 2018 final" is a year, not a count
      return [{ kind, ...span(m, 1), answer: { type: 'number', value: a, unit }, min: 0, unit }];
    }
    case 'year': {
      const y = Number(m[1]);
      return [{ kind, ...span(m, 1), answer: { type: 'year', value: y }, ...yearBounds(y, todayYear) }];
    }
  }
}

/** "3 May", "November 29": no year, so a text answer; wrong days of the same month, same style. */
function dayOfMonth(whole: { start: number; end: number; text: string }, day: number, month: string): Value[] {
  if (!(day >= 1 && day <= 31)) return [];
  const dayFirst = /^\d/.test(whole.text);
  // No wrong day may contain the right one's digits ("13 May" would hold "3 May").
  const wrong = [-10, -7, -4, -3, 4, 3, 7, 10, 14].map((k) => day + k).filter((x) => x >= 1 && x <= 30 && !String(x).includes(String(day)) && !String(day).includes(String(x)))
    .map((x) => (dayFirst ? `${x} ${month}` : `${month} ${x}`));
  return [{ kind: 'date', ...whole, answer: { type: 'text', value: whole.text }, wrong, unit: 'day' }];
}

/** "in August": a text answer; wrong months near it that the sentence does not name. */
function monthAlone(whole: { start: number; end: number; text: string }, sentence: string): Value[] {
  const at = MONTH_NAMES.indexOf(whole.text);
  if (at < 0) return [];
  const wrong = [1, -1, 2, -2, 3, -3, 4].map((k) => MONTH_NAMES[(at + k + 12) % 12]!).filter((x) => !new RegExp(`\\b${x}\\b`).test(sentence));
  return [{ kind: 'date', ...whole, answer: { type: 'text', value: whole.text }, wrong, unit: 'month' }];
}

/** Wrong years stay in the past when the answer is: nothing after the article was written. */
function yearBounds(year: number, todayYear: number): { min: number; max: number } {
  return { min: year - 15, max: year <= todayYear ? Math.max(year + 1, Math.min(year + 15, todayYear)) : year + 15 };
}
