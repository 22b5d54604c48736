// Versioned migrations: server/db/migrations/NNN-name.sql, applied in order, each once, each in
// its own transaction together with its row in schema_migrations.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sql } from './sql';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

const isMigration = (f: string) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f);

/** The versions ('001', …) this server's migrations bring. */
export function migrationVersions(dir: string = MIGRATIONS_DIR): string[] {
  return readdirSync(dir).filter(isMigration).map((f) => f.slice(0, 3));
}

export async function migrate(sql: Sql, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  await sql.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)');
  const done = new Set((await sql.all('SELECT version FROM schema_migrations')).map((r) => String(r.version)));
  const files = readdirSync(dir).filter(isMigration).sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = file.slice(0, 3);
    if (done.has(version)) continue;
    const body = readFileSync(`${dir}/${file}`, 'utf8');
    // The version is three digits and the time a number: safe to inline in the script.
    try {
      await sql.exec(`BEGIN;\n${body}\nINSERT INTO schema_migrations (version, applied_at) VALUES ('${version}', ${Date.now()});\nCOMMIT;`);
    } catch (error) {
      await sql.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
    applied.push(file);
  }
  return applied;
}
