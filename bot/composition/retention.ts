/**
 * The retention purge: deletes transcripts (conversations and their activities) idle for `RETENTION_DAYS` and
 * finished tickets (with their timeline and events) untouched as long, keeping every conversation whose ticket is
 * still in progress. It runs hourly on every instance but does the work once per cluster: under a PostgreSQL advisory
 * lock, and only when no instance has run it within the hour (the last run is recorded in settings). Each run deletes
 * in batches, a bounded number of them, so a first purge of a large backlog spreads over a few runs.
 */
import { KyselyTicketRetention, type HandoffTables } from '../../handoff';
import { withClusterLock } from '../stores/cluster-lock';
import { tablesOf, type DatabaseHandle } from '../stores/database';
import type { BotTables } from '../stores/schema';
import { KyselySettingsStore } from '../stores/settings-store';
import { KyselyTranscriptRetention, type IdleConversation } from '../stores/transcript-retention';
import { intervalJob, type Job } from './jobs';

export const RETENTION_CHECK_MS = 60 * 60_000;
const BATCH = 500;
const MAX_BATCHES_PER_RUN = 40;
const LOCK_NAME = 'baton.retention';
const LAST_RUN_KEY = 'retention.lastRunAt';

export interface PurgeReport {
  /** False when another instance holds the lock or ran the purge within the hour. */
  ran: boolean;
  conversations: number;
  activities: number;
  tickets: number;
  events: number;
}

export async function purgeExpired(
  database: DatabaseHandle<unknown>,
  options: { days: number; now?: Date; minIntervalMs?: number },
): Promise<PurgeReport> {
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - options.days * 86_400_000).toISOString();
  const report: PurgeReport = { ran: false, conversations: 0, activities: 0, tickets: 0, events: 0 };
  const locked = await withClusterLock(database, LOCK_NAME, async (db) => {
    const settings = new KyselySettingsStore(tablesOf<BotTables>(db));
    const lastRun = await settings.get(LAST_RUN_KEY);
    if (lastRun && now.getTime() - Date.parse(lastRun) < (options.minIntervalMs ?? RETENTION_CHECK_MS)) return false;
    const transcripts = new KyselyTranscriptRetention(tablesOf<BotTables>(db));
    const tickets = new KyselyTicketRetention(tablesOf<HandoffTables>(db));
    // Tickets first: a conversation whose finished ticket goes now need not be kept for it.
    for (let i = 0; i < MAX_BATCHES_PER_RUN; i++) {
      const purged = await tickets.purgeFinishedBefore(before, BATCH);
      report.tickets += purged.tickets;
      report.events += purged.events;
      if (purged.tickets < BATCH) break;
    }
    let after: IdleConversation | undefined;
    for (let i = 0; i < MAX_BATCHES_PER_RUN; i++) {
      const idle = await transcripts.idleConversations(before, BATCH, after);
      if (idle.length === 0) break;
      const inProgress = await tickets.conversationsInProgress(idle.map((c) => c.id));
      const purged = await transcripts.deleteConversations(idle.filter((c) => !inProgress.has(c.id)).map((c) => c.id));
      report.conversations += purged.conversations;
      report.activities += purged.activities;
      // The next page starts after this one, so conversations kept for a ticket in progress are not read again.
      after = idle[idle.length - 1];
      if (idle.length < BATCH) break;
    }
    await settings.set(LAST_RUN_KEY, now.toISOString());
    return true;
  });
  report.ran = locked.ran && locked.value;
  return report;
}

export function retentionJob(database: DatabaseHandle<unknown>, days: number, log: (line: string) => void): Job {
  return intervalJob(
    'retention.purge',
    RETENTION_CHECK_MS,
    async () => {
      const report = await purgeExpired(database, { days });
      if (report.ran && report.conversations + report.tickets > 0) {
        log(`[retention] deleted ${report.conversations} conversations (${report.activities} activities) and ${report.tickets} tickets (${report.events} events) older than ${days} days`);
      }
    },
    log,
  );
}
