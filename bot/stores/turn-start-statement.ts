/**
 * A customer activity's arrival on PostgreSQL as one statement: the conversation's upsert (which takes the next seq and
 * row-locks the conversation), the activity's insert with its turn claimed, and — when the caller gives one — a
 * companion read (the turn's handoff-mode read) whose rows come back as a JSON array in the same answer: the turn's
 * first round trip does what took two.
 *
 * A repeated activity id fails the whole statement on the activities' unique key (seq taken included, and the read
 * with it: a redelivery needs neither). The companion reads in the statement's snapshot, which is the moment the
 * activity is stored; read just after the storing statement, as it was, it could see no more than a change committed
 * in between, which a turn could equally have missed by arriving a moment sooner.
 *
 * One durable commit per turn: the statement commits without waiting for its WAL to reach the disk
 * (`synchronous_commit` off for this statement's transaction alone), so its row is seen at once by every instance (the
 * claim on the turn, a redelivery's unique key) while the disk write waits for the turn's end. The turn's end commits
 * synchronously, and PostgreSQL writes its log in order: flushing the end flushes the arrival with it, before the
 * turn's replies are sent or answered. Nothing is acknowledged in between: a turn that fails answers 5xx (or stores
 * its failure message, synchronously); a redelivery answered as a duplicate first makes the arrival durable
 * (`ConversationStore.appendInbound`). A crash of the database in between loses an arrival nobody was told of, which
 * the channel's retry stores again; the WAL writer flushes it within a fraction of a second anyway.
 *
 * SQL written out rather than built with Kysely (as in turn-end-statement.ts): the companion's SQL is spliced in with
 * its parameters renumbered after the statement's own (quoted literals and identifiers left alone), and every own
 * parameter is cast.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { CompanionRead } from '../conversations/conversation-store';

export interface TurnStartArguments {
  conversation: { id: string; channel: string; user_id: string; locale: string | null; reference: string | null };
  at: string;
  activity: { id: string; direction: string; role: string; type: string; text: string | null; body: string; created_at: string };
}

const OWN_PARAMETERS = 13;

const BASE =
  'with conv as (insert into conversations (id, channel, user_id, locale, created_at, updated_at, last_seq, reference, state, state_version) ' +
  "values ($1::text, $2::text, $3::text, $4::text, $5::text, $5::text, 1, $6::text, '{}', 0) " +
  'on conflict (id) do update set last_seq = conversations.last_seq + 1, updated_at = $5::text returning *), ' +
  'act as (insert into activities (conversation_id, seq, id, direction, role, type, text, body, created_at, turn_claimed_at) ' +
  'select conv.id, conv.last_seq, $7::text, $8::text, $9::text, $10::text, $11::text, $12::text, $13::text, $5::text from conv returning seq) ' +
  "select conv.*, (select act.seq from act) as inserted_seq, set_config('synchronous_commit', 'off', true) as deferred_flush";

/** A quoted literal or identifier (kept as it is), or a `$n` placeholder (renumbered). */
const LITERAL_OR_PLACEHOLDER = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\$(\d+)/g;

export function turnStartStatements() {
  const withCompanion = new Map<string, string>();
  return {
    /** The conversation row as it stands, the stored activity's seq and, with a companion, the companion's rows. */
    /**
     * A redelivered activity found stored: makes what it found durable before the redelivery is answered (rewriting
     * the row writes WAL, and the commit of a statement that wrote WAL waits for the disk, through the arrival's commit
     * before it). Nothing happens when the activity is not there.
     */
    async makeDurable(db: Kysely<any>, conversationId: string, activityId: string): Promise<void> {
      await db.executeQuery(
        CompiledQuery.raw(
          "update activities set turn_claimed_at = turn_claimed_at where conversation_id = $1::text and id = $2::text and direction = 'in'",
          [conversationId, activityId],
        ),
      );
    },
    async execute(db: Kysely<any>, args: TurnStartArguments, companion?: Pick<CompanionRead<unknown>, 'sql' | 'parameters'>) {
      const { conversation: c, at, activity: a } = args;
      const own = [c.id, c.channel, c.user_id, c.locale, at, c.reference, a.id, a.direction, a.role, a.type, a.text, a.body, a.created_at];
      let sql = `${BASE} from conv`;
      if (companion) {
        sql = withCompanion.get(companion.sql) ?? spliced(companion.sql);
        if (withCompanion.size < 50) withCompanion.set(companion.sql, sql);
      }
      const parameters = companion ? [...own, ...companion.parameters] : own;
      const result = await db.executeQuery<Record<string, unknown> & { inserted_seq: number | null; companion?: Record<string, unknown>[] }>(CompiledQuery.raw(sql, parameters));
      return result.rows[0];
    },
  };
}

function spliced(companionSql: string): string {
  const renumbered = companionSql.replace(LITERAL_OR_PLACEHOLDER, (match, n: string | undefined) => (n === undefined ? match : `$${Number(n) + OWN_PARAMETERS}`));
  return `${BASE}, (select coalesce(json_agg(companion), '[]'::json) from (${renumbered}) as companion) as companion from conv`;
}
