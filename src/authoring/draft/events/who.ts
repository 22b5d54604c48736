// Whom an event is about. A clause reports an injury or an award of the person it names nearest
// before the event's words ("…with Pascal Struijk ruled out … with a hamstring injury"), else of
// its actor ("he", "the player" resolved by clauses.ts); anything less sure is refused.
import type { Name } from '../names';
import type { EventInput } from './types';

/** The person the words at `pos` are about, or undefined when that is not sure. */
export function personAt(input: EventInput, pos: number): string | undefined {
  const { read } = input;
  const clause = input.clauseAt(pos);
  if (!clause || clause.unresolved) return undefined;
  const before = read.names.filter((n) => n.kind === 'person' && n.end <= pos && n.start >= clause.start).at(-1);
  if (before) {
    const between = read.masked.slice(before.end, pos);
    // "…Messi, but Neymar…", "…Messi and he…": another actor between the name and the event.
    const crossed = /\b(?:he|she|him|her|they|them|and|but|while|whereas)\b|[;:]/i.test(between)
      || read.names.some((n) => n.start >= before.end && n.end <= pos && n.kind !== 'competition' && n.kind !== 'venue');
    if (!crossed && !/[’']s\s*$/u.test(read.masked.slice(before.end, before.end + 2))) return before.canonical;
  }
  // The clause's own actor, named or referred to inside it (an actor inherited from another clause
  // may be one of several: "Rashford and Fernandes trained apart, and one of them…").
  const actor = clause.actor;
  const at = actor?.named?.start ?? actor?.ref?.start;
  const joined = actor?.named && /^\s+(?:and|&)\s+\p{Lu}/u.test(read.masked.slice(actor.named.end, actor.named.end + 6));
  if (actor?.kind === 'person' && !actor.possessive && at !== undefined && at >= clause.start && at < pos && !joined) return actor.name;
  // "…by Leo Messi have confirmed that the player has suffered…": the sentence's only person.
  const people = new Set(read.names.filter((n) => n.kind === 'person').map((n) => n.canonical));
  const epithet = /\b(?:the (?:player|[\p{L}-]+ (?:player|international))|he|she)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(read.masked.slice(Math.max(clause.start, pos - 60), pos));
  return people.size === 1 && epithet ? [...people][0] : undefined;
}

/** The club or team the words at `pos` are about: named just before them, else the clause's actor. */
export function sideAt(input: EventInput, pos: number): Name | { canonical: string; text: string } | undefined {
  const { read } = input;
  const sides = read.names.filter((n) => (n.kind === 'club' || n.kind === 'team') && n.end <= pos);
  // "Xabi Alonso's side, who have…, have a 16-point advantage": the manager's side the sentence
  // opens on, when no club or team is named before the event.
  const owner = /^([\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*)[’']s\s+(?:side|team)\b/u.exec(read.masked.slice(read.bodyStart));
  const person = owner && read.names.find((n) => n.kind === 'person' && n.start === read.bodyStart && n.text === owner[1]);
  if (person && sides.length === 0) return { canonical: `${person.canonical}’s side`, text: owner[0] };
  const clause = input.clauseAt(pos);
  if (!clause || clause.unresolved) return undefined;
  const actor = clause.actor;
  if (actor && (actor.kind === 'club' || actor.kind === 'team') && !actor.possessive) return { canonical: actor.name, text: actor.name };
  // "The good news for Barca is that they boast…": "they" right before, and one side named before it.
  if (/\bthey\s+(?:\p{Ll}+\s+){0,2}$/u.test(read.masked.slice(Math.max(0, pos - 40), pos)) && new Set(sides.map((s) => s.canonical)).size === 1) return sides[0];
  return undefined;
}
