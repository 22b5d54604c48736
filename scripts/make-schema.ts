// Publishes questions/schema/pack.schema.json from the valibot schema, so editors autocomplete packs and
// flag mistakes with the very rules `check` applies. Run: npm run schema
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Pack } from '../src/domain/pack/schema';

export function renderPackJsonSchema(): string {
  // Pipes hold a trim() transform the JSON Schema cannot express; it only ignores it.
  const schema = toJsonSchema(Pack, { errorMode: 'ignore', target: 'draft-07' });
  const published = {
    ...schema,
    $id: 'https://football-trivia.invalid/pack.schema.json',
    title: 'Football trivia question pack',
    description: 'Facts from a football article, from which the game generates multiple-choice questions. See questions/README.md.',
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = join(import.meta.dirname, '..', 'questions', 'schema', 'pack.schema.json');
  writeFileSync(out, renderPackJsonSchema());
  console.log(`wrote ${out}`);
}
