/**
 * The Agents SDK turn handler: the only place a TurnContext meets Baton. It records the inbound activity, asks the
 * channel-free runtime what to say, and sends the replies (each recorded in the transcript on its way out).
 */
import { Activity, ActivityTypes, DeliveryModes } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { langOfLocale, resolveLocale, scriptOfLocale, text } from '../../../contracts';
import { detectScript, inScript } from '../../../knowledge';
import { StateConflictError, TURN_LEASE_MS, type ConversationStore, type InboundTurn } from '../../conversations/conversation-store';
import type { ConversationRuntime, RuntimeResult } from '../../conversations/conversation-runtime';
import type { Transcript } from '../../conversations/transcript';
import type { ModeReading } from '../../conversations/handoff-port';
import { localeFor } from '../../conversations/customer-locale';
import { message } from '../../core/messages';
import type { Welcome } from '../../conversations/welcome';
import { detectLanguage } from '../../core/signals/language';
import { TEAMS_CHANNEL_ID, toActivity, toTurnInput } from './activity-mapping';

export const INBOUND_RECORDED = Symbol('baton.inboundRecorded');

export interface BatonAgentDeps {
  transcript: Transcript;
  conversations: ConversationStore;
  runtime: ConversationRuntime;
  limits: { textChars: number };
  /** The first words by the customer's tier (guided for new customers, a person on hand for VIPs); else the greeting. */
  welcome?: Welcome;
}

export type TurnLogic = (context: TurnContext) => Promise<void>;

export function createBatonAgent(deps: BatonAgentDeps): TurnLogic {
  return async (context) => {
    const activity = context.activity;
    const conversationId = activity.conversation!.id;
    const stored = await receive(context, deps);
    context.turnState.set(INBOUND_RECORDED, true);
    if (!stored) {
      // A redelivered activity: it had its turn already. A caller waiting for the replies gets the stored ones.
      if (activity.deliveryMode === DeliveryModes.ExpectReplies && activity.id) await replayReplies(context, deps.conversations, activity.id);
      return;
    }
    // Only an activity with the channel's id can come again; its turn is marked done with its last replies.
    const completes = activity.id ? stored.activity.id : undefined;
    let completed = false;

    context.onSendActivities(async (_ctx, outgoing, next) => {
      for (const out of outgoing) {
        out.from = { ...out.from, id: out.from?.id ?? 'baton', role: 'bot' };
        out.timestamp = new Date();
      }
      // The last send stores the turn's end with its replies (the done mark, the engine's state) in one transaction.
      // Replies after the turn's end (the adapter's failure message) store and announce as any.
      const final = context.turnState.get(FINAL_SEND) === true && !completed;
      // The inbound activity's seq lets the store number the replies without asking (it checks nothing came between).
      const end = final ? { completes, state: context.turnState.get(TURN_STATE) as RuntimeResult['stateToSave'], lastSeq: stored.conversation.lastSeq } : undefined;
      const recorded = await deps.transcript.recordReplies(conversationId, outgoing.map(activityToRecord), end);
      if (final) completed = true;
      outgoing.forEach((out, i) => (out.id = recorded[i]!.id));
      return next();
    });

    try {
      switch (activity.type) {
        case ActivityTypes.Message:
          await onMessage(context, deps, stored);
          break;
        case ActivityTypes.ConversationUpdate:
          await onConversationUpdate(context, deps.welcome);
          break;
        // A hub's handoff.status (accepted / failed / completed) is kept in the transcript above; nothing to say back.
        default:
          break;
      }
      // A turn without a last send (no replies, an event) still marks its end and announces its activity.
      if (!completed) await deps.transcript.recordReplies(conversationId, [], { completes, state: context.turnState.get(TURN_STATE) as RuntimeResult['stateToSave'] });
    } catch (err) {
      // The turn did not finish: let the channel's retry of this activity run it at once rather than after the claim
      // expires (when the database is gone this fails too, and the retry waits out the claim).
      if (completes && !completed) await deps.conversations.releaseTurn(conversationId, completes).catch(() => undefined);
      completed = true;
      throw err;
    }
  };
}

/** Set before a turn's last send, whose replies are stored together with the mark that the turn is done. */
const FINAL_SEND = Symbol('baton.finalSend');
/** The engine's state to save with the last send's replies. */
const TURN_STATE = Symbol('baton.turnState');

/**
 * A turn's one send: its replies, stored with the turn's end (and `state`) in one transaction. One send, not several:
 * a turn cut off between two sends would have stored the first, and its retry would send those replies again.
 */
async function sendFinal(context: TurnContext, activities: Activity[], state?: RuntimeResult['stateToSave']): Promise<void> {
  context.turnState.set(TURN_STATE, state);
  // The SDK refuses an empty send (-120060): a silent turn (a person owns the conversation) ends without one, and the
  // turn's end (with any state) is stored after the switch as for any turn without replies.
  if (activities.length === 0) return;
  context.turnState.set(FINAL_SEND, true);
  try {
    await context.sendActivities(activities);
  } finally {
    context.turnState.set(FINAL_SEND, false);
    context.turnState.set(TURN_STATE, undefined);
  }
}

/** How long a duplicate waiting for replies waits for the turn another delivery is running (a claim expires sooner). */
const DUPLICATE_WAIT_MS = TURN_LEASE_MS + 2_000;
const DUPLICATE_POLL_MS = 50;

/**
 * Stores the inbound activity, or finds it stored by an earlier delivery. A caller waiting for the replies
 * (expectReplies) whose duplicate arrives while the first delivery's turn runs waits for that turn, so it gets the
 * replies and not an empty answer; if that turn was cut off (its claim released or expired) this delivery takes it over.
 */
async function receive(context: TurnContext, deps: BatonAgentDeps): Promise<InboundTurn<ModeReading> | undefined> {
  const activity = context.activity;
  const conversationId = activity.conversation!.id;
  // A message's turn reads the conversation's handoff mode first: the statement storing it may carry that read.
  const companion = activity.type === ActivityTypes.Message ? deps.runtime.modeReadAlong?.(conversationId) : undefined;
  const record = () =>
    deps.transcript.recordInbound(
      {
        id: conversationId,
        channel: activity.channelId ?? 'unknown',
        userId: activity.from?.id ?? 'anonymous',
        locale: activity.locale ?? null,
        reference: activity.getConversationReference() as unknown as Record<string, unknown>,
      },
      activityToRecord(activity),
      // Announced once with the turn's replies: the turn takes milliseconds, and a notification is a database write.
      { announce: false, companion },
    );
  let stored = await record();
  if (stored || !activity.id || activity.deliveryMode !== DeliveryModes.ExpectReplies) return stored;
  const deadline = Date.now() + DUPLICATE_WAIT_MS;
  while (!stored && Date.now() < deadline) {
    const turn = await deps.conversations.turnOf(conversationId, activity.id);
    if (turn === 'running') await new Promise((resolve) => setTimeout(resolve, DUPLICATE_POLL_MS));
    else if (turn === 'unclaimed') stored = await record();
    else return undefined;
  }
  return stored;
}

/** Attempts at a turn whose state another turn of the same conversation (a double click) saved first. */
const MAX_TURN_ATTEMPTS = 3;

async function onMessage(context: TurnContext, deps: BatonAgentDeps, inbound: InboundTurn<ModeReading>): Promise<void> {
  const input = toTurnInput(context.activity);
  if (input.text.length > deps.limits.textChars) {
    const lang = detectLanguage(input.text, input.locale);
    const locale = localeFor(lang, input.locale, lang === 'zh' ? detectScript(input.text) : undefined);
    await sendFinal(context, [Activity.fromObject({ type: ActivityTypes.Message, text: text(locale, 'bot.tooLong', { count: input.text.length, limit: deps.limits.textChars }) })]);
    return;
  }
  for (let attempt = 1; ; attempt++) {
    // The state is saved with the replies, in the transaction that ends the turn (a retry after a 503 finds neither).
    // A second attempt reads the conversation and its mode afresh: another turn changed them.
    const first = attempt === 1;
    const result = await deps.runtime.respond(input, {
      conversation: first ? inbound.conversation : undefined,
      modeReading: first ? inbound.companion?.value : undefined,
      deferState: true,
      retriedTurn: inbound.retry,
    });
    const activities = await turnActivities(context, result, deps);
    try {
      await sendFinal(context, activities, result.stateToSave);
      return;
    } catch (err) {
      if (!(err instanceof StateConflictError)) throw err;
      // Another turn of this conversation saved its state since this one read it: run again on the fresh state (its
      // effects ran already; a handoff joins the ticket it opened). The last attempt keeps its answer, not its state.
      if (attempt >= MAX_TURN_ATTEMPTS) {
        await sendFinal(context, activities);
        return;
      }
    }
  }
}

/**
 * What a turn sends. For hubs that understand the Bot Framework handoff protocol, a handoff adds the
 * `handoff.initiate` event after the replies (Teams answers such an event with a 400); its transcript includes them.
 * Only the turn that starts the handoff sends it (`starts`): asking again while queued gets "you are already in the
 * queue", not a second initiation with the whole transcript (in a soak, repeated requests made that a read and a
 * write growing with every turn of the conversation).
 */
async function turnActivities(context: TurnContext, result: RuntimeResult, deps: BatonAgentDeps): Promise<Activity[]> {
  const channelId = context.activity.channelId;
  const replies = result.replies.map((reply) => toActivity(reply, channelId) as Activity);
  if (!result.handoff?.starts || channelId === TEAMS_CHANNEL_ID) return replies;
  return [...replies, await handoffInitiateEvent(context, result.handoff, deps, replies)];
}

/**
 * `handoff.initiate`: the routing context as `value`, the conversation so far as an attachment named Transcript — what
 * is stored, and this turn's replies, which are stored with the event.
 */
async function handoffInitiateEvent(context: TurnContext, handoff: NonNullable<RuntimeResult['handoff']>, deps: BatonAgentDeps, replies: Activity[]): Promise<Activity> {
  const conversationId = context.activity.conversation!.id;
  const stored = (await deps.conversations.list(conversationId, { limit: 5000 })).filter((a) => a.type === 'message').map((a) => a.activity);
  const transcript = [...stored, ...replies.map((reply) => ({ ...activityToRecord(reply), from: { id: context.activity.recipient?.id ?? 'baton', role: 'bot' } }))];
  return Activity.fromObject({
    type: ActivityTypes.Event,
    name: 'handoff.initiate',
    value: {
      ticketId: handoff.ticketId,
      level: handoff.level,
      category: handoff.category,
      reasons: handoff.reasons,
      queuePosition: handoff.queuePosition,
      expectedWaitMinutes: handoff.expectedWaitMinutes,
    },
    attachments: [{ name: 'Transcript', contentType: 'application/json', content: { activities: transcript } }],
  });
}

async function onConversationUpdate(context: TurnContext, welcome?: Welcome): Promise<void> {
  const activity = context.activity;
  const botId = activity.recipient?.id;
  const customerJoined = (activity.membersAdded ?? []).some((member) => member.id !== botId);
  if (!customerJoined) return;
  // Nothing written yet: the channel's or browser's locale says the language and script (zh-TW, zh-HK: traditional,
  // with Hong Kong characters for zh-HK and zh-MO).
  const locale = resolveLocale(activity.locale);
  const lang = langOfLocale(locale);
  const script = lang === 'zh' ? scriptOfLocale(locale) : undefined;
  const region = /-(hk|mo)\b/i.test(activity.locale ?? '') ? 'HK' : 'TW';
  const customer = (activity.membersAdded ?? []).find((member) => member.id !== botId)!;
  const reply = welcome
    ? await welcome({ channel: activity.channelId ?? 'unknown', userId: activity.from?.id ?? customer.id ?? 'anonymous', lang, script, region })
    : { kind: 'small-talk' as const, lang, ...(script ? { script } : {}), text: inScript(message({ lang, script }, 'greeting'), script, region) };
  await sendFinal(context, [toActivity(reply, activity.channelId) as Activity]);
}

/**
 * The replies already stored for an activity id, put in the expectReplies answer as they were first sent (same ids).
 * A duplicate that arrives while the first delivery's turn is still running gets the replies stored so far.
 */
async function replayReplies(context: TurnContext, conversations: ConversationStore, activityId: string): Promise<void> {
  const conversationId = context.activity.conversation!.id;
  const inbound = await conversations.findActivity(conversationId, activityId);
  if (!inbound) return;
  const after = await conversations.list(conversationId, { afterSeq: inbound.seq, limit: 100 });
  for (const reply of after) {
    if (reply.direction === 'out' && reply.activity.replyToId === activityId) {
      context.bufferedReplyActivities.push(Activity.fromObject({ ...reply.activity, id: reply.id }));
    }
  }
}

/** The JSON kept in the transcript: the activity without SDK internals. */
function activityToRecord(activity: Activity): Record<string, unknown> {
  return JSON.parse(JSON.stringify(activity)) as Record<string, unknown>;
}
