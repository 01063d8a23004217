/**
 * Runs one customer turn: decides who answers (the bot, or a person who owns the conversation), runs the engine with
 * the conversation's stored state, saves the next state, and carries out the engine's effects (a handoff, feedback,
 * survey answers). Channel-free: the Agents SDK edge calls it and sends what it returns.
 */
import { inScript } from '../../knowledge';
import { handleTurn, type EngineDeps } from '../core/engine';
import { handoffStatusMessage, leaveMessageOffer, messageLeftText, type HandoffStatus } from '../core/messages';
import type { HandoffReason, Policy } from '../core/policy';
import { normalizeText } from '../core/normalize';
import { withoutPlaceholders } from '../core/redact';
import { detectLanguage } from '../core/signals';
import { EngineStateSchema, type BotReply, type Effect, type RecognizedIntent, type TurnInput, type TurnResult } from '../core/turn';
import type { CompanionRead, ConversationStore } from './conversation-store';
import type { Conversation } from './model';
import type { HandoffPort, ModeReading } from './handoff-port';
import { localeOf, type Category, type Level } from '../../contracts';

/** A turn's result, plus the handoff it led to (for channels that tell a hub about it). */
export interface RuntimeResult extends TurnResult {
  handoff?: HandoffStatus & {
    level: Level;
    category: Category;
    reasons: HandoffReason[];
    /**
     * This turn starts the handoff for a hub: the ticket is new (or new to this channel), or this is the retry of a
     * turn cut off after opening it. Asking again while queued does not start it again.
     */
    starts: boolean;
  };
  /** With `deferState`: the state the caller saves with the replies (none when the turn changes no state). */
  stateToSave?: { state: Record<string, unknown>; expectedVersion: number };
}

export interface TurnOptions {
  /**
   * The conversation as the inbound activity's transaction returned it, so the first attempt need not read it again
   * (saving state is optimistic: had it changed meanwhile, the save fails and the retry reads it afresh).
   */
  conversation?: Conversation;
  /**
   * The caller saves the state in the transaction that stores the turn's replies (`TurnEnd.state`), so that a turn
   * cut off before its end leaves no state behind and a retry runs it on the state it first read. The runtime returns
   * it as `stateToSave`; when that save finds the state changed, the caller runs the turn again.
   */
  deferState?: boolean;
  /**
   * The turn runs again after an attempt that was cut off (a 503): what that attempt did (a ticket it opened) stands,
   * what it said was never stored or sent, so the customer is told where they stand even if the ticket is not new.
   */
  retriedTurn?: boolean;
  /** The conversation's handoff mode as the statement storing the activity read it (`modeReadAlong`): not read again. */
  modeReading?: ModeReading;
}

export interface ConversationRuntime {
  respond(input: TurnInput, options?: TurnOptions): Promise<RuntimeResult>;
  /**
   * The turn's handoff-mode read, for the statement storing the customer's message to carry (PostgreSQL: a round
   * trip fewer per turn); its result goes back to `respond` as `modeReading`. Undefined where it cannot be carried.
   */
  modeReadAlong?(conversationId: string): CompanionRead<ModeReading> | undefined;
}

/** Effects the runtime does not handle itself (knowledge feedback, unanswered questions) go to this handler. */
export type EffectHandler = (effects: Effect[], input: TurnInput) => Promise<void>;

export interface CustomerDirectory {
  tierOf(customer: { channel: string; userId: string }): Promise<'vip' | 'regular' | 'new' | undefined>;
  /** The customer's directory identity, the same on every channel they are known by (and their tier). */
  identify?(customer: { channel: string; userId: string }): Promise<{ id: string; tier: 'vip' | 'regular' | 'new' } | undefined>;
}

/** Reads the intent of a customer text (local, or Azure CLU with a local fallback). */
export interface IntentRecognizer {
  mode: 'local' | 'clu';
  recognize(text: string, context: { lang: 'en' | 'zh' }): Promise<RecognizedIntent>;
}

export interface RuntimeDeps {
  /** The engine; `handleTurn` unless replaced (the latency benchmark's echo bot runs through this same runtime). */
  engine?: typeof handleTurn;
  recognizer?: IntentRecognizer;
  knowledge: EngineDeps['knowledge'];
  /** The handoff policy in force; read every turn, so an admin's change applies at once. */
  policy?: () => Policy;
  store: ConversationStore;
  handoff: HandoffPort;
  customers?: CustomerDirectory;
  onEffects?: EffectHandler;
  log?: (line: string) => void;
}

const MAX_STATE_RETRIES = 3;

export function createConversationRuntime(deps: RuntimeDeps): ConversationRuntime {
  return {
    modeReadAlong: deps.handoff.readModeAlong ? (conversationId) => deps.handoff.readModeAlong!(conversationId) : undefined,
    async respond(input, options) {
      const who = { channel: input.channel, userId: input.userId };
      // Two independent reads, side by side: one round trip's wait instead of two (the identity is unused when a
      // person owns the conversation, which is the rarer case). The mode may have come with the stored activity.
      const [reading, identity] = await Promise.all([options?.modeReading ?? deps.handoff.readMode(input.conversationId), deps.customers?.identify?.(who)]);
      const { mode } = reading;
      if (mode === 'assigned' && !isSurveyAction(input)) {
        // A person owns the conversation: the bot never answers, it only relays.
        if (input.text.trim()) await reading.customerMessage(input.text);
        return silentTurn(input);
      }
      const customerTier = deps.customers?.identify ? identity?.tier : await deps.customers?.tierOf(who);
      const recognized = await recognize(input, deps);
      const enriched: TurnInput = { ...input, customerTier, queued: mode === 'queued', recognized };
      const { result: engineResult, stateToSave } = await runEngine({ ...enriched, text: withoutPlaceholders(input.text) }, deps, options);
      const result = keepPlaceholders(engineResult, input.text);
      if (mode === 'queued' && input.text.trim()) await reading.customerMessage(input.text);
      const handoff = await carryOutEffects(result, enriched, deps, identity?.id, options?.retriedTurn === true);
      return { ...result, handoff, ...(stateToSave ? { stateToSave } : {}) };
    },
  };
}

/**
 * Asked once per turn, before the state retry loop, so a retry never calls Azure twice. Only a CLU-backed recognizer
 * is asked: the local one reads the built-in intents with the very detectors and knowledge search the engine runs
 * itself, so asking it too would do the same work twice on every turn.
 */
async function recognize(input: TurnInput, deps: RuntimeDeps): Promise<RecognizedIntent | undefined> {
  const text = normalizeText(input.text);
  if (deps.recognizer?.mode !== 'clu' || !text || input.action) return undefined;
  try {
    const { intent, confidence, source } = await deps.recognizer.recognize(text, { lang: detectLanguage(text, input.locale) });
    return { intent, confidence, source };
  } catch (err) {
    deps.log?.(`[baton] recognizer failed: ${(err as Error).message}`);
    return undefined;
  }
}

async function runEngine(input: TurnInput, deps: RuntimeDeps, options: TurnOptions = {}): Promise<{ result: TurnResult; stateToSave?: RuntimeResult['stateToSave'] }> {
  const known = options.conversation;
  for (let attempt = 1; ; attempt++) {
    const conversation = attempt === 1 && known?.id === input.conversationId ? known : await deps.store.get(input.conversationId);
    if (!conversation) throw new Error(`conversation ${input.conversationId} must be recorded before its turn runs`);
    const state = EngineStateSchema.parse(conversation.state);
    const result = (deps.engine ?? handleTurn)(input, state, { knowledge: deps.knowledge, policy: deps.policy?.() });
    if (options.deferState) return { result, stateToSave: { state: result.state, expectedVersion: conversation.stateVersion } };
    // Two turns of one conversation racing (a double click) must not overwrite each other's state.
    const saved = await deps.store.saveState(input.conversationId, result.state, conversation.stateVersion);
    if (saved || attempt >= MAX_STATE_RETRIES) return { result };
  }
}

async function carryOutEffects(result: TurnResult, input: TurnInput, deps: RuntimeDeps, customerId: string | undefined, retriedTurn: boolean): Promise<RuntimeResult['handoff']> {
  const others: Effect[] = [];
  let handoff: RuntimeResult['handoff'];
  for (const effect of result.effects) {
    if (effect.type === 'handoff') {
      const status = await deps.handoff.requestHandoff({
        conversationId: input.conversationId,
        channel: input.channel,
        // The directory's identity when the customer is known there: their tickets on every channel share it.
        customer: { id: customerId ?? input.userId, tier: input.customerTier },
        lang: effect.lang,
        level: effect.level,
        category: effect.category,
        reasons: effect.reasons,
        lastCustomerMessage: effect.text || undefined,
        joinOpenTicket: customerId !== undefined,
      });
      handoff = { ...status, level: effect.level, category: effect.category, reasons: effect.reasons, starts: status.created || status.joinedChannel !== undefined || retriedTurn };
      // Tell the customer where they stand when the ticket is new (perhaps opened by this turn's cut-off attempt) or
      // when they asked for a person again.
      const askedAgain = effect.reasons.some((r) => r.code === 'agent-request');
      if (status.created || askedAgain || status.joinedChannel || retriedTurn) {
        const locale = localeOf(effect.lang, effect.script);
        const text = inScript(handoffStatusMessage(locale, status), effect.script);
        const offer = status.offerMessage && deps.handoff.leaveMessage ? leaveMessageOffer(locale) : undefined;
        result.replies.push({ kind: 'handoff', lang: effect.lang, ...(effect.script ? { script: effect.script } : {}), text: offer ? `${text}\n\n${offer.text}` : text, ...(offer ? { suggestedActions: [offer.action] } : {}) } satisfies BotReply);
      }
    } else if (effect.type === 'leave-message' && deps.handoff.leaveMessage) {
      const locale = localeOf(effect.lang, effect.script);
      const left = await deps.handoff.leaveMessage(input.conversationId).catch((err: { status?: number; message?: string }) => {
        // Nothing waiting any more (a person took it, an old button): the customer just goes on.
        if (typeof err.status !== 'number' || err.status >= 500) throw err;
        return undefined;
      });
      if (left) {
        const text = inScript(messageLeftText(locale, left), effect.script);
        result.replies.push({ kind: 'handoff', lang: effect.lang, ...(effect.script ? { script: effect.script } : {}), text } satisfies BotReply);
      }
    } else if (effect.type === 'survey') {
      await deps.handoff.recordSurvey(input.conversationId, { score: effect.score, nps: effect.nps, comment: effect.comment }, effect.ticketId).catch((err: { status?: number; message?: string }) => {
        // A refused answer (an old survey button, a ticket already closed) is the customer's, not a failed turn.
        if (typeof err.status !== 'number' || err.status >= 500) throw err;
        deps.log?.(`[baton] survey answer in ${input.conversationId} not recorded: ${err.message}`);
      });
    } else {
      others.push(effect);
    }
  }
  if (others.length > 0 && deps.onEffects) {
    // Feedback bookkeeping must not cost the customer their answer.
    await deps.onEffects(others, input).catch((err: Error) => deps.log?.(`[baton] effect handling failed: ${err.message}`));
  }
  return handoff;
}

/**
 * The engine read the message without redaction placeholders; what it records (the unanswered question, the ticket's
 * last message, the survey comment) is the customer's message as stored, placeholders included, so it reads as the
 * transcript does.
 */
function keepPlaceholders(result: TurnResult, text: string): TurnResult {
  const stored = normalizeText(text);
  const read = normalizeText(withoutPlaceholders(text));
  if (stored === read) return result;
  const effects = result.effects.map((effect): Effect => {
    if ((effect.type === 'unanswered' || effect.type === 'handoff') && effect.text === read) return { ...effect, text: stored };
    if (effect.type === 'survey' && effect.comment === read) return { ...effect, comment: stored };
    return effect;
  });
  return { ...result, effects };
}

function isSurveyAction(input: TurnInput): boolean {
  return input.action?.type === 'survey';
}

function silentTurn(input: TurnInput): TurnResult {
  const lang = /[\u4e00-\u9fff]/.test(input.text) ? 'zh' : 'en';
  return {
    replies: [],
    effects: [],
    state: EngineStateSchema.parse({}),
    explanation: { lang, decision: 'acknowledge', rule: 'a person owns the conversation: relayed', candidates: [], level: null },
  };
}

