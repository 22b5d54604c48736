// The item-writing lint `check` runs (warnings, each with a code): flaws a valid pack can still
// have that make a question unfair or dull, after Haladyna, Downing & Rodriguez (2002), "A
// Review of Multiple-Choice Item-Writing Guidelines": no clue to the key in the stem, options
// that do not overlap, no trivial content, and a key the source supports. Also the house style
// a player notices: a hint that would show its key, names spelled one way, numbers with
// thousands separators.
import { answerText, formsOfText, NO_HINT, safeHint } from '../questions/forms';
import { indexPack } from '../questions/pack-index';
import { shownForm, textForms, tokenize } from '../questions/key-forms';
import { fillAnswer, overlaps } from '../text';
import type { Fact, Pack } from './schema';
import { poolValues } from './pools';
import { problem, type PackProblem, type ProblemCode } from './problems';

/** Events a reader places without knowing the story: a birth is first, a death or farewell last. */
const TELLTALE_EVENT = /\b(born|birth|dies|died|death|funeral|retires?|retired|retirement)\b/i;
/** Relations that ask what the pack's own subject plainly is. */
const TRIVIAL_RELATION = /\b(nationality|position|plays? as)\b/i;
/** Five or more digits in a row: "99182" is written 99,182. */
const UNSEPARATED = /(?<![\d,.])\d{5,}(?![\d,])/;

export function itemLint(pack: Pack): PackProblem[] {
  const out: PackProblem[] = [];
  const warn = (code: ProblemCode, path: string, message: string) => out.push(problem(code, path, message, 'warning'));
  const index = indexPack(pack);
  const protagonist = mainSubject(pack);

  pack.facts.forEach((fact, i) => {
    const at = `facts[${i}]`;
    const keys = answerTexts(fact);
    const keyForms = keys.flatMap(formsOfText);

    for (const [name, prompt] of promptTexts(fact)) {
      // A person's surname alone gives them away; a club's or a stage's common word does not.
      const forms = isNumeric(fact) || fact.answer.type === 'person' ? keyForms : keys.flatMap((k) => textForms(k, false));
      const shown = shownForm(prompt, forms);
      if (shown !== undefined) warn('prompt-holds-answer', `${at}.prompts.${name}`, `the prompt shows its answer as "${shown}"`);
      else if (isNumeric(fact)) {
        const sum = arithmeticClue(prompt, Number(fact.answer.value));
        if (sum) warn('prompt-holds-answer', `${at}.prompts.${name}`, `the prompt lets a player work the answer out: ${sum}`);
      }
    }

    const quoteShows = keys.some((k) => shownForm(fact.quote, formsOfText(k)) !== undefined);
    if (!quoteShows) warn('quote-without-fact', `${at}.quote`, `the quote does not state the answer (${keys.join(', ')}): quote the sentence that does`);

    if (quoteShows && safeHint(fact.quote, keys) === NO_HINT)
      warn('hint-shows-key', `${at}.quote`, 'the hint would show the answer (or nothing but it), so the game offers no hint for this fact: quote a sentence that says more than the answer');

    const inTitle = keys.find((k) => shownForm(pack.title, textForms(k, false)) !== undefined);
    if (inTitle && !isNumeric(fact))
      warn('trivial-fact', `${at}.answer`, `the answer "${inTitle}" is in the pack's title: a player knows it without the article`);
    else if (/\bnickname\b/i.test(fact.relation) && shownForm(pack.title, textForms(fact.subject)) !== undefined)
      warn('trivial-fact', `${at}.relation`, `the ${fact.relation} of ${fact.subject}, which the pack's title names: picked out from other teams' nicknames, it answers itself`);
    else if (protagonist && sameName(fact.subject, protagonist) && TRIVIAL_RELATION.test(fact.relation))
      warn('trivial-fact', `${at}.relation`, `"${fact.relation}" of ${protagonist}, the pack's own subject, is known to anyone who picks this pack`);

    if (fact.prompts.event && fact.date && TELLTALE_EVENT.test(fact.prompts.event)) {
      const days = index.events.filter((e) => e.factId !== fact.id);
      const own = index.events.find((e) => e.factId === fact.id);
      const first = own && days.every((e) => own.to < e.from);
      const last = own && days.every((e) => own.from > e.to);
      if (first || last)
        warn('telltale-event', `${at}.prompts.event`, `"${fact.prompts.event}" is always ${first ? 'first' : 'last'} in "which came first" questions, and reads so: drop its "event" or date it against others`);
    }
  });

  for (const [name, values] of Object.entries(pack.pools ?? {})) {
    const list = poolValues(pack, name) ?? values;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++)
        if (overlaps(list[x]!, list[y]!))
          warn('options-overlap', `pools.${name}`, `"${list[x]}" and "${list[y]}" are the same or one contains the other: as options they would cue each other`);
  }

  out.push(...accentMismatches(pack), ...accentsDropped(pack), ...unseparatedNumbers(pack));
  return out;
}

function isNumeric(fact: Fact): fact is Fact & { answer: { type: 'number' | 'year'; value: number } } {
  return fact.answer.type === 'number' || fact.answer.type === 'year';
}

function answerTexts(fact: Fact): string[] {
  return fact.answer.type === 'set' ? fact.answer.values : [answerText(fact)];
}

function promptTexts(fact: Fact): Array<[string, string]> {
  const p = fact.prompts;
  const out: Array<[string, string]> = [];
  if (p.ask) out.push(['ask', p.ask]);
  if (p.statement) out.push(['statement', fillAnswer(p.statement, ' ')]);
  if (p.not) out.push(['not', p.not]);
  return out;
}

/** Two numbers in a prompt whose difference or sum is the answer: "three fewer than Messi's eight". */
function arithmeticClue(prompt: string, key: number): string | undefined {
  const numbers = [...new Set(tokenize(prompt).flatMap((t) => (t.kind === 'num' ? [t.value] : [])).concat(numberWordsIn(prompt)))];
  for (const a of numbers)
    for (const b of numbers) {
      if (a !== b && a - b === key) return `${a} − ${b} = ${key}`;
      if (a < b && a + b === key) return `${a} + ${b} = ${key}`;
    }
  return undefined;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
function numberWordsIn(text: string): number[] {
  return tokenize(text).flatMap((t) => (t.kind === 'word' && SMALL.includes(t.text) ? [SMALL.indexOf(t.text)] : []));
}

/** The subject most facts are about: the pack's own protagonist, when one stands out. */
function mainSubject(pack: Pack): string | undefined {
  const counts = new Map<string, number>();
  for (const f of pack.facts) counts.set(f.subject, (counts.get(f.subject) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] * 3 >= pack.facts.length ? top[0] : undefined;
}

function sameName(a: string, b: string): boolean {
  return overlaps(a, b);
}

/** Every text a player reads, with its path: where a name must be spelled one way. */
function playerTexts(pack: Pack): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  pack.facts.forEach((f, i) => {
    const at = `facts[${i}]`;
    out.push([`${at}.subject`, f.subject], [`${at}.quote`, f.quote], [`${at}.explanation`, f.explanation]);
    for (const [name, text] of Object.entries(f.prompts)) if (typeof text === 'string') out.push([`${at}.prompts.${name}`, text]);
    if (f.answer.type === 'set') f.answer.values.forEach((v, j) => out.push([`${at}.answer.values[${j}]`, v]));
    else if (typeof f.answer.value === 'string') out.push([`${at}.answer.value`, f.answer.value]);
    (f.distractors?.wrong ?? []).forEach((w, j) => out.push([`${at}.distractors.wrong[${j}]`, w]));
  });
  for (const [name, values] of Object.entries(pack.pools ?? {})) values.forEach((v, j) => out.push([`pools.${name}[${j}]`, v]));
  (pack.questions ?? []).forEach((q, i) => {
    const at = `questions[${i}]`;
    out.push([`${at}.prompt`, q.prompt], [`${at}.explanation`, q.explanation]);
    if (q.quote) out.push([`${at}.quote`, q.quote]);
    q.options.forEach((o, j) => out.push([`${at}.options[${j}]`, o]));
  });
  return out;
}

/** A quote is the article's own words: an outlet that drops accents ("Mbappe") is quoted as it wrote. */
const isQuote = (path: string) => path.endsWith('.quote');

/** A name written with accents in one place and without in another ("Pépé" and "Pepe"), outside quotes. */
function accentMismatches(pack: Pack): PackProblem[] {
  const spellings = new Map<string, Map<string, string>>();
  for (const [path, text] of playerTexts(pack)) {
    for (const word of text.match(/\p{Lu}[\p{L}\p{M}]+/gu) ?? []) {
      const folded = word.normalize('NFKD').replace(/\p{M}/gu, '');
      if (word === folded && isQuote(path)) continue;
      const forms = spellings.get(folded) ?? new Map<string, string>();
      if (!forms.has(word)) forms.set(word, path);
      spellings.set(folded, forms);
    }
  }
  const out: PackProblem[] = [];
  for (const [folded, forms] of spellings) {
    if (forms.size < 2) continue;
    const plain = forms.get(folded);
    const accented = [...forms.keys()].find((w) => w !== folded);
    if (plain !== undefined && accented)
      out.push(problem('accent-mismatch', plain, `"${folded}" here, "${accented}" elsewhere (${forms.get(accented)}): write the name as the article does, with its accents, everywhere`, 'warning'));
  }
  return out;
}

/** Football names often typed without their accents, as the players write them. */
const ACCENTED_NAMES = ['Mbappé', 'Dembélé', 'Pelé', 'Müller', 'Fernández', 'Pépé', 'Bonmatí', 'Álvarez', 'Martínez', 'Modrić',
  'Gündoğan', 'Ødegaard', 'Højlund', 'Hernández', 'Rodríguez', 'Tchouaméni', 'Kanté', 'Vinícius', 'Militão', 'María', 'Núñez', 'Pékerman', 'Bilić', 'Fàbregas'];
const PLAIN_NAMES = new Map(ACCENTED_NAMES.map((n) => [n.normalize('NFKD').replace(/\p{M}/gu, '').replace('Ø', 'O').replace('ğ', 'g'), n]));

/** "Mbappe" where the player is Mbappé (a known list: the game cannot know every name). */
function accentsDropped(pack: Pack): PackProblem[] {
  const out: PackProblem[] = [];
  for (const [path, text] of playerTexts(pack)) {
    if (isQuote(path)) continue;
    for (const word of text.match(/\p{Lu}\p{L}+/gu) ?? []) {
      const accented = PLAIN_NAMES.get(word);
      if (accented && accented !== word) out.push(problem('accent-mismatch', path, `"${word}" is written "${accented}"`, 'warning'));
    }
  }
  return out;
}

/** Numbers the player reads (not quotes: those are the article's own words) without separators. */
function unseparatedNumbers(pack: Pack): PackProblem[] {
  return playerTexts(pack)
    .filter(([path, text]) => !path.endsWith('.quote') && UNSEPARATED.test(text))
    .map(([path, text]) => problem('number-format', path, `write "${UNSEPARATED.exec(text)![0]}" with thousands separators (e.g. 88,966)`, 'warning'));
}
