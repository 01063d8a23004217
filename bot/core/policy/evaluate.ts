/** Applies the policy to a turn's signals: which rules fire, and the handoff (if any) they add up to. */
import type { Condition, Policy, Rule } from './schema';
import type { TurnSignals } from './turn-signals';
import type { Category, Level } from '../../../contracts';

export interface HandoffReason {
  code: string;
  detail: string;
  evidence: string[];
}

export interface PolicyOutcome {
  handoff: boolean;
  level: Level | null;
  category: Category | null;
  empathize: boolean;
  reasons: HandoffReason[];
}

const LEVEL_ORDER: Level[] = ['L1', 'L2', 'L3'];
const raise = (level: Level): Level => LEVEL_ORDER[Math.max(0, LEVEL_ORDER.indexOf(level) - 1)];

export function evaluatePolicy(signals: TurnSignals, policy: Policy): PolicyOutcome {
  const fired = policy.rules.filter((rule) => holds(rule.when, signals));
  if (fired.length === 0) return { handoff: false, level: null, category: null, empathize: false, reasons: [] };

  // The most urgent rule decides the level and the category; every fired rule is a recorded reason.
  const decisive = [...fired].sort((a, b) => LEVEL_ORDER.indexOf(a.then.level) - LEVEL_ORDER.indexOf(b.then.level))[0];
  let level = decisive.then.level;
  const reasons = fired.map((rule) => reasonFor(rule, signals));
  if (signals.tier && policy.raiseLevelForTiers.includes(signals.tier) && raise(level) !== level) {
    level = raise(level);
    reasons.push({ code: 'tier-raise', detail: `level raised for a ${signals.tier} customer`, evidence: [signals.tier] });
  }
  return {
    handoff: true,
    level,
    category: decisive.then.category ?? fired.find((r) => r.then.category)?.then.category ?? 'inquiry',
    empathize: fired.some((r) => r.then.empathize),
    reasons,
  };
}

function holds(when: Condition, s: TurnSignals): boolean {
  const checks: Array<boolean | undefined> = [
    when.agentRequest === undefined ? undefined : s.agentRequest === when.agentRequest,
    when.complaintLevel === undefined ? undefined : s.complaintLevel === when.complaintLevel,
    when.complaintKind === undefined ? undefined : s.complaintKind === when.complaintKind,
    when.sentimentAtMost === undefined ? undefined : s.sentiment.score <= when.sentimentAtMost,
    when.negativeTurnsAtLeast === undefined ? undefined : s.rolling.negativeTurns >= when.negativeTurnsAtLeast,
    when.highValue === undefined ? undefined : s.highValue === when.highValue,
    when.tier === undefined ? undefined : s.tier === when.tier,
    when.sentiment === undefined ? undefined : s.sentiment.label === when.sentiment,
    when.repeatedFailure === undefined ? undefined : s.repeatedFailure === when.repeatedFailure,
  ];
  return checks.every((c) => c !== false);
}

function reasonFor(rule: Rule, s: TurnSignals): HandoffReason {
  const evidence = new Set<string>();
  const w = rule.when;
  if (w.agentRequest) s.agentRequestEvidence.forEach((e) => evidence.add(e));
  if (w.complaintLevel || w.complaintKind) s.complaintEvidence.forEach((e) => evidence.add(e));
  if (w.sentimentAtMost !== undefined || w.sentiment || w.negativeTurnsAtLeast) s.sentiment.evidence.forEach((e) => evidence.add(e));
  if (w.highValue) s.amountEvidence.forEach((e) => evidence.add(e));
  if (w.tier && s.tier) evidence.add(`tier: ${s.tier}`);
  if (w.repeatedFailure) evidence.add('two unhelpful answers in a row');
  if (w.negativeTurnsAtLeast) evidence.add(`${s.rolling.negativeTurns} negative messages recently`);
  return { code: rule.id, detail: rule.description || rule.id, evidence: [...evidence] };
}
