// The databases the server tests run on: SQLite (a file), PostgreSQL compiled to WASM (PGlite),
// and a real PostgreSQL server when TEST_DATABASE_URL names one (.ci/run starts one with
// scripts/ci-postgres.sh). Each test file gets its own schema there, so files running side by
// side never drop each other's tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from '../../server/db/migrate';
import { openPostgres, wrapPglite } from '../../server/db/postgres';
import { createSqlRepo } from '../../server/repo/sql-repo';
import type { LeaderboardRepo } from '../../server/repo/types';
import { openStore } from '../../server/store';

export type Backend = [name: string, open: () => Promise<LeaderboardRepo>];

/** A URL for a fresh, empty schema of the test server (its search_path set in the URL). */
export async function freshSchemaUrl(url: string, schema: string): Promise<string> {
  const admin = openPostgres(url);
  await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
  await admin.close();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export function backends(tag: string): Backend[] {
  const list: Backend[] = [
    ['sqlite', async () => {
      const dir = mkdtempSync(join(tmpdir(), `lb-${tag}-`));
      const { repo } = await openStore({ dataDir: dir });
      const close = repo.close;
      repo.close = () => close().then(() => rmSync(dir, { recursive: true, force: true }));
      return repo;
    }],
    ['postgres (PGlite)', async () => {
      const sql = wrapPglite(await PGlite.create());
      await migrate(sql);
      return createSqlRepo(sql);
    }],
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push(['postgres server', async () => (await openStore({ databaseUrl: await freshSchemaUrl(url, `t_${tag}`), dataDir: '' })).repo]);
  return list;
}
