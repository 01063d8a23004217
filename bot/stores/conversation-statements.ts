/**
 * The SQL of a customer turn on the conversation store, each statement compiled once (see compiled-statement.ts): the
 * statements never change, only their values do.
 */
import type { Kysely, Selectable } from 'kysely';
import type { NewConversation } from '../conversations/model';
import { compiledStatement, type CompiledStatement } from './compiled-statement';
import { turnEndStatements } from './turn-end-statement';
import { turnStartStatements } from './turn-start-statement';
import type { ActivitiesTable, BotTables, ConversationsTable } from './schema';

/** The columns of an activity row, in the order the insert statements bind them. */
const ACTIVITY_COLUMNS = ['conversation_id', 'seq', 'id', 'direction', 'role', 'type', 'text', 'body', 'created_at'] as const;

/** Row i's argument names (`c{i}` for column c), kept: a turn names its rows' arguments afresh otherwise. */
const rowArgumentNames: string[][] = [];
function argumentNamesOfRow(i: number): string[] {
  return (rowArgumentNames[i] ??= [...ACTIVITY_COLUMNS, 'turn_claimed_at'].map((column) => `${column}${i}`));
}

/** Arguments of `insertActivities`: row i's column c as `c{i}`. */
export function rowArguments(rows: ActivitiesTable[]): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  rows.forEach((row, i) => {
    const names = argumentNamesOfRow(i);
    ACTIVITY_COLUMNS.forEach((column, c) => (args[names[c]!] = row[column]));
    if (row.turn_claimed_at !== undefined) args[names[ACTIVITY_COLUMNS.length]!] = row.turn_claimed_at;
  });
  return args;
}

export function newConversationArguments(input: NewConversation, at: string) {
  const { id, channel, user_id, locale, reference } = newConversationRow(input, at, 1);
  return { id, channel, user_id, locale, reference, at };
}

type Db = Kysely<BotTables>;

/**
 * The statements of a customer turn, each compiled once (the SQL never changes; only values do). Built per store, so
 * each compiles with its own database's dialect.
 */
export function turnStatements() {
  const conversation = compiledStatement<{ id: string }, Selectable<ConversationsTable>>(['id'], (db: Db, a) =>
    db.selectFrom('conversations').selectAll().where('id', '=', a.id),
  );
  // Creates the conversation, or takes its next seq (the upsert row-locks it), returning it whole.
  const upsertConversation = compiledStatement<ReturnType<typeof newConversationArguments>, Selectable<ConversationsTable>>(
    ['id', 'channel', 'user_id', 'locale', 'reference', 'at'],
    (db: Db, a) =>
      db
        .insertInto('conversations')
        .values({ id: a.id, channel: a.channel, user_id: a.user_id, locale: a.locale, created_at: a.at, updated_at: a.at, last_seq: 1, reference: a.reference, state: '{}', state_version: 0 })
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ last_seq: eb('conversations.last_seq', '+', 1), updated_at: a.at })))
        .returningAll(),
  );
  const takeSeqs = compiledStatement<{ id: string; count: number; at: string }, { last_seq: number }>(['id', 'count', 'at'], (db: Db, a) =>
    db
      .updateTable('conversations')
      .set((eb) => ({ last_seq: eb('last_seq', '+', a.count), updated_at: a.at }))
      .where('id', '=', a.id)
      .returning('last_seq'),
  );
  const takeSeqsSavingState = compiledStatement<
    { id: string; count: number; at: string; state: string; nextVersion: number; expectedVersion: number },
    { last_seq: number }
  >(['id', 'count', 'at', 'state', 'nextVersion', 'expectedVersion'], (db: Db, a) =>
    db
      .updateTable('conversations')
      .set((eb) => ({ last_seq: eb('last_seq', '+', a.count), updated_at: a.at, state: a.state, state_version: a.nextVersion }))
      .where('id', '=', a.id)
      .where('state_version', '=', a.expectedVersion)
      .returning('last_seq'),
  );
  const completeTurn = compiledStatement<{ at: string; conversationId: string; id: string }, never>(['at', 'conversationId', 'id'], (db: Db, a) =>
    db.updateTable('activities').set({ turn_done_at: a.at }).where('conversation_id', '=', a.conversationId).where('id', '=', a.id).where('direction', '=', 'in'),
  );
  // One statement per row count and kind (a turn has a reply or two; a handoff a few more).
  const inserts = new Map<string, CompiledStatement<Record<string, unknown>, { seq: number }>>();
  const insertActivities = (count: number, claimed: boolean, ignoreDuplicate: boolean) => {
    const key = `${count}|${claimed}|${ignoreDuplicate}`;
    let statement = inserts.get(key);
    if (!statement) {
      const names = Array.from({ length: count }, (_, i) => [...ACTIVITY_COLUMNS, ...(claimed ? ['turn_claimed_at'] : [])].map((c) => `${c}${i}`)).flat();
      statement = compiledStatement<Record<string, unknown>, { seq: number }>(names, (db: Db, a) => {
        const rows = Array.from({ length: count }, (_, i) => {
          const row = Object.fromEntries(ACTIVITY_COLUMNS.map((c) => [c, a[`${c}${i}`]])) as unknown as ActivitiesTable;
          if (claimed) row.turn_claimed_at = a[`turn_claimed_at${i}`] as string;
          return row;
        });
        const insert = db.insertInto('activities').values(rows);
        // Insert-or-ignore by id: no row back means the id was there already.
        return ignoreDuplicate ? insert.onConflict((oc) => oc.columns(['conversation_id', 'id']).doNothing()).returning('seq') : insert;
      });
      inserts.set(key, statement);
    }
    return statement;
  };
  // PostgreSQL only (data-modifying CTEs): a turn's replies with its done mark.
  const replyInserts = new Map<number, CompiledStatement<Record<string, unknown>, never>>();
  const insertActivitiesCompletingTurn = (count: number) => {
    let statement = replyInserts.get(count);
    if (!statement) {
      const names = [...Array.from({ length: count }, (_, i) => ACTIVITY_COLUMNS.map((c) => `${c}${i}`)).flat(), 'doneAt', 'completes'];
      statement = compiledStatement<Record<string, unknown>, never>(names, (db: Db, a) =>
        db
          .with('done', (qb) =>
            qb
              .updateTable('activities')
              .set({ turn_done_at: a.doneAt as string })
              .where('conversation_id', '=', a.conversation_id0 as string)
              .where('id', '=', a.completes as string)
              .where('direction', '=', 'in'),
          )
          .insertInto('activities')
          .values(Array.from({ length: count }, (_, i) => Object.fromEntries(ACTIVITY_COLUMNS.map((c) => [c, a[`${c}${i}`]])) as unknown as ActivitiesTable)),
      );
      replyInserts.set(count, statement);
    }
    return statement;
  };
  // PostgreSQL only: a turn's whole end in one statement (see turn-end-statement.ts).
  const turnEnd = turnEndStatements();
  // PostgreSQL only: a customer activity's arrival in one statement, with the turn's first read (turn-start-statement.ts).
  const turnStart = turnStartStatements();
  return { conversation, upsertConversation, takeSeqs, takeSeqsSavingState, completeTurn, insertActivities, insertActivitiesCompletingTurn, turnStart, turnEnd };
}

export function newConversationRow(input: NewConversation, at: string, lastSeq: number) {
  return {
    id: input.id,
    channel: input.channel,
    user_id: input.userId,
    locale: input.locale ?? null,
    created_at: at,
    updated_at: at,
    last_seq: lastSeq,
    reference: input.reference ? JSON.stringify(input.reference) : null,
    state: '{}',
    state_version: 0,
  };
}
