/**
 * A Kysely query compiled once and run many times with new values. Kysely builds a query afresh on every call (an
 * immutable tree of operation nodes, each frozen) and compiles it to SQL again: for the half dozen statements of a
 * customer turn that was about a third of a millisecond of CPU per turn (issue 14's efficiency item), for SQL that
 * never changes. A compiled statement builds its query once with a marker standing in for each argument, compiles it
 * with the database's own dialect, and afterwards only swaps the call's values into the parameter list.
 *
 * Only for queries whose SQL does not depend on the argument values (no `undefined` that drops a column, no list whose
 * length varies): the arguments must all end up as bound parameters, which compiling checks.
 */
import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';

/** Marks an argument's place among the compiled parameters; a NUL byte never appears in Baton's own values. */
const MARKER_PREFIX = '\u0000baton-argument:';

export interface CompiledStatement<Args, Row> {
  /** Runs the statement on `db` (the store's database or a transaction of it) with these argument values. */
  execute(db: Kysely<any>, args: Args): Promise<QueryResult<Row>>;
}

/**
 * `build` receives markers for `names` (typed as the arguments, which they stand in for) and must use them only as
 * values. Compiled lazily on first use, with the dialect of the database it first runs on: one statement object per
 * database (a store's own), never shared between databases of different kinds.
 */
export function compiledStatement<Args extends Record<string, unknown>, Row>(
  names: readonly (keyof Args & string)[],
  build: (db: Kysely<any>, args: Args) => Compilable<Row>,
): CompiledStatement<Args, Row> {
  let compiled: { sql: string; query: CompiledQuery['query']; constants: unknown[]; slots: Array<keyof Args | undefined> } | undefined;
  return {
    execute(db, args) {
      try {
        compiled ??= compile(db, names, build);
      } catch (err) {
        return Promise.reject(err);
      }
      const { sql, query, constants, slots } = compiled;
      const parameters = new Array<unknown>(slots.length);
      for (let i = 0; i < slots.length; i++) {
        const name = slots[i];
        parameters[i] = name === undefined ? constants[i] : args[name];
      }
      return db.executeQuery<Row>({ sql, query, parameters, queryId: { queryId: '' } } as CompiledQuery<Row>);
    },
  };
}

function compile<Args extends Record<string, unknown>, Row>(db: Kysely<any>, names: readonly (keyof Args & string)[], build: (db: Kysely<any>, args: Args) => Compilable<Row>) {
  const markers = Object.fromEntries(names.map((name) => [name, `${MARKER_PREFIX}${name}`])) as unknown as Args;
  const query = build(db, markers).compile();
  const byMarker = new Map<unknown, keyof Args>(names.map((name) => [markers[name], name]));
  const slots = query.parameters.map((value) => byMarker.get(value));
  for (const name of names) {
    if (!slots.includes(name)) throw new Error(`compiled statement: argument ${name} is not a bound parameter of ${query.sql}`);
  }
  if (query.sql.includes(MARKER_PREFIX)) throw new Error(`compiled statement: an argument was inlined into ${query.sql}`);
  return { sql: query.sql, query: query.query, constants: [...query.parameters], slots };
}
