// PostgreSQL through a pg pool (DATABASE_URL), and the same shape over PGlite for the tests.
import pg from 'pg';
import { inTransaction, stepsInOrder, toDollarParams, transactionScope, type Param, type Row, type Sql, type Statements } from './sql';

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

/** A statement with its `?` written as literals (pg's own escaping), for the simple-query protocol, which takes no parameters. */
export function inlineParams(sql: string, params: readonly Param[] = []): string {
  let i = 0;
  const text = sql.replace(/\?/g, () => {
    if (i >= params.length) throw new Error(`fewer parameters than placeholders in: ${sql}`);
    const p = params[i++]!;
    if (p === null) return 'NULL';
    if (typeof p === 'number') {
      if (!Number.isFinite(p)) throw new Error(`not a finite number: ${p}`);
      return `(${String(p)})`;
    }
    return pg.escapeLiteral(p);
  });
  if (i !== params.length) throw new Error(`more parameters than placeholders in: ${sql}`);
  return text;
}

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
    // BEGIN, the statements and COMMIT in one message (the simple-query protocol runs them in
    // order and skips the rest after a failure): rows a unit locks, such as a board's rank-cache
    // counts that every accepted run updates, are held for one round trip, not five.
    async atomic(steps) {
      const client = await pool.connect();
      try {
        const script = ['BEGIN', ...steps.map((s) => inlineParams(s.sql, s.params)), 'COMMIT'].join(';\n');
        const results = (await client.query(script)) as unknown as pg.QueryResult<Row>[];
        return results.slice(1, -1).map((r) => ({ rows: r.rows, changes: r.rowCount ?? 0 }));
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
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
