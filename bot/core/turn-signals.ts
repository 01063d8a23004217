/**
 * Reads one customer message's signals in the context of the conversation: the message's own (analyzeMessage), the
 * customer's mood over the last few messages, their tier, the bot's failures, the same problem again after an answer,
 * and what a trained recognizer (CLU) read. Returns the one signals shape the policy, the explanation, the handoff
 * reasons and the CLI use, and the state to keep for the next turn.
 */
import type { Policy } from './policy';
import { analyzeMessage, detectRepeatedProblem, rollingSentiment, type Recognized, type Signals } from './signals';
import { nextPreviousProblem, type PreviousProblem } from './signals/repeated-problem';
import type { EngineState } from './turn';
import type { Lang } from '../../contracts';

/** How many recent customer messages the rolling mood looks at. */
const ROLLING_WINDOW = 5;
/** The recognizer's confidence needed before its reading is added to the signals. */
export const RECOGNIZER_CONFIDENCE = 0.7;

export interface TurnContext {
  state: EngineState;
  tier?: Signals['tier'];
  /** The bot could not help twice in a row (this turn included). */
  repeatedFailure: boolean;
  policy: Policy;
  /** The article the knowledge base would answer this message with (or its best candidate), if any. */
  articleId: string | null;
  /** What the intent recognizer made of the text, when the runtime asked it. */
  recognized?: Recognized;
}

export interface TurnSignalsResult {
  signals: Signals;
  /** Emotion scores of the latest customer messages, newest last, for the next turn. */
  recentEmotion: number[];
  /** The problem to remember for the next turn. */
  lastProblem: PreviousProblem | undefined;
}

export function readTurnSignals(text: string, lang: Lang, context: TurnContext): TurnSignalsResult {
  const { state, policy } = context;
  const message = analyzeMessage(text, {
    lang,
    highValueThreshold: { byCurrency: policy.highValueThresholds, otherwise: policy.highValueThreshold },
    currency: policy.defaultCurrency[lang],
  });
  const recentEmotion = [...state.recentEmotion, message.emotion.score].slice(-ROLLING_WINDOW);
  const repeated = detectRepeatedProblem(text, message, state.lastProblem, context.articleId);
  const signals: Signals = {
    ...message,
    rolling: rollingSentiment(recentEmotion, ROLLING_WINDOW),
    tier: context.tier ?? null,
    repeatedFailure: context.repeatedFailure,
    repeatedProblem: repeated.repeated,
    context: { repeatedProblem: repeated.evidence },
    recognized: null,
  };
  return {
    signals: withRecognition(signals, context.recognized),
    recentEmotion,
    lastProblem: nextPreviousProblem(message, state.lastProblem, context.articleId),
  };
}

/**
 * A trained recognizer (CLU) can catch agent requests and complaints the word lists miss: its reading, when trusted,
 * is added to the same signals with its evidence. The local recognizer reads with these very detectors and adds
 * nothing.
 */
export function withRecognition(signals: Signals, recognized: Recognized | undefined): Signals {
  if (!recognized || recognized.source !== 'clu' || recognized.confidence < RECOGNIZER_CONFIDENCE) return signals;
  const evidence = `recognizer (clu): ${recognized.intent} ${recognized.confidence.toFixed(2)}`;
  const read = { ...signals, recognized };
  if (recognized.intent === 'agent_request' && !signals.agentRequest) {
    return { ...read, agentRequest: true, evidence: { ...signals.evidence, agentRequest: [...signals.evidence.agentRequest, evidence] } };
  }
  if (recognized.intent === 'complaint' && signals.complaints.length === 0) {
    return {
      ...read,
      complaintLevel: 'L2',
      complaintKind: 'complaint',
      complaints: [{ kind: 'complaint', level: 'L2', evidence: [evidence] }],
      evidence: { ...signals.evidence, complaint: [...signals.evidence.complaint, evidence] },
    };
  }
  return read;
}
