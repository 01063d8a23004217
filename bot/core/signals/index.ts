/**
 * Signals that decide a handoff, read from one customer message (English or Chinese): complaint kinds (safety, legal,
 * abuse, repeated contact, service failure…), an explicit request for a person, money amounts, sentiment and emotion.
 * Every detector is a pure function that returns its value and the evidence it saw; `analyzeMessage` runs them all
 * into the one signals shape (schema.ts). What needs the conversation (mood over the last messages, the customer's
 * tier, failures, the same problem again) is added by the engine (bot/core/turn-signals.ts).
 *
 * Chinese is read in simplified characters: the engine folds traditional text before it asks.
 */
import { detectAgentRequest } from './agent-request';
import { breakingPoint, distressTears } from './breaking-point';
import { detectComplaintLevel, type ComplaintResult } from './complaint';
import { DEFAULT_COSTLY_ORDER_THRESHOLDS, DEFAULT_HIGH_VALUE_THRESHOLDS, detectHighValue, type HighValueThresholds } from './high-value';
import { detectLanguage } from './language';
import type { Detector, MessageSignals } from './schema';
import { readSentiment } from './sentiment';
import { withoutRetractedRequest } from './request-retracted';
import { withoutReportedFeeling, withoutReportedRequest, withoutSettledContact } from './request-reported';
import { normalizeChinese, normalizeEnglish } from './patterns';
import { shoutAsksOnly, shouting } from './shouting';
import { withoutHyperbole, withWaitBesideFigure } from './hyperbole';
import { withoutEmotionAimedElsewhere } from './emotion-aim';
import { withoutVentAside } from './vent-aside';
import { withoutShruggedFeeling } from './shrugged-feeling';
import { withoutFeelingTakenBack } from './feeling-taken-back';
import { withFeelingAlone, withShopAccused, withVerdictOnStall } from './feeling-alone';
import { feelingMeasure } from './feeling-measure';
import { withoutAnticipation, withoutHedgedFeeling, withoutLoneFeeling } from './lone-feeling';
import { shopScorn } from './shop-scorn';
import type { SentimentReading } from './sentiment-scale';
import type { Lang } from '../../../contracts';

export * from './schema';
export { detectLanguage } from './language';
export { analyzeSentiment, analyzeEmotion, readSentiment, rollingSentiment, DEFAULT_SENTIMENT_WINDOW, type RollingSentiment } from './sentiment';
export { NEGATIVE_SCORE, POSITIVE_SCORE, REPORTED_NEGATIVE_SCORE, STRONG_EMOTION_SCORE, reportedSentimentLabel, sentimentLabel } from './sentiment-scale';
export { detectAgentRequest, type AgentRequestResult } from './agent-request';
export { lodgedComplaint } from './lodged-complaint';
export { detectComplaintLevel, type ComplaintResult } from './complaint';
export { parseMoneyAmounts, UNKNOWN_CURRENCY, type MoneyMention } from './money';
export {
  detectHighValue, DEFAULT_HIGH_VALUE_THRESHOLD, DEFAULT_HIGH_VALUE_THRESHOLDS, type HighValueResult, type HighValueThresholds,
  DEFAULT_COSTLY_ORDER_THRESHOLD, DEFAULT_COSTLY_ORDER_THRESHOLDS, reachesThreshold,
} from './high-value';
export { parseChineseNumber } from './chinese-numerals';
export { detectRepeatedProblem, type RepeatedProblem } from './repeated-problem';
export { speaksOfSelfHarm } from './self-harm';

export interface AnalyzeOptions {
  /** The message's language when already known; otherwise detected from the text (and `locale`). */
  lang?: Lang;
  /** The channel's locale ("zh-CN"), a hint for language detection. */
  locale?: string;
  /** High-value thresholds per currency, or one figure for every currency; default DEFAULT_HIGH_VALUE_THRESHOLDS. */
  highValueThreshold?: number | HighValueThresholds;
  /** Costly-order figures per currency (the amount of an order that went wrong that makes it high value); default DEFAULT_COSTLY_ORDER_THRESHOLDS. */
  costlyOrderThreshold?: HighValueThresholds;
  /** The account currency, given to amounts written without one ("50万"). */
  currency?: string;
  /** Milliseconds of work since some origin; the detectors' budget is measured with it (default: this process's CPU time; tests pass their own). */
  clock?: () => number;
}

/**
 * How long one message's detectors may take together. Every pattern is checked to match in linear time
 * (test/regex-safety.test.ts), so a message of the longest allowed length takes well under a millisecond per detector;
 * the budget is the second line of defence: once spent, the detectors still to run are skipped (and named in
 * `skipped`) instead of holding the event loop that serves every other customer. Only the sentiment (the costliest,
 * on long Chinese text) can be skipped: complaints, a request for a person and money amounts decide who needs a person
 * and cost little — a skipped "转人工", "caught fire" or "$600,000" costs a customer more than a millisecond costs the
 * others.
 *
 * The budget counts the process's CPU time, not the wall clock: on a machine busy with other work the wall clock
 * moved while the detectors waited for a core, and a loaded machine skipped the sentiment of ordinary messages (a
 * strong-emotion handoff missed in a bench run beside CI). CPU time moves only while this process works, but it counts
 * the process's helper threads too: a garbage collection running beside the detectors on a loaded CI machine spent 50 ms
 * and skipped the sentiment of an ordinary message (an engine test's strong emotion went unread). 100 ms leaves room
 * for that; the slowest hostile message's detectors together take about 130 ms of CPU, so the budget still bites there.
 */
export const DETECTOR_BUDGET_MS = 100;

/** This process's CPU time in milliseconds (user and system; `getrusage`, about a microsecond to read). */
export function processCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

type Emotion = SentimentReading['emotion'];

const NO_SENTIMENT: SentimentReading = {
  sentiment: { label: 'neutral', score: 0, evidence: [] },
  emotion: { label: 'neutral', score: 0, strong: false, evidence: [] },
};

export function analyzeMessage(text: string, options: AnalyzeOptions = {}): MessageSignals {
  const lang = options.lang ?? detectLanguage(text, options.locale);
  const clock = options.clock ?? processCpuMs;
  const deadline = clock() + DETECTOR_BUDGET_MS;
  const skipped: Detector[] = [];
  // The budget is read after the detectors that decide who needs a person: it only ever skips the sentiment.
  const run = <T>(name: Detector, detect: () => T, otherwise: T): T => {
    if (clock() > deadline) {
      skipped.push(name);
      return otherwise;
    }
    return detect();
  };
  const detectIn = (part: string) => detectAgentRequest(part, lang);
  // A request taken back ("jk"), or someone else's advice reported and laughed off ("my son says i should speak to the
  // manager haha but really…"), is no request of the customer's.
  // A contact with a person told as past and settled ("上次找客服投诉已经解决了 谢谢") is no request now.
  const agent = withoutSettledContact(withoutReportedRequest(withoutRetractedRequest(detectAgentRequest(text, lang), text, detectIn), text, lang === 'zh', detectIn), text, lang === 'zh', detectIn);
  // Only a request the rules named keeps the learned escalations out: a described one ("could somebody look at this, the
  // blade went into my thumb") is a reading of the same kind as theirs, and the injury still sets the level.
  const named = agent.evidence.some((e) => !e.endsWith('(described)'));
  const complaint = detectComplaintLevel(text, lang, { agentRequested: named });
  const thresholds = options.highValueThreshold ?? DEFAULT_HIGH_VALUE_THRESHOLDS;
  const money = detectHighValue(text, thresholds, options.currency, options.costlyOrderThreshold ?? DEFAULT_COSTLY_ORDER_THRESHOLDS);
  const { sentiment, emotion } = run('sentiment', () => readSentiment(text, lang), NO_SENTIMENT);
  // Read only where the sentiment was (the budget skips it on a busy machine).
  // A feeling all inside someone else's words the customer set aside ("my coworker said you're a scam but i dont believe
  // her") is the reporter's (request-reported.ts).
  // A verdict beside the store's service stalled (太扯了吧 訂單一直沒出貨), the store called a cheat ("you guys are scamming
  // people"), a figure of the weather beside a long wait for the store's courier (热死了还让我等了三个小时) are strong.
  const zh = lang === 'zh';
  const voiced = skipped.includes('sentiment') ? emotion : withWaitBesideFigure(withShopAccused(withVerdictOnStall(emotion, text, zh), text, zh), text, zh);
  const felt = skipped.includes('sentiment') ? emotion : withoutReportedFeeling(withFeelingAlone(voiced, text, zh, (part) => readSentiment(part, lang)), text, zh);
  // Who the feeling is aimed at and how strongly it is meant, read in this order, each on the last one's reading:
  // figures of speech and feelings that stand alone or hedged first; insults, shouting and the breaking-point idioms
  // then make a feeling strong; a state before an occasion of the customer's life is read after those idioms ("I'm
  // heartbroken"), which name such a state as often as the end of one's patience; then the feeling's aim. A vent about
  // the customer's own day, turned from before a routine question (vent-aside.ts), is read late; a feeling laughed off,
  // or told as the customer's own state, beside a plain matter (shrugged-feeling.ts) last, after every other reading,
  // the breaking-point idioms (心态炸了) among them. A strong feeling told as a sentence of its own (feeling-alone.ts) was
  // read before all of them, so that every reader of its aim still reads it.
  const readings: ReadonlyArray<(reading: Emotion) => Emotion> = [
    (reading) => withoutHyperbole(reading, complaint, text, zh),
    (reading) => withoutLoneFeeling(reading, complaint, text, zh),
    (reading) => withoutHedgedFeeling(reading, complaint, text, zh),
    (reading) => withAbuse(reading, complaint),
    (reading) => withShouting(reading, text),
    (reading) => withBreakingPoint(reading, text, lang),
    (reading) => withoutAnticipation(reading, complaint, text, zh),
    (reading) => withoutEmotionAimedElsewhere(reading, complaint, text, zh),
    (reading) => withoutVentAside(reading, complaint, text, zh),
    (reading) => withoutShruggedFeeling(reading, complaint, text, zh),
    // A feeling taken back at once ("devastated 😭 (not really)", 开玩笑的), read on what every other reader left strong.
    (reading) => withoutFeelingTakenBack(reading, complaint, text, zh),
  ];
  return {
    lang,
    sentiment,
    emotion: readings.reduce((reading, read) => read(reading), felt),
    agentRequest: agent.requested,
    complaintLevel: complaint.level ?? 'L3',
    complaintKind: complaint.kind,
    complaints: complaint.complaints,
    amount: money.amount,
    highValue: money.highValue,
    evidence: { agentRequest: agent.evidence, complaint: complaint.evidence, amount: money.evidence },
    skipped,
  };
}

/** Insults and swearing at the staff are a strong emotion whatever the words around them weigh. */
function withAbuse(emotion: SentimentReading['emotion'], complaint: ComplaintResult): SentimentReading['emotion'] {
  const abuse = complaint.complaints.find((c) => c.kind === 'abuse');
  if (!abuse || emotion.strong) return emotion;
  return { ...emotion, strong: true, evidence: [...emotion.evidence, ...abuse.evidence.filter((e) => !emotion.evidence.includes(e))] };
}

/**
 * A customer at the end of their patience, in an idiom ("I'm at the end of my rope", 忍很久了, 嬲到震) whose words weigh
 * little one by one, is a strong emotion (breaking-point.ts).
 */
function withBreakingPoint(emotion: SentimentReading['emotion'], text: string, lang: Lang): SentimentReading['emotion'] {
  if (emotion.strong) return emotion;
  const english = normalizeEnglish(text);
  const chinese = lang === 'zh' ? normalizeChinese(text) : '';
  // Told off for how the shop treats the customer: taken for a fool, toyed with, asked if it cares (shop-scorn.ts).
  // Tears of distress (急得哭了) only where the message weighs no praise: 太好看了 我都快哭了 is joy.
  // A feeling measured by the body (气到快爆炸, "shaking with anger": feeling-measure.ts) is the feeling at its height.
  const idiom = breakingPoint(english, chinese) ?? shopScorn(english, chinese) ?? (emotion.score <= 0 ? (distressTears(chinese) ?? feelingMeasure(english, chinese)) : null);
  return idiom ? { ...emotion, strong: true, evidence: [...emotion.evidence, idiom] } : emotion;
}

/** Evidence that is the shout's own form, not a word of feeling: capitals, runs of "!" or "?". */
const SHOUT_CUE = /^(?:ALL CAPS|[!?！？]{1,10})$/;

/**
 * A message shouted in capitals with runs of "!" is a strong emotion whatever its words weigh (shouting.ts), unless what
 * it shouts is praise ("THANK YOU SO MUCH!!!! LOVE IT!!!").
 */
function withShouting(emotion: SentimentReading['emotion'], text: string): SentimentReading['emotion'] {
  if (emotion.strong || emotion.score > 0) return emotion;
  // A shouted question about how the shop works, with no feeling word of its own: "WHEN DOES THE SALE END!!!".
  if (emotion.evidence.every((e) => SHOUT_CUE.test(e)) && shoutAsksOnly(text)) return emotion;
  const shout = shouting(text);
  return shout ? { ...emotion, strong: true, evidence: [...emotion.evidence, shout] } : emotion;
}

/**
 * Every pattern is compiled the first time it runs, and V8 compiles it again, to machine code, the second time: on a
 * busy machine either took the first customer message past the time budget (its sentiment went unread). Reading a few
 * messages twice when the module loads moves that cost to start-up; they reach the phrase patterns and the clause
 * reading of agent requests (person-request.ts), which runs only when no phrase matched.
 */
const WARM_UP = [
  ['I want to talk to a human, it arrived broken, $100', 'en'],
  ['is a real person available? worst service ever!!!', 'en'],
  ['转人工 坏了 五百块 太差了', 'zh'],
  ['能不能让客服跟我聊，第三次了', 'zh'],
  // Messages no phrase matches take every detector's longest path (the clause readings): most customers write these.
  ['the mug came cracked, where is my refund?', 'en'],
  ['收到的杯子都摔坏了，退款到哪了', 'zh'],
] as const;
// V8 first interprets a pattern and compiles it to machine code on a later run: three rounds reach the compiled code.
for (let round = 0; round < 3; round++) {
  for (const [text, lang] of WARM_UP) analyzeMessage(text, { lang, clock: () => 0 });
}
