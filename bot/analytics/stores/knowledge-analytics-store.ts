/**
 * Knowledge and trend numbers, read from the bot's stored replies (each carries `channelData.baton.kind` and the
 * `articleId` it answered with), the customers' votes and the unanswered questions. JSON is read with each
 * database's own function; everything else is the same SQL on SQLite and PostgreSQL.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatabaseKind } from '../../stores/database';
import type { AnalyticsFilter } from '../query';
import type { AnalyticsTables } from './analytics-store';

export interface TopicDay {
  day: string;
  /** `article:<id>` or `question:<group key>`. */
  topic: string;
  label: string;
  count: number;
}

export class KyselyKnowledgeAnalyticsStore {
  constructor(
    private readonly db: Kysely<AnalyticsTables>,
    private readonly kind: DatabaseKind,
  ) {}

  /** A field of the activity JSON in `activities a` (`['channelData', 'baton', 'kind']`). */
  private field(path: readonly string[]): RawBuilder<string | null> {
    return this.kind === 'postgres'
      ? sql<string | null>`(a.body::jsonb #>> ${sql.lit(`{${path.join(',')}}`)})`
      : sql<string | null>`json_extract(a.body, ${sql.lit(`$.${path.join('.')}`)})`;
  }

  /** Bot replies in the period by kind (answer, clarify, fallback, small-talk, handoff…). */
  async replyKinds(filter: AnalyticsFilter): Promise<Record<string, number>> {
    const kind = this.field(['channelData', 'baton', 'kind']);
    const rows = await sql<{ kind: string | null; count: number | string }>`
      select ${kind} as kind, count(*) as count from activities a
      where a.role = 'bot' and a.created_at >= ${filter.from} and a.created_at < ${filter.to}
      group by 1`.execute(this.db);
    return Object.fromEntries(rows.rows.filter((r) => r.kind !== null).map((r) => [r.kind, Number(r.count)]));
  }

  async votes(filter: AnalyticsFilter): Promise<{ votes: number; helpful: number }> {
    const row = await this.db
      .selectFrom('article_feedback')
      .select((eb) => [eb.fn.countAll<number>().as('votes'), eb.fn.sum<number>('helpful').as('helpful')])
      .where('created_at', '>=', filter.from)
      .where('created_at', '<', filter.to)
      .executeTakeFirst();
    return { votes: Number(row?.votes ?? 0), helpful: Number(row?.helpful ?? 0) };
  }

  /** For each ticket queued in the period, the article the bot last answered with before it; counted per article. */
  async articlesBeforeHandoff(filter: AnalyticsFilter, limit: number): Promise<Array<{ articleId: string; title: string | null; count: number }>> {
    const articleId = this.field(['channelData', 'baton', 'articleId']);
    const rows = await sql<{ article_id: string; title: string | null; count: number | string }>`
      select x.article_id, max(ar.title) as title, count(*) as count from (
        select (select ${articleId} from activities a
                where a.conversation_id = t.conversation_id and a.role = 'bot' and a.created_at <= t.queued_at and ${articleId} is not null
                order by a.seq desc limit 1) as article_id
        from handoff_tickets t where t.queued_at >= ${filter.from} and t.queued_at < ${filter.to}
      ) x
      left join articles ar on ar.id = x.article_id
      where x.article_id is not null
      group by x.article_id
      order by count(*) desc, x.article_id
      limit ${limit}`.execute(this.db);
    return rows.rows.map((r) => ({ articleId: r.article_id, title: r.title, count: Number(r.count) }));
  }

  /**
   * The time of the bot reply `n` replies after the first one stored at or after `from`, or null when there are fewer:
   * where a read of about `n` replies should end. An index search (role, created_at), however many replies there are.
   */
  async replyTimeAfter(from: string, n: number): Promise<string | null> {
    const rows = await sql<{ created_at: string }>`
      select a.created_at from activities a where a.role = 'bot' and a.created_at >= ${from}
      order by a.created_at limit 1 offset ${n}`.execute(this.db);
    return rows.rows[0]?.created_at ?? null;
  }

  /** Question topics per UTC day: the article the bot answered with, or the unanswered question's group. */
  async topicsPerDay(filter: AnalyticsFilter): Promise<TopicDay[]> {
    const articleId = this.field(['channelData', 'baton', 'articleId']);
    const kind = this.field(['channelData', 'baton', 'kind']);
    const rows = await sql<{ day: string; topic: string; label: string | null; count: number | string }>`
      select x.day, x.topic, max(x.label) as label, sum(x.n) as count from (
        select substr(a.created_at, 1, 10) as day, 'article:' || ${articleId} as topic, max(ar.title) as label, count(*) as n
        from activities a left join articles ar on ar.id = ${articleId}
        where a.role = 'bot' and a.created_at >= ${filter.from} and a.created_at < ${filter.to} and ${kind} = 'answer' and ${articleId} is not null
        group by 1, 2
        union all
        select substr(q.created_at, 1, 10) as day, 'question:' || q.group_key as topic, min(q.text) as label, count(*) as n
        from unanswered_questions q where q.created_at >= ${filter.from} and q.created_at < ${filter.to}
        group by 1, 2
      ) x
      group by x.day, x.topic
      order by x.day, x.topic`.execute(this.db);
    return rows.rows.map((r) => ({ day: r.day, topic: r.topic, label: r.label ?? r.topic, count: Number(r.count) }));
  }
}
