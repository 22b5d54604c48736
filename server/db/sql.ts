// The one seam between the repository and a database: a few async calls with `?` placeholders.
// SQLite (libsql on its own thread) and PostgreSQL (pg, or PGlite in tests) sit behind it, so the
// repository's SQL is written once and the contract tests run the same code on both.

export type Dialect = 'sqlite' | 'postgres';
export type Param = string | number | null;
export type Row = Record<string, unknown>;

/** One statement of a unit sent together (read or atomic). */
export interface Step {
  sql: string;
  params?: readonly Param[];
}
/** What one statement gave: its rows (a SELECT, or a write with RETURNING) and how many rows it changed. */
export interface StepResult {
  rows: Row[];
  changes: number;
}

export interface Sql {
  readonly dialect: Dialect;
  all(sql: string, params?: readonly Param[]): Promise<Row[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs a script of several statements (migrations), without parameters. */
  exec(script: string): Promise<void>;
  /**
   * Runs `work` in one transaction on one connection: every statement it makes through `tx`
   * commits together, or, when it throws, none does (the error is thrown on). Inside, `tx` is the
   * only way in: statements of others wait (SQLite) or run on other connections (PostgreSQL).
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Reads that do not depend on each other, asked together: on SQLite one trip to the reader
   * connection (its own thread, never queued behind writes), all from one snapshot; on PostgreSQL
   * side by side on the pool. The rows of each, in order.
   */
  read(steps: readonly Step[]): Promise<Row[][]>;
  /**
   * Statements that commit together or not at all, sent as one unit: on SQLite one trip to the
   * writer thread, which runs BEGIN IMMEDIATE … COMMIT there (nothing waits on a round trip while
   * the write lock is held); on PostgreSQL one transaction on one pooled connection.
   */
  atomic(steps: readonly Step[]): Promise<StepResult[]>;
  close(): Promise<void>;
}

/** The calls of one connection that takes one statement at a time. */
export interface Statements extends Pick<Sql, 'all' | 'run' | 'exec'> {
  step(sql: string, params?: readonly Param[]): Promise<StepResult>;
}

/** Steps one after the other on one connection (inside a transaction, or where nothing else runs). */
export async function stepsInOrder(statements: Pick<Statements, 'step'>, steps: readonly Step[]): Promise<StepResult[]> {
  const out: StepResult[] = [];
  for (const s of steps) out.push(await statements.step(s.sql, s.params));
  return out;
}

/** The Sql a transaction's work sees: its statements, nested transactions and units joining this one, no close. */
export function transactionScope(dialect: Dialect, statements: Statements): Sql {
  const tx: Sql = {
    dialect,
    all: statements.all,
    run: statements.run,
    exec: statements.exec,
    transaction: (inner) => inner(tx),
    read: async (steps) => (await stepsInOrder(statements, steps)).map((r) => r.rows),
    atomic: (steps) => stepsInOrder(statements, steps),
    close: () => Promise.reject(new Error('close() inside a transaction')),
  };
  return tx;
}

/** BEGIN, the work, COMMIT; on any failure ROLLBACK and the failure again. */
export async function inTransaction<T>(execute: (sql: string) => Promise<unknown>, begin: string, work: () => Promise<T>): Promise<T> {
  await execute(begin);
  try {
    const out = await work();
    await execute('COMMIT');
    return out;
  } catch (error) {
    await execute('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** How a single connection answers a unit in one go (SQLite on its threads); by default step by step. */
export interface Units {
  read?: (steps: readonly Step[]) => Promise<Row[][]>;
  atomic?: (steps: readonly Step[]) => Promise<StepResult[]>;
}

/**
 * A Sql over a single connection (SQLite): a transaction holds the connection from BEGIN to
 * COMMIT, and statements from outside it wait until it ends, so they are never inside it.
 */
export function singleConnection(dialect: Dialect, conn: Statements, close: () => Promise<void>, units: Units = {}): Sql {
  let held: Promise<void> | null = null;
  // Each call looks at `held` and posts its statement in one synchronous step after its last
  // await, so nothing from outside slips in between a BEGIN and its COMMIT.
  const outside: Statements = {
    all: async (sql, params) => {
      while (held) await held;
      return conn.all(sql, params);
    },
    run: async (sql, params) => {
      while (held) await held;
      return conn.run(sql, params);
    },
    step: async (sql, params) => {
      while (held) await held;
      return conn.step(sql, params);
    },
    exec: async (script) => {
      while (held) await held;
      return conn.exec(script);
    },
  };
  const self: Sql = {
    dialect,
    all: outside.all,
    run: outside.run,
    exec: outside.exec,
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      while (held) await held;
      // No await between the last look at `held` and taking it: two transactions never overlap.
      let release!: () => void;
      held = new Promise<void>((r) => (release = r));
      const tx = transactionScope(dialect, conn);
      try {
        return await inTransaction((sql) => conn.exec(sql), 'BEGIN IMMEDIATE', () => work(tx));
      } finally {
        held = null;
        release();
      }
    },
    // A reader of its own needs no wait: it never sees a transaction that has not committed.
    read: units.read ?? (async (steps) => {
      while (held) await held;
      return (await stepsInOrder(conn, steps)).map((r) => r.rows);
    }),
    atomic: async (steps) => {
      if (!units.atomic) return self.transaction((tx) => tx.atomic(steps));
      while (held) await held;
      return units.atomic(steps);
    },
    close: async () => {
      while (held) await held;
      await close();
    },
  };
  return self;
}

/** `?` → `$1, $2…` for PostgreSQL. Our SQL never has a `?` inside a string literal. */
export function toDollarParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
