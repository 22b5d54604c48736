// A validator's problem in an author's words: "line 412:7 — facts[25].distractors: …" becomes
// "Fact 26, “Karim Benzema — club”, Wrong answers: …". The path names the field the form labels,
// the fact by its number on the page and its title; line and column are for the JSON file, which
// the studio's author never sees.
import type { Pack } from '../domain/pack/schema';
import type { PackProblem } from '../domain/pack/problems';
import { factFields, fieldFor, packFields, poolField, questionFields } from './fields';

export function plainProblem(p: PackProblem, pack: Pack | null): string {
  const item = /^(facts|questions)\[(\d+)\](?:\.(.*))?$/.exec(p.path);
  if (item) {
    const index = Number(item[2]);
    const field = item[3] ?? '';
    if (item[1] === 'facts') {
      const fact = pack?.facts[index];
      const name = fact && typeof fact.subject === 'string' ? `, “${fact.subject} — ${String(fact.relation)}”` : '';
      return `Fact ${index + 1}${name}${field ? `, ${fieldLabel(field, fact ? factFields(fact, Object.keys(pack?.pools ?? {})) : [])}` : ''}: ${p.message}`;
    }
    const question = pack?.questions?.[index];
    return `Question ${index + 1}${field ? `, ${fieldLabel(field, question ? questionFields(question) : [])}` : ''}: ${p.message}`;
  }
  const pool = /^pools\.([^.[]+)/.exec(p.path);
  if (pool) return `${poolField(pool[1]!).label}: ${p.message}`;
  if (p.path) return `${fieldLabel(p.path, packFields())}: ${p.message}`;
  return p.message;
}

/** The label the form gives the field a path falls in; the path itself when no field has it. */
export function fieldLabel(path: string, fields: ReadonlyArray<{ key: string; label: string }>): string {
  const key = fieldFor(path, fields.map((f) => f.key));
  return fields.find((f) => f.key === key)?.label ?? AREA_LABELS.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`))?.[1] ?? path;
}

/** Paths about a whole part of a fact that no single field holds (the card's chips show it). */
const AREA_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['distractors', 'Wrong answers'],
  ['prompts', 'Question'],
  ['answer', 'Answer'],
  ['facts', 'The pack'],
];
