import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderPackJsonSchema } from '../../scripts/make-schema';
import { allPackPaths, clone, readJson, ROOT } from './helpers';

describe('published JSON Schema (questions/schema/pack.schema.json)', () => {
  const committed = readFileSync(join(ROOT, 'questions/schema/pack.schema.json'), 'utf8');
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(JSON.parse(committed));

  it('is up to date with the schema the game validates with (run npm run schema)', () => {
    expect(committed).toBe(renderPackJsonSchema());
  });

  it('accepts every shipped pack', () => {
    for (const path of allPackPaths()) {
      expect(validate(readJson(path)), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('flags an unknown field and a wrong type, as an editor would', () => {
    const pack = clone(readJson('tests/fixtures/mini-pack.json')) as Record<string, any>;
    pack.facts[0].answr = 1;
    pack.version = 2;
    expect(validate(pack)).toBe(false);
    const messages = ajv.errorsText(validate.errors);
    expect(messages).toContain('must NOT have additional properties');
    expect(messages).toContain('/version must be string');
  });
});
