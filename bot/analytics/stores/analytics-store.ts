/**
 * The analytics queries, one set for SQLite and PostgreSQL: timestamps are ISO-8601 UTC text in both, so periods
 * compare as strings and hours/days are prefixes; only "seconds between two timestamps" differs by dialect.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { HandoffTables } from '../../../handoff';
import type { KnowledgeTables } from '../../../knowledge';
import type { DatabaseKind } from '../../stores/database';
import type { BotTables } from '../../stores/schema';
import type { AnalyticsStore, ConversationCount, ConversationFact, TicketFact, UnansweredCount } from '../model';
import type { AnalyticsFilter, Interval } from '../query';

export type AnalyticsTables = BotTables & HandoffTables & KnowledgeTables;

const REOPEN_WINDOW_SECONDS = 7 * 86_400;
const BUCKET_LENGTH: Record<Interval, number> = { day: 10, hour: 13 };

export class KyselyAnalyticsStore implements AnalyticsStore {
  constructor(
    private readonly db: Kysely<AnalyticsTables>,
    private readonly kind: DatabaseKind,
  ) {}

  /** Seconds from `start` to `end` (both ISO text columns or expressions); null when either is null. */
  private secondsBetween(start: RawBuilder<unknown>, end: RawBuilder<unknown>): RawBuilder<number | null> {
    return this.kind === 'postgres'
      ? sql<number | null>`extract(epoch from (${end}::timestamptz - ${start}::timestamptz))::float8`
      : sql<number | null>`(unixepoch(${end}, 'subsec') - unixepoch(${start}, 'subsec'))`;
  }

  /** One row per conversation with a customer message in the period: where, in what language, and whether self-served. */
  private perConversation(filter: AnalyticsFilter) {
    const lang = sql<'en' | 'zh'>`case when c.locale like 'zh%' then 'zh' else 'en' end`;
    // A person wrote in it, or a ticket is waiting or being handled: not served by the bot alone.
    const personInvolved = sql<boolean>`(exists (select 1 from activities g where g.conversation_id = c.id and g.role = 'agent')
      or exists (select 1 from handoff_tickets o where o.conversation_id = c.id and o.status in ('queued', 'assigned')))`;
    return sql`
      select c.id as id, p.first_at as first_at, c.channel as channel, ${lang} as lang,
        case when ${personInvolved} then 0 else 1 end as self_served
      from (
        select a.conversation_id, min(a.created_at) as first_at from activities a
        where a.role = 'customer' and a.created_at >= ${filter.from} and a.created_at < ${filter.to}
        group by a.conversation_id
      ) p
      join conversations c on c.id = p.conversation_id
      where 1 = 1
        ${filter.channel ? sql`and c.channel = ${filter.channel}` : sql``}
        ${filter.lang ? sql`and ${lang} = ${filter.lang}` : sql``}`;
  }

  async conversations(filter: AnalyticsFilter, interval?: Interval): Promise<ConversationCount[]> {
    const bucket = interval ? sql<string>`substr(x.first_at, 1, ${sql.lit(BUCKET_LENGTH[interval])})` : sql<string>`''`;
    const rows = await sql<{ bucket: string; channel: string; lang: 'en' | 'zh'; conversations: number | string; self_served: number | string | null }>`
      select ${bucket} as bucket, x.channel as channel, x.lang as lang, count(*) as conversations, sum(x.self_served) as self_served
      from (${this.perConversation(filter)}) x
      group by 1, 2, 3
      order by 1, 2, 3`.execute(this.db);
    return rows.rows.map((r) => ({
      bucket: r.bucket,
      channel: r.channel,
      lang: r.lang,
      conversations: Number(r.conversations),
      selfServed: Number(r.self_served ?? 0),
    }));
  }

  async conversationList(filter: AnalyticsFilter): Promise<ConversationFact[]> {
    const rows = await sql<{ id: string; first_at: string; channel: string; lang: 'en' | 'zh'; self_served: number | string }>`
      select x.* from (${this.perConversation(filter)}) x order by x.first_at, x.id`.execute(this.db);
    return rows.rows.map((r) => ({ id: r.id, firstAt: r.first_at, channel: r.channel, lang: r.lang, selfServed: Number(r.self_served) === 1 }));
  }

  async tickets(filter: AnalyticsFilter): Promise<TicketFact[]> {
    const t = (column: string) => sql.ref(`t.${column}`);
    const reopenGap = this.secondsBetween(sql`t.resolved_at`, sql`r.queued_at`);
    const rows = await this.db
      .selectFrom('handoff_tickets as t')
      .select([
        't.id',
        't.conversation_id',
        't.channel',
        't.lang',
        't.level',
        't.skill_group',
        't.status',
        't.category',
        't.reasons',
        't.assignee_name',
        't.queued_at',
        't.first_responded_at',
        't.resolved_at',
        't.survey',
        't.first_response_breached',
        't.resolution_breached',
        't.first_response_due_at',
        't.resolution_due_at',
      ])
      .select([
        this.secondsBetween(t('queued_at'), t('first_responded_at')).as('first_response_seconds'),
        this.secondsBetween(t('queued_at'), t('resolved_at')).as('resolution_seconds'),
        sql<number>`(select count(distinct e.author_id) from handoff_entries e where e.ticket_id = t.id and e.kind = 'agent-message')`.as('agents'),
        sql<number>`(select count(*) from handoff_events v where v.ticket_id = t.id and v.type = 'ticket.transferred')`.as('transfers'),
        sql<number>`case when t.resolved_at is not null and exists (
          select 1 from handoff_tickets r where r.customer_id = t.customer_id and r.id <> t.id
            and r.queued_at > t.resolved_at and ${reopenGap} <= ${REOPEN_WINDOW_SECONDS}) then 1 else 0 end`.as('reopened'),
      ])
      .where('t.queued_at', '>=', filter.from)
      .where('t.queued_at', '<', filter.to)
      .$if(filter.channel !== undefined, (q) => q.where('t.channel', '=', filter.channel!))
      .$if(filter.lang !== undefined, (q) => q.where('t.lang', '=', filter.lang!))
      .$if(filter.group !== undefined, (q) => q.where('t.skill_group', '=', filter.group!))
      .$if(filter.level !== undefined, (q) => q.where('t.level', '=', filter.level!))
      .orderBy('t.queued_at')
      .orderBy('t.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      conversationId: r.conversation_id,
      channel: r.channel,
      lang: r.lang,
      level: r.level,
      group: r.skill_group,
      status: r.status,
      category: r.category,
      reasons: reasonCodes(r.reasons),
      assignee: r.assignee_name,
      queuedAt: r.queued_at,
      firstRespondedAt: r.first_responded_at,
      resolvedAt: r.resolved_at,
      firstResponseSeconds: seconds(r.first_response_seconds),
      resolutionSeconds: seconds(r.resolution_seconds),
      agents: Number(r.agents),
      transfers: Number(r.transfers),
      reopened: Number(r.reopened) === 1,
      slaBreached:
        r.first_response_breached === 1 ||
        r.resolution_breached === 1 ||
        (r.first_responded_at !== null && r.first_responded_at > r.first_response_due_at) ||
        (r.resolved_at !== null && r.resolved_at > r.resolution_due_at),
      survey: surveyScores(r.survey),
    }));
  }

  async topUnanswered(filter: AnalyticsFilter, limit: number): Promise<UnansweredCount[]> {
    const rows = await this.db
      .selectFrom('unanswered_questions')
      .select(['group_key'])
      .select((eb) => [eb.fn.min('text').as('text'), eb.fn.countAll<number>().as('count')])
      .where('created_at', '>=', filter.from)
      .where('created_at', '<', filter.to)
      .$if(filter.lang !== undefined, (q) => q.where('lang', '=', filter.lang!))
      .groupBy('group_key')
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .orderBy('group_key')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ text: String(r.text), count: Number(r.count) }));
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }
}

/** Millisecond precision: SQLite's sub-second epochs are doubles. */
function seconds(value: number | string | null): number | null {
  return value === null ? null : Math.round(Number(value) * 1000) / 1000;
}

function reasonCodes(json: string): string[] {
  try {
    const reasons = JSON.parse(json) as unknown;
    if (!Array.isArray(reasons)) return [];
    const codes = reasons.map((r) => (r && typeof r === 'object' && typeof (r as { code?: unknown }).code === 'string' ? (r as { code: string }).code : undefined));
    return [...new Set(codes.filter((c): c is string => c !== undefined))];
  } catch {
    return [];
  }
}

function surveyScores(json: string | null): TicketFact['survey'] {
  if (!json) return null;
  try {
    const survey = JSON.parse(json) as { score?: unknown; nps?: unknown };
    const score = typeof survey.score === 'number' ? survey.score : null;
    const nps = typeof survey.nps === 'number' ? survey.nps : null;
    return score === null && nps === null ? null : { score, nps };
  } catch {
    return null;
  }
}
