// `npm run names:allow`: the server's allow-list of real football names, from the drafter's
// lexicon (src/authoring/draft/data) and the hand-kept extras in server/data/allowed-names-extra.json
// (real names that word filters trip on). The server may import only src/domain, so it reads the
// generated server/data/allowed-names.json; a unit test fails when that file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MANAGERS, PLAYERS, WOMEN_COACHES, WOMEN_PLAYERS } from '../src/authoring/draft/data/people';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ALLOWED_NAMES_FILE = `${root}server/data/allowed-names.json`;

export function allowedNames(): string[] {
  // "eng:Arsenal|FC Arsenal|…@Emirates Stadium": the club's names and aliases.
  const clubs = (JSON.parse(readFileSync(`${root}src/authoring/draft/data/clubs.json`, 'utf8')) as { clubs: string[] }).clubs;
  const clubNames = clubs.flatMap((c) => c.replace(/^[a-z-]+:/, '').split('@')[0]!.split('|'));
  const extra = JSON.parse(readFileSync(`${root}server/data/allowed-names-extra.json`, 'utf8')) as { names: string[] };
  return [...new Set([...MANAGERS, ...PLAYERS, ...WOMEN_PLAYERS, ...WOMEN_COACHES, ...clubNames, ...extra.names])].sort();
}

export const allowedNamesText = () => `${JSON.stringify({ generatedBy: 'scripts/make-allowed-names.ts', names: allowedNames() }, null, 1)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ALLOWED_NAMES_FILE, allowedNamesText());
  console.log(`${ALLOWED_NAMES_FILE}: ${allowedNames().length} names`);
}
