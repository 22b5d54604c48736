// The one seam between the repository and a database: a few async calls with `?` placeholders.
// SQLite (libsql, synchronous underneath) and PostgreSQL (pg, or PGlite in tests) sit behind it,
// so the repository's SQL is written once and the contract tests run the same code on both.

export type Dialect = 'sqlite' | 'postgres';
export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface Sql {
  readonly dialect: Dialect;
  all(sql: string, params?: readonly Param[]): Promise<Row[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs a script of several statements (migrations), without parameters. */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** `?` → `$1, $2…` for PostgreSQL. Our SQL never has a `?` inside a string literal. */
export function toDollarParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
