/** Applies the policy to a turn's signals: which rules fire, and the handoff (if any) they add up to. */
import type { Category, Level } from '../../../contracts';
import type { ComplaintKind, Signals } from '../signals';
import type { Condition, HandoffReply, Policy, Rule } from './schema';

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
  /** The apology to say first (null: none). */
  reply: HandoffReply | null;
  /** Whether a confident knowledge-base answer may go with the handoff. */
  withArticle: boolean;
  reasons: HandoffReason[];
}

const LEVEL_ORDER: Level[] = ['L1', 'L2', 'L3'];
const raise = (level: Level): Level => LEVEL_ORDER[Math.max(0, LEVEL_ORDER.indexOf(level) - 1)];
const REPLY_ORDER: HandoffReply[] = ['safety', 'legal', 'empathy'];

/** The ticket category of what a message complains of, when the deciding rule names none. */
const CATEGORY_OF_KIND: Readonly<Record<ComplaintKind, Category>> = {
  safety: 'complaint',
  legal: 'complaint',
  abuse: 'complaint',
  repeated_contact: 'complaint',
  threat: 'complaint',
  complaint: 'complaint',
  service_failure: 'after-sales',
  account_takeover: 'after-sales',
  account_locked: 'inquiry',
};

/** The fast lane the policy gives a tier: the level raised one step, with the reason recorded. */
export function tierLane(level: Level, tier: Signals['tier'], policy: Policy): { level: Level; reason?: HandoffReason } {
  if (!tier || !policy.raiseLevelForTiers.includes(tier) || raise(level) === level) return { level };
  return { level: raise(level), reason: { code: 'tier-raise', detail: `level raised for a ${tier} customer`, evidence: [`tier: ${tier}`] } };
}

export function evaluatePolicy(signals: Signals, policy: Policy): PolicyOutcome {
  const fired = policy.rules.filter((rule) => holds(rule.when, signals));
  if (fired.length === 0) return { handoff: false, level: null, category: null, empathize: false, reply: null, withArticle: true, reasons: [] };

  // The most urgent rule decides the level and the category; every fired rule is a recorded reason.
  const decisive = [...fired].sort((a, b) => LEVEL_ORDER.indexOf(a.then.level) - LEVEL_ORDER.indexOf(b.then.level))[0];
  let level = decisive.then.level;
  const reasons = fired.map((rule) => reasonFor(rule, signals));
  const lane = tierLane(level, signals.tier, policy);
  level = lane.level;
  if (lane.reason) reasons.push(lane.reason);
  const replies = fired.map(replyOf).filter((r): r is HandoffReply => r !== null);
  return {
    handoff: true,
    level,
    category: decisive.then.category ?? categoryOf(signals),
    empathize: replies.length > 0,
    reply: REPLY_ORDER.find((r) => replies.includes(r)) ?? null,
    withArticle: fired.every((r) => r.then.withArticle),
    reasons,
  };
}

function replyOf(rule: Rule): HandoffReply | null {
  return rule.then.reply ?? (rule.then.empathize ? 'empathy' : null);
}

function categoryOf(signals: Signals): Category {
  const kind = signals.complaints[0]?.kind;
  return kind ? CATEGORY_OF_KIND[kind] : 'inquiry';
}

function holds(when: Condition, s: Signals): boolean {
  const checks: Array<boolean | undefined> = [
    when.agentRequest === undefined ? undefined : s.agentRequest === when.agentRequest,
    when.complaintLevel === undefined ? undefined : s.complaintLevel === when.complaintLevel,
    when.complaintKind === undefined ? undefined : s.complaints.some((c) => c.kind === when.complaintKind),
    when.sentimentAtMost === undefined ? undefined : s.sentiment.score <= when.sentimentAtMost,
    when.sentiment === undefined ? undefined : s.sentiment.label === when.sentiment,
    when.emotionAtMost === undefined ? undefined : s.emotion.score <= when.emotionAtMost,
    when.strongEmotion === undefined ? undefined : s.emotion.strong === when.strongEmotion,
    when.negativeTurnsAtLeast === undefined ? undefined : s.rolling.negativeTurns >= when.negativeTurnsAtLeast,
    when.highValue === undefined ? undefined : s.highValue === when.highValue,
    when.tier === undefined ? undefined : s.tier === when.tier,
    when.repeatedFailure === undefined ? undefined : s.repeatedFailure === when.repeatedFailure,
    when.repeatedProblem === undefined ? undefined : s.repeatedProblem === when.repeatedProblem,
  ];
  return checks.every((c) => c !== false);
}

/** The rule's code and description, with the evidence of each signal its conditions read. */
function reasonFor(rule: Rule, s: Signals): HandoffReason {
  const evidence = new Set<string>();
  const add = (items: readonly string[]) => items.forEach((e) => evidence.add(e));
  const w = rule.when;
  if (w.agentRequest) add(s.evidence.agentRequest);
  if (w.complaintKind) add(s.complaints.filter((c) => c.kind === w.complaintKind).flatMap((c) => c.evidence));
  else if (w.complaintLevel) add(s.evidence.complaint);
  if (w.sentimentAtMost !== undefined || w.sentiment) add(s.sentiment.evidence);
  if (w.emotionAtMost !== undefined || w.strongEmotion) add(s.emotion.evidence);
  if (w.negativeTurnsAtLeast) {
    add(s.emotion.evidence);
    evidence.add(`${s.rolling.negativeTurns} upset messages recently`);
  }
  if (w.highValue) add(s.evidence.amount);
  if (w.tier && s.tier) evidence.add(`tier: ${s.tier}`);
  if (w.repeatedFailure) evidence.add('two unhelpful answers in a row');
  if (w.repeatedProblem) add(s.context.repeatedProblem);
  return { code: rule.id, detail: rule.description || rule.id, evidence: [...evidence] };
}
