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
import type { ConversationStore } from './conversation-store';
import type { Conversation } from './model';
import type { HandoffPort } from './handoff-port';
import { localeOf, type Category, type Level } from '../../contracts';

/** A turn's result, plus the handoff it led to (for channels that tell a hub about it). */
export interface RuntimeResult extends TurnResult {
  handoff?: HandoffStatus & { level: Level; category: Category; reasons: HandoffReason[] };
}

export interface ConversationRuntime {
  /**
   * `known`: the conversation as the inbound activity's transaction returned it, so the first attempt need not read it
   * again (saving state is optimistic: had it changed meanwhile, the save fails and the retry reads it afresh).
   */
  respond(input: TurnInput, known?: { conversation?: Conversation }): Promise<RuntimeResult>;
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
    async respond(input, known) {
      const mode = await deps.handoff.modeOf(input.conversationId);
      if (mode === 'assigned' && !isSurveyAction(input)) {
        // A person owns the conversation: the bot never answers, it only relays.
        if (input.text.trim()) await deps.handoff.customerMessage(input.conversationId, input.text);
        return silentTurn(input);
      }
      const who = { channel: input.channel, userId: input.userId };
      const identity = deps.customers?.identify ? await deps.customers.identify(who) : undefined;
      const customerTier = deps.customers?.identify ? identity?.tier : await deps.customers?.tierOf(who);
      const recognized = await recognize(input, deps);
      const enriched: TurnInput = { ...input, customerTier, queued: mode === 'queued', recognized };
      const result = keepPlaceholders(await runEngine({ ...enriched, text: withoutPlaceholders(input.text) }, deps, known?.conversation), input.text);
      if (mode === 'queued' && input.text.trim()) await deps.handoff.customerMessage(input.conversationId, input.text);
      const handoff = await carryOutEffects(result, enriched, deps, identity?.id);
      return { ...result, handoff };
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

async function runEngine(input: TurnInput, deps: RuntimeDeps, known?: Conversation): Promise<TurnResult> {
  for (let attempt = 1; ; attempt++) {
    const conversation = attempt === 1 && known?.id === input.conversationId ? known : await deps.store.get(input.conversationId);
    if (!conversation) throw new Error(`conversation ${input.conversationId} must be recorded before its turn runs`);
    const state = EngineStateSchema.parse(conversation.state);
    const result = (deps.engine ?? handleTurn)(input, state, { knowledge: deps.knowledge, policy: deps.policy?.() });
    // Two turns of one conversation racing (a double click) must not overwrite each other's state.
    const saved = await deps.store.saveState(input.conversationId, result.state, conversation.stateVersion);
    if (saved || attempt >= MAX_STATE_RETRIES) return result;
  }
}

async function carryOutEffects(result: TurnResult, input: TurnInput, deps: RuntimeDeps, customerId?: string): Promise<RuntimeResult['handoff']> {
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
      handoff = { ...status, level: effect.level, category: effect.category, reasons: effect.reasons };
      // Tell the customer where they stand when the ticket is new or when they asked for a person again.
      const askedAgain = effect.reasons.some((r) => r.code === 'agent-request');
      if (status.created || askedAgain || status.joinedChannel) {
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

