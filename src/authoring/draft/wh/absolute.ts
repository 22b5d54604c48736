// "…, with Bayer Leverkusen winning the Bundesliga title last weekend": an absolute clause states
// an event of its own, with its own subject. Read as "Bayer Leverkusen won the Bundesliga title
// last weekend" (or "is hoping…" beside a present main clause), it asks "Which club won the
// Bundesliga title last weekend?" and "Which title did Bayer Leverkusen win last weekend?".
import type { Name } from '../names';
import { AUXILIARIES, finiteVerb, isBase, pastOf } from '../verbs';
import { finish, tidy } from './text';
import { tokens, type Core, type WhInput } from './types';
import { DETERMINERS, FOLLOWERS, ROLES } from './words';

const ACTORS = new Set(['person', 'club', 'team']);

/** The base form of a present participle the verb list knows: "winning" → "win", "hoping" → "hope". */
export function baseOfParticiple(word: string): string | undefined {
  const m = /^(\p{Ll}+)ing$/u.exec(word);
  if (!m) return undefined;
  const stem = m[1]!;
  const doubled = /(.)\1$/.test(stem) ? stem.slice(0, -1) : undefined;
  return [stem, `${stem}e`, doubled].find((c): c is string => !!c && isBase(c));
}

/** The core of "with <description> <name> <verb>-ing …", when the clause is one. */
export function absoluteCore(input: WhInput): Core | undefined {
  const { text, clause } = input;
  let end = clause.end;
  while (end > clause.start && /[\s,;:.!?)–—-]/.test(text[end - 1]!)) end--;
  const words = tokens(text, clause.start, end);
  if (words[0]?.text.toLowerCase() !== 'with' || input.masked.slice(clause.start, end) !== text.slice(clause.start, end)) return undefined;
  // The name that ends the subject, after at most five describing words ("her Spain and Barcelona team-mate").
  for (let v = 2; v < Math.min(words.length, 9); v++) {
    const base = baseOfParticiple(words[v]!.text);
    if (!base) continue;
    const name = input.names.find((n) => n.end === words[v - 1]!.end && ACTORS.has(n.kind));
    if (!name) return undefined;
    const before = words.filter((w) => w.start > words[0]!.start && w.end <= name.start);
    const described = before.every((w) => DETERMINERS.has(w.text.toLowerCase()) || ROLES.test(w.text) || /^(?:and|fellow|former|team-mate|teammate|boss|\p{Lu}[\p{L}’'-]*)$/u.test(w.text));
    if (!described || before.some((w) => /,$/.test(w.text))) return undefined;
    const present = mainIsPresent(input);
    return {
      start: name.start, end, subject: { start: name.start, end: name.end, as: asNamed(name) }, verb: words[v]!,
      aux: present ? 'is' : 'did', ...(present ? {} : { base }),
      written: present ? `is ${words[v]!.text}` : pastOf(base),
    };
  }
  return undefined;
}

/** Does the clause before this one tell its event in the present ("There is a hope …")? Else the
 *  absolute clause is read in the past, as a report tells what happened. */
function mainIsPresent(input: WhInput): boolean {
  const i = input.clauses.indexOf(input.clause);
  const main = input.clauses[i - 1];
  if (!main) return false;
  const words = tokens(input.text, main.start, main.end).map((w) => w.text.toLowerCase().replace(/[,;:.]+$/, ''));
  const verb = words.find((w) => AUXILIARIES.has(w) || finiteVerb(w));
  return !!verb && (/^(?:is|are|am|does|do)$/.test(verb) || finiteVerb(verb)?.tense === 'present-s');
}

const asNamed = (name: Name): string => name.canonical || name.text;

/** "There were four City players included, with …" asks "How many City players were included?": a
 *  count right after an existential "there were" is asked by the noun it counts. */
export function existentialCount(input: WhInput): string | undefined {
  if (input.kind !== 'count' && input.kind !== 'attendance') return undefined;
  const { text, clause, span } = input;
  const head = /^(?:(?:and|but|while)\s+)?[Tt]here (were|was|are|is|will be|have been|has been) $/.exec(text.slice(clause.start, span.start));
  if (!head) return undefined;
  const words = tokens(text, span.end, clause.end);
  const noun: string[] = [];
  let i = 0;
  for (; i < words.length && noun.length < 4; i++) {
    const w = words[i]!.text.replace(/[,;:.]+$/, '');
    if (FOLLOWERS.has(w.toLowerCase()) || finiteVerb(w) || /^\p{Ll}+ed$/u.test(w) || AUXILIARIES.has(w.toLowerCase())) break;
    noun.push(w);
    if (w !== words[i]!.text) { i++; break; }
  }
  if (noun.length === 0 || !/s$/.test(noun.at(-1)!)) return undefined;
  // The rest up to a comma or a clause of its own: "included", "at Wembley".
  const rest: string[] = [];
  for (let j = i; j < words.length && rest.length < 8; j++) {
    const raw = words[j]!.text;
    if (/^(?:and|but|while|as|with|who|which|when)$/i.test(raw)) break;
    rest.push(raw.replace(/[,;:.]+$/, ''));
    if (/[,;:.]$/.test(raw)) break;
  }
  const verb = head[1]!.toLowerCase();
  // "How many City players were included?", but "How many fans were there at Wembley?".
  const there = rest.length === 0 || !/^\p{Ll}+(?:ed|en)$/u.test(rest[0]!) ? ' there' : '';
  return finish(tidy(`How many ${noun.join(' ')} ${verb}${there} ${rest.join(' ')}`), input);
}
