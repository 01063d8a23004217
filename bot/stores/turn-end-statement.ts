/**
 * A turn's end on PostgreSQL as one statement: the conversation's next seqs and the engine's state (one UPDATE), the
 * replies, the inbound activity's done mark and the feed's announcement (the notifications row and its NOTIFY), as
 * data-modifying CTEs. A statement is a transaction of its own: no BEGIN and COMMIT, and none of it is stored unless
 * all of it is; PostgreSQL sends the NOTIFY when it commits.
 *
 * A reply's id and body carry its seq (`<conversation>|0000042`), so the seqs must be known before the statement runs:
 * they follow the last seq the turn saw (its inbound activity's), and the UPDATE applies only if that is still the
 * conversation's last seq (and, with a state, only if nobody saved a state since the turn read it). Otherwise no row
 * comes back and nothing was stored: something was appended meanwhile (an agent's message, another turn) or the
 * state changed, and the caller goes the general way (take the seqs, then insert; see conversation-store.ts).
 *
 * SQL written out rather than built with Kysely: `insert … select … where exists` over several rows has no builder
 * form. Built once per shape (reply count, which parts), with every parameter cast, so PostgreSQL never has to guess
 * a parameter's type from where it is used.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { NotificationRecord } from '../cluster/notifier';
import type { ActivitiesTable } from './schema';

/** Which parts a turn's end has; one statement text per shape. */
export interface TurnEndShape {
  replies: number;
  state: boolean;
  completes: boolean;
  announce: boolean;
}

export interface TurnEndArguments {
  conversationId: string;
  at: string;
  /** The conversation's last seq as the turn knows it; the rows' seqs follow it. Needed when there are replies. */
  lastSeq?: number;
  /** The reply rows, numbered from `lastSeq + 1`, of this conversation and created `at`. */
  rows: ActivitiesTable[];
  state?: { json: string; expectedVersion: number };
  completes?: string;
  announcement?: NotificationRecord;
}

type Parameter = (args: TurnEndArguments) => unknown;

interface Built {
  sql: string;
  parameters: Parameter[];
}

function build(shape: TurnEndShape): Built {
  const parameters: Parameter[] = [];
  const param = (value: Parameter, type: 'text' | 'integer') => {
    parameters.push(value);
    return `$${parameters.length}::${type}`;
  };
  const conversationId = param((a) => a.conversationId, 'text');
  const at = param((a) => a.at, 'text');
  const bumps = shape.replies > 0 || shape.state;
  const ctes: string[] = [];
  if (bumps) {
    const sets = [`last_seq = last_seq + ${shape.replies}`, `updated_at = ${at}`];
    const where = [`id = ${conversationId}`];
    if (shape.replies > 0) where.push(`last_seq = ${param((a) => a.lastSeq, 'integer')}`);
    if (shape.state) {
      sets.push(`state = ${param((a) => a.state!.json, 'text')}`, `state_version = ${param((a) => a.state!.expectedVersion + 1, 'integer')}`);
      where.push(`state_version = ${param((a) => a.state!.expectedVersion, 'integer')}`);
    }
    ctes.push(`bumped as (update conversations set ${sets.join(', ')} where ${where.join(' and ')} returning last_seq)`);
  }
  // Every other part applies only with the UPDATE (when there is one): no row there, nothing anywhere.
  const applies = bumps ? ' and exists (select 1 from bumped)' : '';
  if (shape.completes) {
    ctes.push(
      `done as (update activities set turn_done_at = ${at} where conversation_id = ${conversationId} and id = ${param((a) => a.completes, 'text')} and direction = 'in'${applies})`,
    );
  }
  if (shape.replies > 0) {
    const rows = Array.from({ length: shape.replies }, (_, i) => {
      const column = (name: 'seq' | 'id' | 'direction' | 'role' | 'type' | 'text' | 'body', type: 'text' | 'integer' = 'text') => param((a) => a.rows[i]![name], type);
      return `(${conversationId}, ${column('seq', 'integer')}, ${column('id')}, ${column('direction')}, ${column('role')}, ${column('type')}, ${column('text')}, ${column('body')}, ${at})`;
    });
    ctes.push(
      `replies as (insert into activities (conversation_id, seq, id, direction, role, type, text, body, created_at) select * from (values ${rows.join(', ')}) as reply where exists (select 1 from bumped))`,
    );
  }
  let notify = '';
  if (shape.announce) {
    const value = (name: keyof NotificationRecord) => param((a) => a.announcement![name], 'text');
    ctes.push(
      `stored as (insert into notifications (id, topic, payload, origin, created_at) select ${value('id')}, ${value('topic')}, ${value('payload')}, ${value('origin')}, now()${bumps ? ' from bumped' : ''} returning id)`,
    );
    notify = `(select pg_notify(${value('channel')}, ${value('message')}) from stored)`;
  }
  const result = bumps ? `select last_seq${notify ? `, ${notify} as notified` : ''} from bumped` : `select ${notify || 'true'} as notified`;
  return { sql: ctes.length > 0 ? `with ${ctes.join(', ')} ${result}` : result, parameters };
}

/** The statements of this shape, built on first use (one store's set: see `turnStatements`). */
export function turnEndStatements() {
  const built = new Map<string, Built>();
  return {
    /** True when it was stored; false when nothing was (the last seq or the state moved: see above). */
    async execute(db: Kysely<any>, shape: TurnEndShape, args: TurnEndArguments): Promise<boolean> {
      const key = `${shape.replies}|${shape.state}|${shape.completes}|${shape.announce}`;
      let statement = built.get(key);
      if (!statement) built.set(key, (statement = build(shape)));
      const result = await db.executeQuery(CompiledQuery.raw(statement.sql, statement.parameters.map((value) => value(args))));
      return result.rows.length === 1;
    },
  };
}
