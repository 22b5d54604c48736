// Versioned migrations: server/db/migrations/NNN-name.sql, applied in order, each once, each in
// its own transaction together with its row in schema_migrations.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dialect, Sql } from './sql';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

// NNN-name.sql serves both databases; NNN-name.sqlite.sql / NNN-name.postgres.sql one each (triggers
// are written differently in each).
const MIGRATION_RE = /^(\d{3})-[a-z0-9-]+(?:\.(sqlite|postgres))?\.sql$/;
const forDialect = (dialect: Dialect) => (f: string) => {
  const m = MIGRATION_RE.exec(f);
  return m !== null && (m[2] === undefined || m[2] === dialect);
};

/** The versions ('001', …) this server's migrations bring. */
export function migrationVersions(dir: string = MIGRATIONS_DIR): string[] {
  return [...new Set(readdirSync(dir).filter((f) => MIGRATION_RE.test(f)).map((f) => f.slice(0, 3)))];
}

export async function migrate(sql: Sql, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  await sql.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)');
  const done = new Set((await sql.all('SELECT version FROM schema_migrations')).map((r) => String(r.version)));
  const files = readdirSync(dir).filter(forDialect(sql.dialect)).sort();
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
