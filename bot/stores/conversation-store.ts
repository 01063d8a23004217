import { PostgresAdapter, type Kysely, type Selectable } from 'kysely';
import { StateConflictError, TURN_LEASE_MS, type CompanionRead, type ConversationStore, type InboundTurn, type TurnEnd } from '../conversations/conversation-store';
import type { Conversation, NewActivity, NewConversation, StoredActivity } from '../conversations/model';
import { newConversationArguments, newConversationRow, rowArguments, turnStatements } from './conversation-statements';
import type { ActivitiesTable, BotTables, ConversationsTable } from './schema';

/** Thrown when the activity id was stored before: inside the append transaction it rolls the transaction back. */
const DUPLICATE = Symbol('duplicate activity');


/** A released claim: long expired, yet not null (null marks rows stored before turns were tracked: done). */
const RELEASED = new Date(0).toISOString();

export class KyselyConversationStore implements ConversationStore {
  constructor(
    private readonly db: Kysely<BotTables>,
    private readonly now: () => Date = () => new Date(),
    private readonly turnLeaseMs = TURN_LEASE_MS,
  ) {
    this.postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** A turn's statements, compiled once for this store's database (see compiled-statement.ts). */
  private readonly statements = turnStatements();
  /**
   * PostgreSQL runs statements that depend on each other as one (data-modifying CTEs), a round trip fewer each: every
   * statement is one on PostgreSQL, where SQLite's are calls in the process (and SQLite has no such CTEs).
   */
  private readonly postgres: boolean;

  async ensure(input: NewConversation): Promise<Conversation> {
    const existing = await this.get(input.id);
    if (existing) return existing;
    const at = this.now().toISOString();
    await this.db
      .insertInto('conversations')
      .values(newConversationRow(input, at, 0))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const created = await this.get(input.id);
    if (!created) throw new Error(`conversation ${input.id} vanished after insert`);
    return created;
  }

  async get(id: string): Promise<Conversation | undefined> {
    const [row] = (await this.statements.conversation.execute(this.db, { id })).rows;
    return row ? toConversation(row) : undefined;
  }

  async append(conversationId: string, activity: NewActivity): Promise<StoredActivity> {
    const { conversationRow: _row, ...stored } = (await this.insert(conversationId, activity, false))!;
    return stored;
  }

  async appendOnce(conversationId: string, activity: NewActivity & { id: string }): Promise<StoredActivity | undefined> {
    try {
      const inserted = await this.insert(conversationId, activity, true);
      if (!inserted) return undefined;
      const { conversationRow: _row, ...stored } = inserted;
      return stored;
    } catch (err) {
      if (err === DUPLICATE) return undefined;
      throw err;
    }
  }

  async appendInbound<Companion>(conversation: NewConversation, activity: NewActivity, companion?: CompanionRead<Companion>): Promise<InboundTurn<Companion> | undefined> {
    try {
      const inserted = await this.insert(conversation.id, activity, activity.id !== undefined, conversation, companion);
      if (!inserted) return undefined;
      const { conversationRow, companionRows, ...stored } = inserted;
      const turn: InboundTurn<Companion> = { activity: stored, conversation: toConversation(conversationRow!) };
      if (companion && companionRows) turn.companion = { value: companion.read(companionRows) };
      return turn;
    } catch (err) {
      if (err !== DUPLICATE) throw err;
      const retry = await this.claimUnfinishedTurn(conversation.id, activity.id!);
      // On PostgreSQL the first delivery's statement did not wait for the disk (turn-start-statement.ts): this one is
      // about to be answered as a duplicate, which tells the channel the activity is stored. (A claimed retry runs
      // the turn, whose end waits for the disk.)
      if (!retry && this.postgres) await this.statements.turnStart.makeDurable(this.db, conversation.id, activity.id!);
      return retry;
    }
  }

  /** One conditional UPDATE, so of several retries at once (on any instance) exactly one gets the turn. */
  private async claimUnfinishedTurn(conversationId: string, activityId: string): Promise<InboundTurn<never> | undefined> {
    const now = this.now();
    const claimed = await this.db
      .updateTable('activities')
      .set({ turn_claimed_at: now.toISOString() })
      .where('conversation_id', '=', conversationId)
      .where('id', '=', activityId)
      .where('direction', '=', 'in')
      .where('turn_done_at', 'is', null)
      .where('turn_claimed_at', '<', this.leaseCutoff(now))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return undefined;
    const [activity, conversation] = await Promise.all([this.findActivity(conversationId, activityId), this.get(conversationId)]);
    if (!activity || !conversation) return undefined;
    return { activity, conversation, retry: true };
  }

  async turnOf(conversationId: string, activityId: string): Promise<'done' | 'running' | 'unclaimed' | undefined> {
    const row = await this.db
      .selectFrom('activities')
      .select(['turn_claimed_at', 'turn_done_at'])
      .where('conversation_id', '=', conversationId)
      .where('id', '=', activityId)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.turn_done_at || !row.turn_claimed_at) return 'done';
    return row.turn_claimed_at < this.leaseCutoff(this.now()) ? 'unclaimed' : 'running';
  }

  async appendReplies(conversationId: string, activities: NewActivity[], end: TurnEnd = {}): Promise<StoredActivity[]> {
    const at = this.now().toISOString();
    const { completes, state, lastSeq } = end;
    // On PostgreSQL the whole end is one statement when the seqs can be told beforehand (see turn-end-statement.ts).
    const record = end.announce?.record;
    if (this.postgres && (record || !end.announce?.write) && (activities.length === 0 || lastSeq !== undefined)) {
      const shape = { replies: activities.length, state: state !== undefined, completes: completes !== undefined, announce: record !== undefined };
      if (!shape.replies && !shape.state && !shape.completes && !shape.announce) return [];
      const rows = activities.map((activity, i) => toRow(conversationId, lastSeq! + 1 + i, activity, at));
      const args = { conversationId, at, lastSeq, rows, completes, announcement: record, state: state && { json: JSON.stringify(state.state), expectedVersion: state.expectedVersion } };
      if (await this.statements.turnEnd.execute(this.db, shape, args)) return rows.map((row) => writtenActivity(row));
      // Nothing stored: something was appended since the turn's last seq, or the state changed. The general way
      // below takes the seqs as they are now (and says StateConflictError when it was the state).
    }
    const announce = end.announce?.write;
    const bumpsConversation = activities.length > 0 || state !== undefined;
    const merged = this.postgres && activities.length > 0 && completes !== undefined;
    const run = async (db: Kysely<BotTables>): Promise<StoredActivity[]> => {
      let rows: ActivitiesTable[] = [];
      if (bumpsConversation) {
        // One UPDATE takes the seqs (row-locking the conversation, so concurrent appends never share one) and saves
        // the state, if nobody saved since the turn read it.
        const [bumped] = state
          ? (
              await this.statements.takeSeqsSavingState.execute(db, {
                id: conversationId,
                count: activities.length,
                at,
                state: JSON.stringify(state.state),
                nextVersion: state.expectedVersion + 1,
                expectedVersion: state.expectedVersion,
              })
            ).rows
          : (await this.statements.takeSeqs.execute(db, { id: conversationId, count: activities.length, at })).rows;
        if (!bumped) throw state ? new StateConflictError(conversationId) : new Error(`unknown conversation ${conversationId}`);
        const first = Number(bumped.last_seq) - activities.length + 1;
        rows = activities.map((activity, i) => toRow(conversationId, first + i, activity, at));
        // On PostgreSQL the replies and the done mark are one statement.
        if (merged) await this.statements.insertActivitiesCompletingTurn(rows.length).execute(db, { ...rowArguments(rows), doneAt: at, completes });
        else if (rows.length > 0) await this.statements.insertActivities(rows.length, false, false).execute(db, rowArguments(rows));
      }
      if (completes && !merged) await this.statements.completeTurn.execute(db, { at, conversationId, id: completes });
      if (announce) await announce(db);
      return rows.map((row) => writtenActivity(row));
    };
    const statements = (bumpsConversation ? 1 : 0) + (activities.length > 0 ? 1 : 0) + (completes && !merged ? 1 : 0) + (announce ? 1 : 0);
    // A lone statement is a transaction of its own; BEGIN and COMMIT would be two more round trips for nothing.
    return statements > 1 ? this.db.transaction().execute(run) : run(this.db);
  }

  async releaseTurn(conversationId: string, activityId: string): Promise<void> {
    await this.db
      .updateTable('activities')
      .set({ turn_claimed_at: RELEASED })
      .where('conversation_id', '=', conversationId)
      .where('id', '=', activityId)
      .where('direction', '=', 'in')
      .where('turn_done_at', 'is', null)
      .execute();
  }

  private leaseCutoff(now: Date): string {
    return new Date(now.getTime() - this.turnLeaseMs).toISOString();
  }

  private insert(
    conversationId: string,
    activity: NewActivity,
    ignoreDuplicate: boolean,
    create?: NewConversation,
    companion?: CompanionRead<unknown>,
  ): Promise<(StoredActivity & { conversationRow?: Selectable<ConversationsTable>; companionRows?: Record<string, unknown>[] }) | undefined> {
    const at = this.now().toISOString();
    // A customer's activity with the channel's id: on PostgreSQL the conversation's upsert and the insert are one
    // statement (the row does not depend on the seq but for the seq itself), which carries the companion read too.
    if (create && ignoreDuplicate && activity.id !== undefined && activity.direction === 'in' && this.postgres) return this.insertInboundAtOnce(create, activity, at, companion);
    return this.db.transaction().execute(async (trx) => {
      // Taking the next seq with an UPDATE row-locks the conversation, so concurrent appends never share a seq (and
      // concurrent deliveries of one id queue behind each other: the later one finds the earlier one's row). Given a
      // conversation to create, the same statement creates it (an upsert) and returns it whole.
      const [bumped] = create
        ? (await this.statements.upsertConversation.execute(trx, { ...newConversationArguments(create, at) })).rows
        : (await this.statements.takeSeqs.execute(trx, { id: conversationId, count: 1, at })).rows;
      if (!bumped) throw new Error(`unknown conversation ${conversationId}`);
      const conversationRow = create ? (bumped as Selectable<ConversationsTable>) : undefined;
      const row = toRow(conversationId, Number(bumped.last_seq), activity, at);
      // A customer's activity is stored with its turn claimed: the turn runs right after (see appendInbound).
      const claimed = activity.direction === 'in';
      if (claimed) row.turn_claimed_at = at;
      const insert = this.statements.insertActivities(1, claimed, ignoreDuplicate);
      const inserted = await insert.execute(trx, rowArguments([row]));
      // Nothing inserted: the id was there already. Throwing rolls the seq back, so the log stays gap-free.
      if (ignoreDuplicate && inserted.rows.length === 0) throw DUPLICATE;
      // A customer's arrival (the turn's path) hands back the activity it was given; any other append reads its JSON.
      return { ...(create ? writtenActivity(row) : toActivity(row)), conversationRow };
    });
  }

  /**
   * `insert` for a customer's activity with an id, on PostgreSQL: one statement and no explicit transaction (BEGIN
   * and COMMIT would be two more round trips). A statement is atomic on its own: a repeated id fails it on the unique
   * (conversation, id) constraint, which undoes the seq its upsert took, so the log stays gap-free. A concurrent
   * delivery of the same id waits on the conversation's row lock and then fails the same way.
   */
  private async insertInboundAtOnce(
    create: NewConversation,
    activity: NewActivity,
    at: string,
    companion?: CompanionRead<unknown>,
  ): Promise<StoredActivity & { conversationRow: Selectable<ConversationsTable>; companionRows?: Record<string, unknown>[] }> {
    // The seq in the row is a placeholder: the statement takes the one its upsert hands out.
    const row = toRow(create.id, 0, activity, at);
    const { id, channel, user_id, locale, reference } = newConversationArguments(create, at);
    const args = { conversation: { id, channel, user_id, locale, reference }, at, activity: row };
    let result: Awaited<ReturnType<typeof this.statements.turnStart.execute>>;
    try {
      result = await this.statements.turnStart.execute(this.db, args, companion);
    } catch (err) {
      if (isDuplicateActivityId(err)) throw DUPLICATE;
      throw err;
    }
    if (!result || result.inserted_seq === null) throw new Error(`conversation ${create.id}: the inbound activity was not stored`);
    const { inserted_seq, companion: companionRows, ...conversationRow } = result;
    return {
      ...writtenActivity(row, Number(inserted_seq)),
      conversationRow: conversationRow as unknown as Selectable<ConversationsTable>,
      ...(companion ? { companionRows: companionRows ?? [] } : {}),
    };
  }

  async findActivity(conversationId: string, activityId: string): Promise<StoredActivity | undefined> {
    const row = await this.db
      .selectFrom('activities')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('id', '=', activityId)
      .executeTakeFirst();
    return row ? toActivity(row) : undefined;
  }

  async list(conversationId: string, options: { afterSeq?: number; limit?: number } = {}): Promise<StoredActivity[]> {
    const rows = await this.db
      .selectFrom('activities')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', options.afterSeq ?? 0)
      .orderBy('seq')
      .limit(options.limit ?? 1000)
      .execute();
    return rows.map(toActivity);
  }

  async saveState(conversationId: string, state: Record<string, unknown>, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .updateTable('conversations')
      .set({ state: JSON.stringify(state), state_version: expectedVersion + 1, updated_at: this.now().toISOString() })
      .where('id', '=', conversationId)
      .where('state_version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async saveReference(conversationId: string, reference: Record<string, unknown>): Promise<void> {
    await this.db
      .updateTable('conversations')
      .set({ reference: JSON.stringify(reference) })
      .where('id', '=', conversationId)
      .execute();
  }
}

/** PostgreSQL's unique violation on an activity id already stored in the conversation (SQLSTATE 23505). */
function isDuplicateActivityId(err: unknown): boolean {
  const { code, constraint } = (err ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'activities_id_unique';
}

/** The body each row of `toRow` was serialised from (see `writtenActivity`). */
const bodies = new WeakMap<ActivitiesTable, Record<string, unknown>>();

function toRow(conversationId: string, seq: number, activity: NewActivity, at: string): ActivitiesTable {
  const id = activity.id ?? `${conversationId}|${String(seq).padStart(7, '0')}`;
  const body = { ...activity.activity, id, timestamp: (activity.activity.timestamp as string | undefined) ?? at };
  const row: ActivitiesTable = {
    conversation_id: conversationId,
    seq,
    id,
    direction: activity.direction,
    role: activity.role,
    type: activity.type,
    text: activity.text,
    body: JSON.stringify(body),
    created_at: at,
  };
  bodies.set(row, body);
  return row;
}

/**
 * A row this store just wrote, as `toActivity` would read it back, without parsing the JSON it serialised a moment
 * before: the activity is the object it serialised. Only for the turn's own appends (the customer's arrival and the
 * replies), whose activities are JSON values already (the Agents SDK edge made them with JSON.parse), so the object
 * and its JSON read back alike; parsing them again was a copy per activity on every turn.
 */
function writtenActivity(row: ActivitiesTable, seq = row.seq): StoredActivity {
  const body = bodies.get(row);
  if (!body) return toActivity({ ...row, seq });
  return {
    conversationId: row.conversation_id,
    seq: Number(seq),
    id: row.id,
    direction: row.direction,
    role: row.role,
    type: row.type,
    text: row.text,
    activity: body,
    timestamp: row.created_at,
  };
}


function toConversation(row: Selectable<ConversationsTable>): Conversation {
  return {
    id: row.id,
    channel: row.channel,
    userId: row.user_id,
    locale: row.locale,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSeq: Number(row.last_seq),
    reference: row.reference ? (JSON.parse(row.reference) as Record<string, unknown>) : null,
    state: JSON.parse(row.state) as Record<string, unknown>,
    stateVersion: Number(row.state_version),
  };
}

function toActivity(row: Omit<Selectable<ActivitiesTable>, 'turn_claimed_at' | 'turn_done_at'>): StoredActivity {
  return {
    conversationId: row.conversation_id,
    seq: Number(row.seq),
    id: row.id,
    direction: row.direction,
    role: row.role,
    type: row.type,
    text: row.text,
    activity: JSON.parse(row.body) as Record<string, unknown>,
    timestamp: row.created_at,
  };
}

