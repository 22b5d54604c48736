// How long a pack's Share link is (issue 22, must-hold 4: under 2,000 characters for ~30 facts):
// every shipped pack, and the raw drafts of the hold-out articles (what an author shares before
// trimming), each as the studio's Share makes it (forPlayers, then the format-2 payload), with
// where the bytes go: the link with one part of every fact left out.
//
//   npx tsx bench/link-lengths.ts [more article .txt files…]
import { readFileSync, readdirSync } from 'node:fs';
import { draftPack } from '../src/authoring/draft/draft-pack';
import type { Pack } from '../src/domain/pack/schema';
import { forPlayers } from '../src/share/pack-for-players';
import { encodePackLink, SHARE_LINK_MAX_CHARS } from '../src/share/pack-link';

const ORIGIN = 'https://example.org/index.html#pack=';

async function linkChars(pack: unknown): Promise<number> {
  const r = await encodePackLink(JSON.stringify(pack), Number.MAX_SAFE_INTEGER);
  return ORIGIN.length + (r.ok ? r.payload.length : r.chars);
}

type Strip = (p: Pack & Record<string, unknown>) => void;
const eachFact = (fn: (f: Record<string, unknown>) => void): Strip => (p) => p.facts.forEach((f) => fn(f));
const PARTS: Record<string, Strip> = {
  quotes: eachFact((f) => delete f.quote),
  prompts: eachFact((f) => delete f.prompts),
  explanations: eachFact((f) => delete f.explanation),
  'ids+groups': eachFact((f) => {
    delete f.id;
    delete f.group;
  }),
  'subject+relation': eachFact((f) => {
    delete f.subject;
    delete f.relation;
  }),
  'wrong answers': (p) => {
    delete p.pools;
    eachFact((f) => delete f.distractors)(p);
  },
};

async function row(name: string, pack: Pack): Promise<string> {
  const players = forPlayers(pack);
  const full = await linkChars(players);
  const parts: string[] = [];
  for (const [part, strip] of Object.entries(PARTS)) {
    const copy = structuredClone(players) as Pack & Record<string, unknown>;
    strip(copy);
    parts.push(`${part} ${full - (await linkChars(copy))}`);
  }
  return `| ${name} | ${players.facts.length} | ${full.toLocaleString('en')}${full < SHARE_LINK_MAX_CHARS ? ' ✓' : ''} | ${parts.join(', ')} |`;
}

const rows: string[] = ['| pack | facts | link characters | characters each part takes |', '|---|---|---|---|'];
for (const f of readdirSync('questions').filter((n) => n.endsWith('.json')).sort()) rows.push(await row(f, JSON.parse(readFileSync(`questions/${f}`, 'utf8')) as Pack));
const articles = [...readdirSync('bench/draft-corpus/holdout').filter((n) => n.endsWith('.txt')).map((n) => `bench/draft-corpus/holdout/${n}`), ...process.argv.slice(2)];
for (const a of articles) rows.push(await row(`draft of ${a.split('/').pop()}`, draftPack(readFileSync(a, 'utf8')).pack));
console.log(rows.join('\n'));
