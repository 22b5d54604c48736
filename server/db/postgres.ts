// PostgreSQL through a pg pool (DATABASE_URL), and the same shape over PGlite for the tests.
import pg from 'pg';
import { inTransaction, toDollarParams, transactionScope, type Param, type Row, type Sql } from './sql';

// int8 (BIGINT, COUNT(*)) comes back as a string by default; our values fit a double.
pg.types.setTypeParser(20, (value: string) => Number(value));

type Queryable = Pick<pg.PoolClient, 'query'>;

const statementsOf = (q: Queryable) => ({
  all: async (sql: string, params: readonly Param[] = []) => (await q.query<Row>(toDollarParams(sql), [...params])).rows,
  run: async (sql: string, params: readonly Param[] = []) => (await q.query(toDollarParams(sql), [...params])).rowCount ?? 0,
  exec: async (script: string) => {
    await q.query(script);
  },
});

export function openPostgres(url: string): Sql {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    dialect: 'postgres',
    ...statementsOf(pool),
    // One pooled connection from BEGIN to COMMIT; the others keep serving everyone else.
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const tx = transactionScope('postgres', statementsOf(client));
      try {
        return await inTransaction((sql) => client.query(sql), 'BEGIN', () => work(tx));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

interface PgliteQueryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

/** What PGlite offers that we use (kept structural so the server does not depend on PGlite). */
export interface PgliteLike extends PgliteQueryable {
  transaction<T>(work: (tx: PgliteQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const pgliteStatements = (db: PgliteQueryable) => ({
  all: async (sql: string, params: readonly Param[] = []) => (await db.query<Row>(toDollarParams(sql), [...params])).rows,
  run: async (sql: string, params: readonly Param[] = []) => (await db.query(toDollarParams(sql), [...params])).affectedRows ?? 0,
  exec: async (script: string) => {
    await db.exec(script);
  },
});

export function wrapPglite(db: PgliteLike): Sql {
  return {
    dialect: 'postgres',
    ...pgliteStatements(db),
    // PGlite has one connection and its own transaction lock (others wait for it).
    transaction: <T>(work: (tx: Sql) => Promise<T>) =>
      db.transaction(async (inner) => {
        const tx = transactionScope('postgres', pgliteStatements(inner));
        return work(tx);
      }),
    close: () => db.close(),
  };
}
