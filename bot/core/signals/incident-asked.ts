import { asksChinese } from './question-form';

/**
 * A safety matter asked about before anything happened: "Nothing has happened, just asking for our office policy: where
 * would we report a product safety concern if one ever came up?", "hypothetically, if the heater ever overheated, would
 * you replace it?", 还没出事 只是问问 万一充电宝鼓包了怎么处理. The safety rule reads the words of an incident (safety
 * concern, overheated, 鼓包); these messages ask what the shop would do if one happened.
 *
 * The whole message must be asked in the abstract: it asks, it says so (nothing has happened, just asking, hypothetically,
 * if one ever came up, for future reference, 万一, 以防万一, 假如, 只是问问) or asks whether a product is safe ("is it safe to
 * leave on overnight?", 安全吗), and every clause is a question or carries that frame. A clause telling an event keeps it an incident: "The heater sparked yesterday, what do I do if it ever happens
 * again?", 孩子被烫伤了，只是问问怎么处理. "What happens if the battery overheats?" supposes in the simple present, of any
 * product: asked before anything happened; "how do you know when your dog is ill" asks of anyone's; ("what do I do if my son swallowed a magnet" tells it in the past). A plain "if" is not the frame: "what should I do if my son swallowed a magnet"
 * may be happening now.
 */

/**
 * Said outright that nothing happened or that this only asks: "nothing has happened", "it hasn't happened", "just asking
 * for our policy".
 */
const EN_NOTHING_HAPPENED =
  /\b(?:nothing (?:has |have |had )?happened|nothing's happened|(?:it |this )?(?:hasn't|has not|never) (?:actually )?happened|nothing (?:is )?wrong (?:yet|so far))\b/;
/** Only asking: a clause of its own in such a message, never the frame alone ("my kid got burned just asking…"). */
const EN_ONLY_ASKING = /\b(?:just|only) (?:asking|wondering|curious|checking)\b|\bout of curiosity\b/;
/** A future or supposed case: "if one ever came up", "in case something happens", "hypothetically", "should it ever". */
const EN_SUPPOSED =
  /\b(?:if (?:one|it|this|that|anything|something|such a thing|there|one of them|the [a-z]{1,14}) (?:ever|were (?:ever )?to|should (?:ever )?)|(?:ever|should one|should it) (?:comes?|came) up|in case (?:of )?(?:one|it|anything|something|there|an? [a-z]{1,14} (?:ever|happens|comes))|hypothetical(?:ly)?|should (?:one|it|anything|something|there) ever|for future reference|in the (?:unlikely )?event (?:of|that))\b|\bhow (?:do|can|would|should) (?:you|i|we|one|people) (?:know|tell) (?:when|if|whether) (?:your|a|an|one's) [a-z]{2,14}\b|\bwhat (?:happens|would happen|do you do|do i do|should i do|if) if (?:it|the|my|this|a|an|one) (?:[a-z-]{1,14} ){0,2}(?:overheats|catches fire|explodes|melts|sparks|leaks|bursts|shorts out|starts smoking|starts sparking|gets too hot|blows up)\b/;
/**
 * Whether a product is safe, asked before buying or using it: "is the heater safe to leave on overnight?", "are these
 * toys safe for under 3s?", 这个电暖器晚上开着安全吗, 会不会漏电. Every clause must still ask: "the heater sparked, is it safe
 * to use?" tells an event first.
 */
const EN_SAFE_ASKED =
  /\b(?:can|could|might|will|would) (?:a |the |my |our |small |little |young )?(?:kids?|children|child|toddlers?|bab(?:y|ies)|pets?|dogs?|cats?|someone|anyone|people) (?:get )?(?:hurt|injure|cut|burn|pinch|trap|scald)(?! (?:my|him|her|me|us)\b)|\b(?:is|are|would|will) (?:it|this|that|they|these|those|(?:the|this|these|that|those|your) (?:[a-z]{1,14} ){0,2}[a-z]{1,14}) (?:be )?(?:safe|dangerous|a (?:fire|safety) hazard)\b|\bhow safe (?:is|are)\b|\b(?:is|are) (?:it|they|this|that|these|those|(?:the|this|these|that|those|your|a|an) (?:[a-z-]{1,14} ){0,2}[a-z-]{1,14}) (?:likely|liable|prone|known|going|able) to (?:explode|catch fire|overheat|melt|spark|leak|burst|shatter)\b|\b(?:can|could|might|will|would|does|do|is it possible for) (?:it|they|this|that|these|those|(?:the|this|these|that|those|your|a|an) (?:[a-z-]{1,14} ){0,2}[a-z-]{1,14}) (?:ever |actually |really )?(?:cause|start|catch|overheat|explode|melt|spark|set off|go on fire|burn (?:down|the|a)|smoke|scorch|trip|shock|get (?:too |very |hot enough|warm enough))\b|\bis it (?:normal|usual|common|expected|ok|okay) (?:for (?:a |an |the |my |this |these |new |brand new )?(?:[a-z-]{1,14} ){0,2})?to (?:smoke|smell|get hot|heat up|spark|click|buzz|hum|steam)\b/;
const ZH_SAFE_ASKED = /安全吗|安不安全|是否安全|安全不|危险吗|危不危险|会不会(?:有)?(?:火灾)?(?:过热|发热|太热|发烫)?(?:危险|着火|起火|漏电|爆炸|烫伤|触电|跳闸|短路|烧坏|隐患|风险)|有没有(?:安全)?(?:隐患|危险)|(?:冒烟|冒点烟|发烫|发热|有味道?|有异味|冒火花)[^，,。！？!?]{0,4}(?:正常|正不正常)(?:吗|嘛|不|吧)?/;
/**
 * A product in general, supposed, and the shop's policy asked: "if a product turns out to be unsafe, what's your warranty
 * policy", "if an item catches fire, who do I contact?", 商品有安全问题的话保修管吗. An indefinite product (a, an, any, one
 * of your) is no product of the customer's; with "my" or "the" it may be happening now ("if my charger is smoking").
 */
const EN_GENERIC_SUPPOSED =
  /\bif (?:a|an|any|one of your) (?:[a-z-]{1,14} ){1,3}?(?:ever |ever were to |should |turns? out to be |turned out to be |is |are |was |were |gets? |got |catches |caught |causes? |caused |starts? |started |arrives? |has |had )/;
const EN_POLICY_ASKED =
  /\b(?:polic(?:y|ies)|warranty|guarantee|covered|cover (?:it|that|this)|process|procedure|who (?:do|should|would|can) (?:i|we) (?:contact|call|tell|email)|what happens|what do you do|do you (?:replace|refund|recall)|would you (?:replace|refund)|refund|replace(?:ment)?)\b/;
const ZH_GENERIC_SUPPOSED = /(?:如果|要是|假如|万一)?(?<![我的])(?:商品|产品|东西|货品|货)(?:有|出现|出了?|发生|存在)[^，,。！？!?]{0,8}的话/;
const ZH_POLICY_ASKED = /保修|保固|包修|退|换|赔|处理|政策|售后|管吗|负责/;
/** Asking before buying: "asking before I buy the heater", "before I order one". */
const EN_BEFORE_BUYING = /\b(?:asking |checking )?before (?:i|we) (?:buy|order|purchase|get|pick)\b/;

const EN_ASKED = /\?\s*$|^(?:how|what|what's|where|when|which|who|can|could|may|do|does|is|are|will|would|should)\b/;

const ZH_NOTHING_HAPPENED = /没(?:有)?(?:发生|出)(?:什么|任何)?(?:事|事故|问题)|还没(?:有)?(?:发生|出事)|什么事都没(?:有)?(?:发生)?/;
const ZH_ONLY_ASKING = /只是(?:问问|想问|了解|咨询)|纯(?:粹)?(?:咨询|问问)|随便问问|先问(?:问|一下|下)|问(?:一下|下)先|(?:还|仲)?(?:没|未)(?:有)?(?:买|下单|落单)(?:先问问|之前)?|买之前/;
const ZH_SUPPOSED = /万一|以防万一|假如|假设|如果(?:以后|将来|哪天|有一天|日后)|要是(?:以后|将来|哪天|有一天)|(?:以后|将来|日后)(?:如果|要是|万一)|以备|预防/;
/** A Chinese clause asks: the shared reader of question forms (question-form.ts), Cantonese as folded included. */
const ZH_ASKED = { test: asksChinese };

/** Clauses: the frame may stand in a clause of its own ("Nothing has happened, just asking: …?"). */
const EN_CLAUSES = /(?<=\?)|[.!,;:\n]+/;
const ZH_CLAUSES = /(?<=[?？])|[。！!，,；;：:\s]+/;

interface Frame {
  nothing: RegExp;
  safeAsked: RegExp;
  supposed: RegExp;
  onlyAsking: RegExp;
  asked: { test(text: string): boolean };
}
const EN_FRAME: Frame = { nothing: EN_NOTHING_HAPPENED, safeAsked: EN_SAFE_ASKED, supposed: EN_SUPPOSED, onlyAsking: EN_ONLY_ASKING, asked: EN_ASKED };
const ZH_FRAME: Frame = { nothing: ZH_NOTHING_HAPPENED, safeAsked: ZH_SAFE_ASKED, supposed: ZH_SUPPOSED, onlyAsking: ZH_ONLY_ASKING, asked: ZH_ASKED };
/** The same frames, with a product in general supposed while the shop's policy is asked. */
const EN_GENERIC_FRAME: Frame = { ...EN_FRAME, supposed: EN_GENERIC_SUPPOSED, onlyAsking: new RegExp(`${EN_ONLY_ASKING.source}|${EN_BEFORE_BUYING.source}`) };
const ZH_GENERIC_FRAME: Frame = { ...ZH_FRAME, supposed: ZH_GENERIC_SUPPOSED };

function abstract(clauses: readonly string[], frame: Frame, whole: string): boolean {
  const asked = (s: string) => frame.asked.test(s) || frame.safeAsked.test(s);
  if (!(frame.nothing.test(whole) || frame.supposed.test(whole) || frame.safeAsked.test(whole)) || !clauses.some(asked)) return false;
  return clauses.every((s) => asked(s) || frame.nothing.test(s) || frame.supposed.test(s) || frame.onlyAsking.test(s));
}

/**
 * The message asks about a safety matter in the abstract (see the file's comment). English normalised; Chinese with its
 * spaces kept, lower case: customers part Chinese clauses with spaces as often as with commas.
 */
export function asksAboutIncidentInAdvance(english: string, chinese: string): boolean {
  if (chinese) {
    const clauses = chinese.split(ZH_CLAUSES).map((s) => s.trim()).filter(Boolean);
    return abstract(clauses, ZH_FRAME, chinese) || (ZH_POLICY_ASKED.test(chinese) && abstract(clauses, ZH_GENERIC_FRAME, chinese));
  }
  const clauses = english.split(EN_CLAUSES).map((s) => s.trim()).filter(Boolean);
  return abstract(clauses, EN_FRAME, english) || ((EN_POLICY_ASKED.test(english) || EN_BEFORE_BUYING.test(english)) && abstract(clauses, EN_GENERIC_FRAME, english));
}
