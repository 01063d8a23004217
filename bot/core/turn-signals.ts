/**
 * Reads one customer message's signals in the context of the conversation: the message's own (analyzeMessage), the
 * customer's mood over the last few messages, their tier, the bot's failures, the same problem again after an answer,
 * and what a trained recognizer (CLU) read. Returns the one signals shape the policy, the explanation, the handoff
 * reasons and the CLI use, and the state to keep for the next turn.
 */
import type { Policy } from './policy';
import { analyzeMessage, detectRepeatedProblem, reachesThreshold, rollingSentiment, type Recognized, type Signals } from './signals';
import { nextPreviousProblem, type PreviousProblem } from './signals/repeated-problem';
import { retractsSomething } from './signals/request-retracted';
import { reportsAndTurns } from './signals/request-reported';
import { tellsRatherThanAsks } from './signals/agent-request-learned';
import type { EngineState } from './turn';
import type { Lang } from '../../contracts';
import { foldChinese } from '../../knowledge';

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
  /**
   * The title of the article the knowledge base found closest, when it is tagged PERSON_ARTICLE_TAG (the article about
   * talking to a person) and scored at least PERSON_ARTICLE_SCORE.
   */
  personArticle?: string;
  /** The article the knowledge base found closest, when it is tagged ISSUE_ARTICLE_TAG and scored at least ISSUE_ARTICLE_SCORE. */
  issueArticle?: string;
}

/**
 * The tag of articles about an order that went wrong on its way (late, lost, damaged, marked delivered but not there, an
 * item missing or wrong). A message closest to one of them, about a costly order, tells of a costly order gone wrong
 * (costlyOrderThresholds), where the words name the problem in a way the complaint reading does not ("the ring was 6k and
 * the stone is missing from the setting", "my order was £2,400 and it hasnt arrived"). Editors tag their own articles so.
 */
export const ISSUE_ARTICLE_TAG = 'delivery-issues';
export const ISSUE_ARTICLE_SCORE = 0.3;

/**
 * The tag of the article that tells customers how to reach a person. A message closest to it that does not ask
 * (no question mark, no question word or auxiliary first: "get me someone who can actually decide", "a person from
 * support please, not this", 联系人工客服) wants a person now: it is handed off, not answered with the article about it.
 * Editors tag their own article so.
 */
export const PERSON_ARTICLE_TAG = 'person';
export const PERSON_ARTICLE_SCORE = 0.4;

/** Asking how, when or whether a person can be reached ("is there a way to speak to someone", 人工客服啥时候在线). */
// After an opener ("just curious, are these chats answered by a real person"), a question of fact asks too.
const EN_ASKS =
  /\?|^\s*(?:how|when|what|where|which|who|why|is|are|do|does|can|could|may|will|would|any way|you can)\b|[,.;:!]\s*(?:how|why|when|what|where|which|is|are|do|does)\b|\b(?:opening hours|hours|phone number|number to call|what number)\b/i;
// 客服说三天到 tells what support said; 主人公是谁 asks who; 人工客服同机械人有咩分别 (folded 有什么分别) asks what the
// difference is, 你们的客服是真人还是机器人 which of the two it is.
const ZH_ASKS = /[?？吗呢谁]|啥时候|什么时候|几点|几时|有没有|有冇|有无|是否|在哪|哪里|怎么|怎样|如何|点样|电话|号码|热线|时间|多少|多久|说|区别|分别|差别|差异|有什么不同|(?:还是|定是|(?<!一)定)(?:机器人|机械人|真人|人工|ai|自动)/;
/**
 * Thanks passed on to the staff ("帮我谢谢你们的客服 服务很好", "please thank the agent who helped me"): praise for
 * support, close to the article about it in words, asks for no one.
 */
const THANKS_PASSED_ON =
  /\b(?:thank|compliment)\s(?:the|your|ur|that|whoever)\b|\b(?:pass on|give) my thanks\b|\bkudos to\b|(?:谢谢|感谢|多谢|表扬)(?:一下)?(?:[^，,。！？!?转接找叫要请让]{0,10}的)?(?:你们|你哋|贵司|贵公司|那位|这位|客服|同事|专员|工作人员)/i;

/**
 * A person declined ("no need for a human", 不用转真人 帮我查订单就好) or the customer's own ("our travel agent booked this",
 * "my account manager wants an invoice"): close to the article in words, asking for no one.
 */
const EN_PERSON_DECLINED_OR_OWN =
  /\b(?:(?:don't|do not|dont|no need (?:for|to)|not necessary|never mind|without)\s(?:[a-z']{1,12}\s){0,3}(?:a |an |the |any )?(?:human|person|agent|rep|representative|operator|someone|somebody|anyone|anybody|people|staff|support|transfer)|(?:my|our|his|her|their)\s(?:[a-z]{2,12}\s)?(?:agent|manager|rep|representative|assistant|boss|colleague|staff|team|supervisor|advis[oe]r))\b/i;
const ZH_PERSON_DECLINED = /(?:不用|不要|不需要|无需|没必要|不必|毋须|唔使|唔驶)(?:再)?(?:帮我)?(?:转|找|接|叫)?(?:接)?(?:人工|真人|客服|活人)/;

/** A person, or contact with one: the least a message asking for someone names. */
const EN_NAMES_PERSON_OR_CONTACT =
  /\b(?:person|people|human|humans|some ?one|some ?body|any ?one|any ?body|agents?|staff|reps?|representatives?|operators?|managers?|supervisors?|team|support|service|employees?|advis[oe]rs?|colleagues?|boss|real|live|(?:talk|speak|chat)(?:ing)? (?:to|with)|call|phone|ring|contact|reach|transfer|connect|put me through)\b/i;
const ZH_NAMES_PERSON_OR_CONTACT = /人|客服|专员|经理|主管|员工|同事|老板|店长|电话|联系|联络|转|接|找|聊|倾|说话|讲话/;

export function asksAboutReachingSomeone(text: string, lang: Lang): boolean {
  return lang === 'zh' ? ZH_ASKS.test(text) : EN_ASKS.test(text);
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
    costlyOrderThreshold: { byCurrency: policy.costlyOrderThresholds, otherwise: policy.costlyOrderThreshold },
    currency: policy.defaultCurrency[lang],
  });
  const recentEmotion = [...state.recentEmotion, message.emotion.score].slice(-ROLLING_WINDOW);
  const repeated = detectRepeatedProblem(text, message, state.lastProblem, context.articleId);
  const signals: Signals = {
    ...withCostlyOrderGoneWrong(message, policy, context.issueArticle),
    rolling: rollingSentiment(recentEmotion, ROLLING_WINDOW),
    tier: context.tier ?? null,
    repeatedFailure: context.repeatedFailure,
    repeatedProblem: repeated.repeated,
    context: { repeatedProblem: repeated.evidence },
    recognized: null,
  };
  return {
    signals: withPersonArticle(withRecognition(signals, context.recognized), text, lang, context.personArticle),
    recentEmotion,
    lastProblem: nextPreviousProblem(message, state.lastProblem, context.articleId),
  };
}

/**
 * A costly order gone wrong is a high-value case: the amount at or above its currency's costly-order figure, and the
 * message telling of a failure (a service failure read by the complaint detectors: 没收到, "never arrived", 壞咗), or closest
 * to an article about an order gone wrong (ISSUE_ARTICLE_TAG). The amount keeps its evidence; the failure's is added.
 */
export function withCostlyOrderGoneWrong<T extends Pick<Signals, 'amount' | 'highValue' | 'complaints' | 'evidence'>>(
  message: T,
  policy: Pick<Policy, 'costlyOrderThresholds' | 'costlyOrderThreshold'>,
  issueArticle: string | undefined,
): T {
  if (message.highValue || !message.amount) return message;
  if (!reachesThreshold(message.amount, { byCurrency: policy.costlyOrderThresholds, otherwise: policy.costlyOrderThreshold })) return message;
  const failure = message.complaints.find((c) => c.kind === 'service_failure');
  const problem = failure ? failure.evidence : issueArticle ? [`closest article: ${issueArticle}`] : [];
  if (problem.length === 0) return message;
  return { ...message, highValue: true, evidence: { ...message.evidence, amount: [...message.evidence.amount, ...problem] } };
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

/** A message closest to the article about reaching a person, not asking about it, asks for one (PERSON_ARTICLE_TAG). */
export function withPersonArticle(signals: Signals, text: string, lang: Lang, personArticle: string | undefined): Signals {
  if (!personArticle || signals.agentRequest || asksAboutReachingSomeone(text, lang) || THANKS_PASSED_ON.test(text) || retractsSomething(text)) return signals;
  // Someone else's advice reported and turned from ("my son says i should speak to the manager haha but really…").
  if (reportsAndTurns(lang === 'zh' ? foldChinese(text.normalize('NFKC')) : text, lang === 'zh')) return signals;
  if (lang === 'zh' ? ZH_PERSON_DECLINED.test(foldChinese(text.normalize('NFKC'))) : EN_PERSON_DECLINED_OR_OWN.test(text)) return signals;
  // Contact that already happened: "the agent I chatted with yesterday sorted it all out", 有人回复我了.
  if (tellsRatherThanAsks(lang === 'zh' ? foldChinese(text.normalize('NFKC')) : text, lang)) return signals;
  // Closeness in words alone asks for no one: a message that names no person and no contact with one ("please talk a
  // bit faster", "that is not factual", "respond to me in english from now on") is said to the bot.
  if (!(lang === 'zh' ? ZH_NAMES_PERSON_OR_CONTACT.test(foldChinese(text.normalize('NFKC'))) : EN_NAMES_PERSON_OR_CONTACT.test(text))) return signals;
  const evidence = `closest to "${personArticle}"`;
  return { ...signals, agentRequest: true, evidence: { ...signals.evidence, agentRequest: [...signals.evidence.agentRequest, evidence] } };
}
