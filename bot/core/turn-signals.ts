/** Reads one customer message's signals in the context of the conversation (rolling sentiment, failures, tier). */
import type { Policy, TurnSignals } from './policy';
import { analyzeMessage, rollingSentiment } from './signals';
import type { EngineState } from './turn';
import type { Lang } from '../../contracts';

/** How many recent customer messages the rolling sentiment looks at. */
const ROLLING_WINDOW = 5;

export function readTurnSignals(
  text: string,
  lang: Lang,
  context: { state: EngineState; tier?: TurnSignals['tier']; repeatedFailure: boolean; policy: Policy },
): { signals: TurnSignals; recentSentiment: number[] } {
  const message = analyzeMessage(text, {
    lang,
    highValueThreshold: context.policy.highValueThreshold,
    currency: context.policy.defaultCurrency[lang],
  });
  const recentSentiment = [...context.state.recentSentiment, message.sentiment.score].slice(-ROLLING_WINDOW);
  const rolling = rollingSentiment(recentSentiment, ROLLING_WINDOW);
  return {
    recentSentiment,
    signals: {
      sentiment: { ...message.sentiment, evidence: message.evidence.sentiment },
      rolling,
      agentRequest: message.agentRequest,
      agentRequestEvidence: message.evidence.agentRequest,
      complaintLevel: message.complaintLevel,
      complaintKind: message.complaintKind,
      complaintEvidence: message.evidence.complaint,
      amount: message.amount,
      highValue: message.highValue,
      amountEvidence: message.evidence.amount,
      tier: context.tier ?? null,
      repeatedFailure: context.repeatedFailure,
    },
  };
}
