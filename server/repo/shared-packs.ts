// Packs shared by short link: stored once under a prefix of their text's hash.
import type { Sql } from '../db/sql';
import type { SharedPackRepo } from './types';

export function createSharedPacks(sql: Sql): SharedPackRepo {
  const getPack = async (id: string) => {
    const rows = await sql.all('SELECT body FROM shared_packs WHERE id = ?', [id]);
    return rows[0] ? String(rows[0].body) : null;
  };
  return {
    async putPack(id, body, now) {
      const changed = await sql.run('INSERT INTO shared_packs (id, body, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [id, body, now]);
      if (changed === 1) return 'created';
      return (await getPack(id)) === body ? 'exists' : 'taken';
    },
    getPack,
  };
}
