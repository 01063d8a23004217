/**
 * The default recognizer: no network, a fraction of a millisecond plus one knowledge-base search. It reads the
 * built-in intents from the engine's own signals (analyzeMessage: agent request, complaints, amounts; and small
 * talk), widens small talk and complaints with the built-in example sets, and asks the knowledge base for
 * `kb:<articleId>` intents. It runs no detector of its own: one reading of a message, whoever asks.
 *
 * Which reading wins, in order, and why:
 * 1. an explicit request for a person: the customer asked for one, whatever else the message says;
 * 2. a safety, legal or account-takeover complaint (L1): it goes to the front of the queue, never to an article;
 * 3. a message that is a greeting, thanks or goodbye as a whole ("hi", "谢谢");
 * 4. a short message close to a small-talk example ("hi there!", "ok bye then"), unless it complains: on two social
 *    words the knowledge base's confidence says little ("hello" shares a word with *some* question variant);
 * 5. a message closer to a complaint example than the best knowledge-base hit is to its own closest question variant
 *    (like is compared with like: two cosine similarities; the calibrated scores of two indexes are not comparable);
 * 6. otherwise the most confident of the knowledge-base hits and a detected complaint, if any reaches `minConfidence`;
 * 7. `none`.
 */
import { DEFAULT_THRESHOLDS } from '../../knowledge/search';
import { normalizeText } from '../core/normalize';
import { analyzeMessage, lodgedComplaint, type ComplaintKind } from '../core/signals';
import type { Lang } from '../../contracts';
import { detectSmallTalk } from '../core/small-talk';
import { buildBuiltInIndex, type BuiltInIndex, type ExampleMatch } from './built-in-index';
import { knowledgeSearchOf, type KnowledgeSource } from './knowledge-source';
import { kbIntent, type Recognition, type RecognizeContext, type Recognizer } from './recognition';

export interface LocalRecognizerOptions {
  /** Below this confidence the best knowledge-base hit or complaint is not taken: the intent is `none`. */
  minConfidence?: number;
  /** How many runner-up intents to report. */
  maxAlternatives?: number;
}

/** The detectors match explicit phrases; the agent-request one is benchmarked against a ≤ 2 % false-positive target. */
const DETECTED = 0.95;
const COMPLAINT_CONFIDENCE: Readonly<Record<ComplaintKind, number>> = {
  safety: 0.9,
  legal: 0.9,
  account_takeover: 0.9,
  abuse: 0.85,
  repeated_contact: 0.8,
  threat: 0.8,
  complaint: 0.8,
  // "It arrived broken", "my account is locked" are as often questions for the knowledge base.
  service_failure: 0.6,
  account_locked: 0.6,
};

/** Small talk by example: any message this close to an example, and a short one (≤ SHORT words) at least this close. */
const SMALL_TALK_SIMILARITY = { anyLength: 0.7, short: 0.45 };
const SHORT_MESSAGE = { en: 4, zh: 8 } as const;
/** A complaint by example competes with the knowledge base at its similarity. */
const COMPLAINT_SIMILARITY = 0.6;
const KB_HITS = 5;
const DEFAULT_MAX_ALTERNATIVES = 5;

export function createLocalRecognizer(
  knowledge: KnowledgeSource,
  options: LocalRecognizerOptions = {},
  builtIn: BuiltInIndex = buildBuiltInIndex(),
): Recognizer & { recognizeSync(text: string, context: RecognizeContext): Recognition } {
  const search = knowledgeSearchOf(knowledge);
  const minConfidence = options.minConfidence ?? DEFAULT_THRESHOLDS.clarify;
  const maxAlternatives = options.maxAlternatives ?? DEFAULT_MAX_ALTERNATIVES;

  function recognizeSync(raw: string, { lang }: RecognizeContext): Recognition {
    const text = normalizeText(raw);
    if (!text) return { intent: 'none', confidence: 1, source: 'local', entities: [], alternatives: [] };

    const candidates = new Candidates();
    const signals = analyzeMessage(text, { lang });
    const complaint = { kind: signals.complaintKind, level: signals.complaintLevel };
    // A complaint lodged against the shop ("I want to file a complaint about your service") hands off as a request for
    // a person, but what the customer said is a complaint: that is its intent, unless they also asked for someone.
    const lodged = lodgedComplaint(text, lang);
    const request = signals.agentRequest ? (signals.evidence.agentRequest.every((e) => lodged.includes(e)) ? 'complaint' : 'agent_request') : undefined;
    if (request) candidates.add(request, DETECTED);
    if (complaint.kind) candidates.add('complaint', COMPLAINT_CONFIDENCE[complaint.kind]);
    const forms = smallTalkForms(text, lang);
    const smallTalk = forms.map(detectSmallTalk).find(Boolean);
    if (smallTalk) candidates.add(smallTalk, DETECTED);

    const examples = matchExamples(builtIn, forms, lang);
    const exampleSmallTalk = complaint.kind ? undefined : acceptedSmallTalk(examples, text, lang);
    if (exampleSmallTalk) candidates.add(exampleSmallTalk.intent, 0.5 + 0.5 * exampleSmallTalk.similarity);
    const exampleComplaint = examples.find((m) => m.intent === 'complaint' && m.similarity >= COMPLAINT_SIMILARITY);
    if (exampleComplaint) candidates.add('complaint', exampleComplaint.similarity);

    const hits = search(text, { lang, limit: KB_HITS });
    for (const hit of hits) candidates.add(kbIntent(hit.articleId), hit.score);
    // Without an explanation (a search function other than KnowledgeIndex's) the knowledge base is given the benefit.
    const bestHitSimilarity = hits.length === 0 ? 0 : (hits[0].explanation?.nearestSimilarity ?? 1);

    const chosen =
      request ||
      (complaint.level === 'L1' && 'complaint') ||
      smallTalk ||
      exampleSmallTalk?.intent ||
      (exampleComplaint && exampleComplaint.similarity > bestHitSimilarity && 'complaint') ||
      candidates.best((intent) => intent.startsWith('kb:') || intent === 'complaint', minConfidence);

    const entities = signals.evidence.amount.map((amount) => ({ category: 'money', text: amount }));
    const alternatives = candidates.ranked().filter((c) => c.intent !== chosen).slice(0, maxAlternatives);
    if (!chosen) {
      return { intent: 'none', confidence: round(1 - (alternatives[0]?.confidence ?? 0)), source: 'local', entities, alternatives };
    }
    return { intent: chosen, confidence: round(candidates.confidenceOf(chosen)), source: 'local', entities, alternatives };
  }

  return {
    recognizeSync,
    recognize: async (text, context) => recognizeSync(text, context),
  };
}

function acceptedSmallTalk(examples: readonly ExampleMatch[], text: string, lang: Lang): ExampleMatch | undefined {
  const best = examples.find((m) => m.intent !== 'complaint');
  if (!best) return undefined;
  if (best.similarity >= SMALL_TALK_SIMILARITY.anyLength) return best;
  return best.similarity >= SMALL_TALK_SIMILARITY.short && lengthOf(text, lang) <= SHORT_MESSAGE[lang] ? best : undefined;
}

/**
 * The text, and in Chinese also the text without its trailing modal particles: "再见啦", "你好呀", "谢谢哈" end in one
 * that neither the small-talk patterns nor the examples spell out, while "谢啦" is itself an example. "在吗" keeps its
 * 吗, which carries the question.
 */
function smallTalkForms(text: string, lang: Lang): string[] {
  if (lang !== 'zh') return [text];
  const plain = text.replace(/(?<![啦呀啊哦哈吧呢嘛哟喔咯~～!！。.])[啦呀啊哦哈吧呢嘛哟喔咯~～!！。.]+$/u, '');
  return plain && plain !== text ? [text, plain] : [text];
}

/** Example matches of any of the forms, each intent at its best similarity. */
function matchExamples(builtIn: BuiltInIndex, forms: readonly string[], lang: Lang): ExampleMatch[] {
  const best = new Map<ExampleMatch['intent'], number>();
  for (const form of forms) {
    for (const { intent, similarity } of builtIn.match(form, lang)) best.set(intent, Math.max(similarity, best.get(intent) ?? 0));
  }
  return [...best].map(([intent, similarity]) => ({ intent, similarity })).sort((a, b) => b.similarity - a.similarity);
}

/** Words in English; Han characters plus Latin words in Chinese. Punctuation does not count. */
function lengthOf(text: string, lang: Lang): number {
  const words = text.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  if (lang === 'en') return words.length;
  return words.reduce((n, w) => n + (/\p{Script=Han}/u.test(w) ? [...w.replace(/[^\p{Script=Han}]/gu, '')].length : 1), 0);
}

/** Intent → highest confidence any reading gave it. */
class Candidates {
  private readonly byIntent = new Map<string, number>();

  add(intent: string, confidence: number): void {
    this.byIntent.set(intent, Math.max(confidence, this.byIntent.get(intent) ?? 0));
  }

  confidenceOf(intent: string): number {
    return this.byIntent.get(intent) ?? 0;
  }

  ranked(): Array<{ intent: string; confidence: number }> {
    return [...this.byIntent]
      .map(([intent, confidence]) => ({ intent, confidence: round(confidence) }))
      .sort((a, b) => b.confidence - a.confidence || (a.intent < b.intent ? -1 : 1));
  }

  best(eligible: (intent: string) => boolean, minConfidence: number): string | undefined {
    const top = this.ranked().find((c) => eligible(c.intent));
    return top && top.confidence >= minConfidence ? top.intent : undefined;
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
