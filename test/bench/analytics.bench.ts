/**
 * Analytics at scale on PostgreSQL: 100k conversations over 29 days (400k customer and bot activities, one in five
 * handed off, with agent replies, entries, events and surveys, plus 10k unanswered questions), generated in SQL; then
 * the whole-period summary, a daily timeseries and the export are timed. The issue's target: the summary in ≤ 1 s.
 */
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Client } from 'pg';
import { createAnalyticsService, KyselyAnalyticsStore, type AnalyticsTables } from '../../bot/analytics';
import { openDatabase, tablesOf } from '../../bot/stores/database';
import { migrateToLatest } from '../../bot/stores/migrate';
import { botMigrations } from '../../bot/stores/migrations';
import { handoffMigrations } from '../../handoff';
import { knowledgeMigrations } from '../../knowledge';
import { DEFAULT_TEST_PG_URL } from '../global-setup';
import { createTestDatabase } from '../support/databases';
import { percentile } from './stats';

const CONVERSATIONS = 100_000;
const RUNS = 7;
const PERIOD = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };

const progress = (line: string) => process.stderr.write(`  [analytics] ${line}\n`);

export async function run(): Promise<Record<string, unknown>> {
  const url = process.env.BATON_TEST_DATABASE_URL || DEFAULT_TEST_PG_URL;
  if (!(await reachable(url))) return { skipped: 'PostgreSQL not reachable' };
  process.env.BATON_TEST_PG_URL = url;
  const database = await createTestDatabase('postgres');
  const handle = openDatabase<unknown>({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'unused.db') });
  try {
    await migrateToLatest(handle.db, botMigrations, knowledgeMigrations, handoffMigrations);
    const started = Date.now();
    await generate(handle.db as Kysely<unknown>);
    progress(`generated ${CONVERSATIONS} conversations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const analytics = createAnalyticsService({ store: new KyselyAnalyticsStore(tablesOf<AnalyticsTables>(handle.db), 'postgres') });

    const summary = await analytics.summary(PERIOD);
    const summaryMs = await timed(() => analytics.summary(PERIOD));
    const timeseriesMs = await timed(() => analytics.timeseries(PERIOD, 'selfServiceRate', 'day'));
    const filteredMs = await timed(() => analytics.summary({ ...PERIOD, channel: 'msteams', lang: 'zh' }));
    const exportMs = await timed(() => analytics.exportCsv(PERIOD), 3);
    return {
      data: { conversations: summary.conversations, tickets: summary.tickets, selfServiceRate: summary.selfServiceRate },
      summaryMs,
      filteredSummaryMs: filteredMs,
      dailyTimeseriesMs: timeseriesMs,
      exportMs,
      targetSummaryMs: 1000,
      meetsTarget: summaryMs.p50 <= 1000,
    };
  } finally {
    await handle.close();
    if (process.env.BATON_BENCH_KEEP_DB) progress(`kept ${database.url}`);
    else await database.drop();
  }
}

async function timed(fn: () => Promise<unknown>, runs = RUNS): Promise<{ p50: number; max: number; runs: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 50)), max: Math.round(times[times.length - 1]), runs };
}

/** Rows made by the database itself (generate_series), so 500k rows take seconds, not minutes of round trips. */
async function generate(db: Kysely<unknown>): Promise<void> {
  const iso = (expr: string) => sql.raw(`to_char((${expr}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  const base = `timestamptz '2026-11-01T00:00:00Z' + g * interval '25 seconds'`;
  await sql`insert into conversations (id, channel, user_id, locale, created_at, updated_at, last_seq, reference, state, state_version)
    select 'c' || g, case when g % 5 = 0 then 'msteams' else 'webchat' end, 'u' || g, case when g % 3 = 0 then 'zh-CN' else 'en-US' end,
      ${iso(base)}, ${iso(base)}, 4, null, '{}', 0
    from generate_series(1, ${CONVERSATIONS}) g`.execute(db);
  await sql`insert into activities (conversation_id, seq, id, direction, role, type, text, body, created_at)
    select 'c' || g, k, 'a' || g || '-' || k, case when k % 2 = 1 then 'in' else 'out' end,
      case when k % 2 = 1 then 'customer' else 'bot' end, 'message', 'text', '{}', ${iso(`${base} + k * interval '3 seconds'`)}
    from generate_series(1, ${CONVERSATIONS}) g, generate_series(1, 4) k`.execute(db);
  // One in five is handed off: an agent replies after 30–630 s and resolves after 10–70 minutes.
  const handed = sql.raw(`from generate_series(1, ${CONVERSATIONS}) g where g % 5 = 1`);
  const queued = `${base} + interval '10 seconds'`;
  await sql`insert into activities (conversation_id, seq, id, direction, role, type, text, body, created_at)
    select 'c' || g, 5, 'a' || g || '-5', 'out', 'agent', 'message', 'hello', '{}', ${iso(`${queued} + (30 + g % 600) * interval '1 second'`)} ${handed}`.execute(db);
  await sql`insert into handoff_tickets (id, conversation_id, active_conversation_id, channel, status, level, category, skill_group, lang,
      customer_id, customer, reasons, last_customer_message, assignee_id, assignee_name, reserved_for_id, reserved_for_name, sla_policy,
      first_response_due_at, first_response_warn_at, first_responded_at, resolution_due_at, resolution_warn_at, paused_at,
      first_response_warned, first_response_breached, resolution_warned, resolution_breached, escalations, resolution, survey,
      created_at, queued_at, updated_at, assigned_at, resolved_at, closed_at, version, last_seq)
    select 'T-' || g, 'c' || g, null, case when g % 5 = 0 then 'msteams' else 'webchat' end, 'closed', 'L' || (1 + g % 3),
      'inquiry', case when g % 2 = 0 then 'billing' else 'default' end, case when g % 3 = 0 then 'zh' else 'en' end,
      'u' || (g % 20000), '{}', ${sql.raw(`'[{"code":"' || (array['agent-request','complaint','negative','fallback','high-value'])[1 + g % 5] || '","detail":"x"}]'`)},
      null, 'agent-' || (g % 40), 'Agent ' || (g % 40), null, null, '{}',
      ${iso(`${queued} + interval '30 minutes'`)}, ${iso(`${queued} + interval '24 minutes'`)}, ${iso(`${queued} + (30 + g % 600) * interval '1 second'`)},
      ${iso(`${queued} + interval '24 hours'`)}, ${iso(`${queued} + interval '19 hours'`)}, null,
      0, 0, 0, case when g % 97 = 0 then 1 else 0 end, 0, '{}',
      ${sql.raw(`'{"score":' || (1 + g % 5) || ',"nps":' || case when g % 4 = 0 then (g % 11)::text else 'null' end || '}'`)},
      ${iso(queued)}, ${iso(queued)}, ${iso(queued)}, ${iso(queued)}, ${iso(`${queued} + (600 + g % 3600) * interval '1 second'`)},
      ${iso(`${queued} + interval '2 hours'`)}, 5, 3 ${handed}`.execute(db);
  await sql`insert into handoff_entries (ticket_id, seq, kind, author_id, author_name, text, created_at)
    select 'T-' || g, 2, 'agent-message', 'agent-' || (g % 40), 'Agent ' || (g % 40), 'hello', ${iso(queued)} ${handed}`.execute(db);
  await sql`insert into handoff_events (ticket_id, seq, type, from_status, to_status, actor_id, actor_name, data, created_at)
    select 'T-' || g, k, (array['ticket.created','ticket.claimed','ticket.resolved'])[k], null, null, null, null, '{}', ${iso(queued)}
    ${sql.raw(`from generate_series(1, ${CONVERSATIONS}) g, generate_series(1, 3) k where g % 5 = 1`)}`.execute(db);
  await sql`insert into unanswered_questions (id, group_key, text, lang, reason, best_article_id, score, created_at, status, resolved_at, resolution, conversation_id)
    select 'q' || g, 'key-' || (g % 200), 'question ' || (g % 200), 'en', 'no-answer', null, null, ${iso(base)}, 'open', null, null, 'c' || g
    from generate_series(1, ${CONVERSATIONS}, 10) g`.execute(db);
  await sql`analyze`.execute(db);
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
