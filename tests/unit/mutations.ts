// Hostile edits of a valid pack, as a stranger's file might hold them: every defect of issue 14
// as a kind, plus random structural and text damage. Pure and seeded (the property tests and
// bench/mutate-check.ts share it), so a failing case can be replayed from its seed.
import { createRng, type Rng } from '../../src/domain/rng';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export const MUTATION_KINDS = [
  'reserved-pool', 'huge-number', 'deep', 'bad-date', 'invisible', 'look-alike-option', 'option-count',
  'bom', 'reserved-key', 'replace-node', 'delete-key', 'unknown-key', 'duplicate-id', 'text-damage',
  'changed-quote', 'source-file', 'big-list',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutant {
  kind: MutationKind;
  seed: string;
  text: string;
}

const INVISIBLES = ['\u200B', '\u202E', '\u00AD', '\u180E', '\uFEFF', '\u2060', '\u200D', '\u3164', '\u0301', ' \u00A0 '];
const BAD_DATES = ['2007-02-31', '2022-02-29', '2007-13-01', '2007-00-10', '0000-01-01', '0050-06-15', '1700', '9999-12-31', '2007-3-1', '2023-04-31'];
const HUGE = [1e21, -1e21, 100000000, 123456789.123, 1e9 + 1, 5e-324, 1.7976931348623157e308, 4294967296, 0.1234567];

export function mutate(base: unknown, seed: string, kind?: MutationKind): Mutant {
  const rng = createRng(`mutate/${seed}`);
  const chosen = kind ?? rng.pick(MUTATION_KINDS);
  const pack = structuredClone(base) as Obj;
  const text = apply(chosen, pack, rng);
  return { kind: chosen, seed, text };
}

function apply(kind: MutationKind, pack: Obj, rng: Rng): string {
  const facts = pack.facts as Obj[];
  const questions = (pack.questions ?? []) as Obj[];
  const anyFact = () => rng.pick(facts);
  const out = (p: Json = pack) => JSON.stringify(p, null, 2);
  switch (kind) {
    case 'reserved-pool': {
      const name = rng.pick(['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty']);
      const fact = facts.find((f) => (f.distractors as Obj | undefined)?.pool) ?? anyFact();
      fact.distractors = { ...((fact.distractors as Obj | undefined) ?? {}), pool: name };
      // JSON.stringify would drop an own "__proto__" key on a plain object: write it as text.
      if (rng.int(2) === 0) return out().replace('"pools": {', `"pools": {\n    "${name}": ["A", "B", "C", "D"],`);
      return out();
    }
    case 'huge-number': {
      const numeric = facts.filter((f) => (f.answer as Obj).type === 'number' || (f.answer as Obj).type === 'year');
      const fact = numeric.length > 0 ? rng.pick(numeric) : anyFact();
      fact.answer = { type: 'number', value: rng.pick(HUGE) };
      if (rng.int(2) === 0) delete fact.distractors;
      const text = out();
      return rng.int(4) === 0 ? text.replace(/"value": -?[\d.e+-]+/, '"value": 1e400') : text;
    }
    case 'deep': {
      const depth = rng.pick([33, 100, 1000, 10_000, 50_000]);
      const open = rng.int(2) === 0 ? '['.repeat(depth) : '{"a":'.repeat(depth);
      const close = open.startsWith('[') ? ']'.repeat(depth) : '}'.repeat(depth);
      anyFact().review = '@@DEEP@@';
      return out().replace('"@@DEEP@@"', `${open}1${close}`);
    }
    case 'bad-date': {
      const bad = rng.pick(BAD_DATES);
      const where = rng.int(4);
      if (where === 0) (pack.source as Obj).published = bad;
      else if (where === 1) (pack.source as Obj).asOf = bad;
      else if (where === 2) anyFact().date = bad;
      else anyFact().answer = { type: 'date', value: bad };
      return out();
    }
    case 'invisible': {
      const only = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(INVISIBLES)).join('');
      const targets: Array<[Obj, string]> = [[pack, 'title'], [pack.source as Obj, 'title'], [anyFact(), 'quote'], [anyFact(), 'subject'],
        [anyFact().prompts as Obj, 'ask'], [anyFact(), 'explanation']];
      const [obj, key] = rng.pick(targets);
      obj[key] = only;
      return out();
    }
    case 'look-alike-option': {
      const q = questions.length > 0 ? rng.pick(questions) : undefined;
      const options = q?.options as string[] | undefined;
      if (!q || !options) return out();
      const i = rng.int(options.length);
      const j = (i + 1) % options.length;
      const source = options[j]!;
      const variants = [`${source}\u200B`, `${source.slice(0, 1)}\u200B${source.slice(1)}`, source.replace(/a/, 'а').replace(/o/, 'о'), `${source}\u00AD`, source.toUpperCase()];
      options[i] = rng.pick(variants);
      return out();
    }
    case 'option-count': {
      const q = questions.length > 0 ? rng.pick(questions) : undefined;
      if (!q) return out();
      const n = rng.pick([0, 1, 3, 5, 6]);
      q.options = Array.from({ length: n }, (_, k) => `Option number ${k} ${'x'.repeat(k)}`);
      q.answer = rng.int(Math.max(1, n + 1));
      return out();
    }
    case 'bom':
      return `\uFEFF${out()}`;
    case 'reserved-key': {
      const key = rng.pick(['__proto__', 'constructor', 'prototype']);
      const targets = [pack, anyFact(), anyFact().answer as Obj, anyFact().prompts as Obj, pack.source as Obj];
      const target = rng.pick(targets);
      target['@@KEY@@'] = { polluted: true };
      return out().replace('"@@KEY@@"', `"${key}"`);
    }
    case 'replace-node': {
      const [parent, key] = randomSlot(pack, rng);
      const values: Json[] = [null, true, 0, -1, 3.5, '', 'x', [], {}, 'x'.repeat(5000), [1, 2, 3], { type: 'set' }, 2007, '2007-03'];
      (parent as Obj)[key] = rng.pick(values);
      return out();
    }
    case 'delete-key': {
      const [parent, key] = randomSlot(pack, rng);
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent)[key];
      return out();
    }
    case 'unknown-key': {
      const [parent] = randomSlot(pack, rng);
      if (!Array.isArray(parent)) (parent)[rng.pick(['colour', 'Answer', 'toString', 'valueOf', '$ref'])] = 1;
      return out();
    }
    case 'duplicate-id': {
      const a = anyFact();
      const b = anyFact();
      b.id = a.id ?? null;
      if (rng.int(2) === 0 && questions[0]) questions[0].id = a.id as string;
      return out();
    }
    case 'text-damage': {
      const text = out();
      const at = rng.int(text.length);
      const edits = [
        () => text.slice(0, at) + text.slice(at + 1 + rng.int(20)),
        () => text.slice(0, at) + rng.pick(['{', '}', '[', ']', ',', '"', ':', '\\', '\u0000', '/*', '\n']) + text.slice(at),
        () => text.slice(0, at),
        () => '',
        () => '   \n ',
      ];
      return rng.pick(edits)();
    }
    case 'changed-quote': {
      const fact = anyFact();
      fact.quote = `${fact.quote as string} (as changed by someone else)`;
      return out();
    }
    case 'source-file': {
      (pack.source as Obj).file = rng.pick(['sources/missing-article.txt', '../../../../etc/hostname-nope', 'sources', '\u0000.txt']);
      return out();
    }
    case 'big-list': {
      const name = Object.keys((pack.pools as Obj | undefined) ?? {})[0];
      if (name) (pack.pools as Obj)[name] = Array.from({ length: 600 }, (_, k) => `Club ${k}`);
      else anyFact().answer = { type: 'set', of: 'club', values: Array.from({ length: 200 }, (_, k) => `Club ${k}`) };
      return out();
    }
  }
}

/** A random (container, key) pair anywhere in the pack, for structural damage. */
function randomSlot(root: Json, rng: Rng): [Obj | Json[], string] {
  let parent: Obj | Json[] = root as Obj;
  let key = '';
  let node: Json = root;
  for (let depth = 0; depth < 6; depth++) {
    const keys = Array.isArray(node) ? node.map((_, i) => String(i)) : node && typeof node === 'object' ? Object.keys(node) : [];
    if (keys.length === 0) break;
    const next = rng.pick(keys);
    parent = node as Obj | Json[];
    key = next;
    node = (node as Obj)[next] as Json;
    if (rng.int(3) === 0) break;
  }
  return [parent, key || 'title'];
}
