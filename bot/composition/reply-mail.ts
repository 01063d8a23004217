/**
 * E-mail of agent replies to absent web customers wired to Baton: the contact and mail tables on the shared
 * database, SMTP from config (off without SMTP_URL), and a job that sends what is due. The link back to the
 * conversation needs the Direct Line, built later: `linkThrough` connects it.
 */
import type { Config } from '../config';
import type { DirectLineService } from '../channels/directline/direct-line';
import type { ConversationStore } from '../conversations/conversation-store';
import { createReplyMail, type ReplyMail } from '../conversations/reply-mail';
import { createSmtpMailer } from '../mail/smtp-mailer';
import { tablesOf } from '../stores/database';
import { KyselyReplyMailStore, type ReplyMailStore } from '../stores/reply-mail-store';
import type { BotTables } from '../stores/schema';
import { intervalJob, type Job } from './jobs';
import type { Storage } from './storage';

/** How often replies waiting to be e-mailed are looked at. */
export const REPLY_MAIL_TICK_MS = 5_000;

export interface ReplyMailParts {
  /** Customers' e-mail contacts (with consent) and the replies waiting to be e-mailed. */
  replyMailStore: ReplyMailStore;
  replyMail: ReplyMail;
}

export function buildReplyMail(deps: {
  storage: Storage;
  config: Pick<Config, 'mail' | 'publicUrl' | 'port'>;
  conversations: ConversationStore;
  clock: () => Date;
  log: (line: string) => void;
}): ReplyMailParts & { job: Job; linkThrough(directLine: DirectLineService): void } {
  const { config } = deps;
  const replyMailStore = new KyselyReplyMailStore(tablesOf<BotTables>(deps.storage.database.db));
  let directLine: DirectLineService | undefined;
  const origin = config.publicUrl ?? `http://localhost:${config.port}`;
  const replyMail = createReplyMail({
    store: replyMailStore,
    conversations: deps.conversations,
    mailer: config.mail.smtpUrl ? createSmtpMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from }) : undefined,
    linkTo: async (conversationId) => {
      if (!directLine) throw new Error('reply mail: the Direct Line is not connected yet');
      return `${origin}/?resume=${encodeURIComponent(await directLine.resumeKeyFor(conversationId))}`;
    },
    delayMinutes: config.mail.replyDelayMinutes,
    clock: deps.clock,
    log: deps.log,
  });
  return {
    replyMailStore,
    replyMail,
    job: intervalJob('reply-mail.tick', REPLY_MAIL_TICK_MS, () => replyMail.tick(), deps.log),
    linkThrough(connected) {
      directLine = connected;
    },
  };
}
