// Publishes docs/leaderboard-api.schema.json from the API's valibot contract
// (src/domain/leaderboard-api.ts), so the API's shapes are readable without TypeScript. Run:
// npm run schema:api (a unit test fails when the file is out of date).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { LEADERBOARD_API, REFUSAL_CODES } from '../src/domain/leaderboard-api';

export function renderApiJsonSchema(): string {
  const definitions = Object.fromEntries(Object.entries(LEADERBOARD_API).map(([name, schema]) => [name, toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-07' })]));
  const published = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://football-trivia.invalid/leaderboard-api.schema.json',
    title: 'Football trivia leaderboard API',
    description: 'Request and answer bodies of the leaderboard server (README "Leaderboard server"); refusals are ErrorBody with one of refusalCodes.',
    refusalCodes: REFUSAL_CODES,
    definitions,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = join(import.meta.dirname, '..', 'docs', 'leaderboard-api.schema.json');
  writeFileSync(out, renderApiJsonSchema());
  console.log(`wrote ${out}`);
}
