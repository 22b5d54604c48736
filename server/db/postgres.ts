// PostgreSQL through a pg pool (DATABASE_URL), and the same shape over PGlite for the tests.
import pg from 'pg';
import { inTransaction, stepsInOrder, toDollarParams, transactionScope, type Row, type Sql, type Statements } from './sql';

// int8 (BIGINT, COUNT(*)) comes back as a string by default; our values fit a double.
pg.types.setTypeParser(20, (value: string) => Number(value));

type Queryable = Pick<pg.PoolClient, 'query'>;

const statementsOf = (q: Queryable): Statements => ({
  all: async (sql, params = []) => (await q.query<Row>(toDollarParams(sql), [...params])).rows,
  run: async (sql, params = []) => (await q.query(toDollarParams(sql), [...params])).rowCount ?? 0,
  step: async (sql, params = []) => {
    const r = await q.query<Row>(toDollarParams(sql), [...params]);
    return { rows: r.rows, changes: r.rowCount ?? 0 };
  },
  exec: async (script) => {
    await q.query(script);
  },
});

export function openPostgres(url: string): Sql {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const { all, run, exec } = statementsOf(pool);
  const self: Sql = {
    dialect: 'postgres',
    all,
    run,
    exec,
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
    // Independent reads on separate pooled connections at once (not one snapshot).
    read: (steps) => Promise.all(steps.map((s) => all(s.sql, s.params))),
    atomic: (steps) => self.transaction((tx) => tx.atomic(steps)),
    close: () => pool.end(),
  };
  return self;
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

const pgliteStatements = (db: PgliteQueryable): Statements => ({
  all: async (sql, params = []) => (await db.query<Row>(toDollarParams(sql), [...params])).rows,
  run: async (sql, params = []) => (await db.query(toDollarParams(sql), [...params])).affectedRows ?? 0,
  step: async (sql, params = []) => {
    const r = await db.query<Row>(toDollarParams(sql), [...params]);
    return { rows: r.rows, changes: r.affectedRows ?? 0 };
  },
  exec: async (script) => {
    await db.exec(script);
  },
});

export function wrapPglite(db: PgliteLike): Sql {
  const statements = pgliteStatements(db);
  const self: Sql = {
    dialect: 'postgres',
    all: statements.all,
    run: statements.run,
    exec: statements.exec,
    // PGlite has one connection and its own transaction lock (others wait for it).
    transaction: <T>(work: (tx: Sql) => Promise<T>) =>
      db.transaction(async (inner) => {
        const tx = transactionScope('postgres', pgliteStatements(inner));
        return work(tx);
      }),
    read: async (steps) => (await stepsInOrder(statements, steps)).map((r) => r.rows),
    atomic: (steps) => self.transaction((tx) => tx.atomic(steps)),
    close: () => db.close(),
  };
  return self;
}
