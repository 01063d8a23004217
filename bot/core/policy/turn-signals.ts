import type { Level } from '../../../contracts';
/** Everything the policy looks at for one customer message, with the evidence behind each signal. JSON-friendly. */

export interface TurnSignals {
  sentiment: { label: 'negative' | 'neutral' | 'positive'; score: number; evidence: string[] };
  /** Over the recent customer messages, this one included. */
  rolling: { score: number; label: 'negative' | 'neutral' | 'positive'; negativeTurns: number };
  agentRequest: boolean;
  agentRequestEvidence: string[];
  complaintLevel: Level | null;
  complaintKind: 'safety' | 'legal' | 'account_locked' | 'service_failure' | 'complaint' | null;
  complaintEvidence: string[];
  amount: { value: number; currency: string } | null;
  highValue: boolean;
  amountEvidence: string[];
  tier: 'vip' | 'regular' | 'new' | null;
  repeatedFailure: boolean;
}
