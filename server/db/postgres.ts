// PostgreSQL through a pg pool (DATABASE_URL), and the same shape over PGlite for the tests.
import pg from 'pg';
import { toDollarParams, type Param, type Row, type Sql } from './sql';

// int8 (BIGINT, COUNT(*)) comes back as a string by default; our values fit a double.
pg.types.setTypeParser(20, (value: string) => Number(value));

export function openPostgres(url: string): Sql {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    dialect: 'postgres',
    all: async (sql: string, params: readonly Param[] = []) => (await pool.query<Row>(toDollarParams(sql), [...params])).rows,
    run: async (sql: string, params: readonly Param[] = []) => (await pool.query(toDollarParams(sql), [...params])).rowCount ?? 0,
    exec: async (script: string) => {
      await pool.query(script);
    },
    close: () => pool.end(),
  };
}

/** What PGlite offers that we use (kept structural so the server does not depend on PGlite). */
export interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

export function wrapPglite(db: PgliteLike): Sql {
  return {
    dialect: 'postgres',
    all: async (sql: string, params: readonly Param[] = []) => (await db.query<Row>(toDollarParams(sql), [...params])).rows,
    run: async (sql: string, params: readonly Param[] = []) => (await db.query(toDollarParams(sql), [...params])).affectedRows ?? 0,
    exec: async (script: string) => {
      await db.exec(script);
    },
    close: () => db.close(),
  };
}
