import type { ComplaintResult } from './complaint';
import type { SentimentReading } from './sentiment-scale';
import { asks } from './question-form';
import { namesCause } from './vent-aside';
import { aimedAtShopChinese, EN_AT_SHOP } from './lone-feeling';
import { detectComplaintLevel } from './complaint';
import { worldClause } from './emotion-aim';

/**
 * A feeling the customer shrugs off beside a plain matter: laughed off ("买完第二天就降价 太坑了哈哈 能补差价吗", "price
 * dropped right after i bought it lol typical, can you match it?", 買完就減價 好蝕哈哈 可唔可以補差價), or told as the
 * customer's own state, a mind thrown by bad luck ("买完第二天就降价了，心态炸了", 心態崩咗, "gutted, it went on sale the day
 * after"). The lexicons read 太坑 and 心态炸了 as strongly as anger at the shop, and they may well be strong; but the
 * customer laughs at the feeling or tells it of themself, of a matter in which nothing failed (a price that fell after
 * the purchase, their own timing), and the matter is routine: a price adjustment, a question.
 *
 * The reading looks at the shape of the message, not at the feeling's words:
 *
 * - every cue of the feeling is laughed off (a laugh right beside it: 哈哈, 笑死, 😂, "lol", "haha"; not 呵呵, which
 *   sneers) or is a state of the customer's own mind (心态崩/炸, 血亏, 肉疼, "gutted", "rip me", "just my luck");
 * - no cue is a swear, an insult or contempt ("wtf", "scam", "a joke", 垃圾, 骗子, 恶心), which a laugh does not soften;
 * - the shop is not addressed outside a routine question ("you people are a joke lol", 你们也太坑了, 你们客服), and the
 *   matter told is not its service (a refund, a delivery, the courier, its people: EN_SERVICE, ZH_SERVICE);
 * - nothing failed is told (nothing missing, late, broken, wrong, unanswered, still, again: "心态炸了 等了一个月还没发货",
 *   "3 weeks and nothing lol" are failures felt), nothing is pressed ("??", "!!"), and nothing is complained of;
 * - the matter is told beside the feeling, in a sentence that neither asks nor states a need (vent-aside.ts namesCause:
 *   "心态崩了" alone, and "furious lol i want to cancel my order", have nothing but the store's business to be about);
 *   a laughed-off feeling stands beside a question or a need put plainly (no why, still, 到底, 凭什么).
 */

/** A laugh (English, lower case): not a smirk put in words. */
const EN_LAUGH = /\b(?:lol|lols|lmao|lmfao|rofl|haha\w{0,6}|hehe\w{0,4})\b|😂|🤣|😅|😆|😹/gu;
/** A laugh (Chinese, folded): 哈哈, 笑死, 笑哭, laughing faces; not 呵呵, which sneers. */
const ZH_LAUGH = /哈{2,8}|嘿嘿|嘻嘻|笑死|笑哭|xswl|😂|🤣|😅|😆|😹/gu;
/** How near a laugh must stand to the cue, either side, to be its own: a clause's length. */
const EN_LAUGH_REACH = 24;
const ZH_LAUGH_REACH = 8;

/** A state of the customer's own mind, thrown by bad luck (the word inside a cue). */
const EN_OWN_STATE = /\b(?:gutted|rip me|rip my (?:wallet|bank account)|my (?:poor )?wallet|just my luck|typical|sod's law|sods law|murphy's law|kill me now|why me)\b/;
const ZH_OWN_STATE = /心态(?:彻底|完全|直接|真的|已经)?(?:崩|炸|爆|没了)|血亏|肉疼|肉痛|心疼|亏(?:大|死|麻|惨)|好亏|蚀(?:底|到)|心在滴血/;

/** Contempt, insult or a swear: a laugh beside them mocks the shop, it does not shrug. */
const EN_CONTEMPT = /\b(?:wtf|fuck\w{0,6}|f\*{1,4}\w{0,6}|shit\w{0,6}|damn|hell|bloody|joke|jokers|scam\w{0,6}|rip-?off|con|clowns?|idiots?|morons?|useless|pathetic|disgrace\w{0,4}|disgust\w{0,4}|appall\w{0,4}|incompetent|liars?|lied|thieves|robbery|daylight)\b/;
const ZH_CONTEMPT = /操|妈的|他妈|卧槽|我靠|靠(?!谱)|tm|垃圾|骗|恶心|滚|无耻|黑心|奸商|抢钱|打劫|智商税|傻|蠢货|脑残/;

/** A failure told: missing, late, broken, wrong, unanswered, still, again. */
const EN_FAILURE =
  /\b(?:not|never|no|nothing|nobody|still|again|late|delay\w{0,4}|wait\w{0,4}|broken|broke|damaged|missing|lost|wrong|faulty|didn't|didnt|hasn't|hasnt|haven't|havent|won't|wont|can't|cant|isn't|isnt|ignored|stuck|weeks?|months?)\b/;
const ZH_FAILURE = /没|未|还不|等了|等到|迟|慢|延误|坏|破|碎|错|漏|少了|丢|不见|不回|不理|一直|又|假|退不|联系不/;

/**
 * The store's service told as the matter (its refunds, deliveries, couriers, people): "my refund is ridiculous lol, how
 * long does it take" judges how the store serves, which a laugh does not make routine. A price, a sale or the customer's
 * own purchase is no service of the store's.
 */
const EN_SERVICE =
  /\b(?:refunds?|deliver(?:y|ies|ed)|couriers?|drivers?|parcels?|packages?|shipping|tracking|dispatch\w{0,3}|orders?|customer service|support|staff|agents?|service|replacement|exchange|return(?:s|ed)?)\b/;
const ZH_SERVICE = /退款|快递|物流|配送|送货|发货|包裹|订单|客服|售后|服务|态度|退货|换货|补发|速递/;

/** The shop addressed (English): you, your, outside a clause that asks. */
const EN_YOU = /\b(?:you|your|yours|u|ur|ya|y'all|yall)\b/;

/** A question put in reproach or pressing. */
const EN_REPROACH = /\bwhy\b|\bhow come\b|\bstill\b|[?!][?!]/;
const ZH_REPROACH = /为什么|为何|凭什么|到底|究竟|点解|还不|怎么还|必须|马上|立刻|[?？!！][?？!！]/;

/** A need stated plainly: "i want to return it", 想退差价, 要补差价. */
const EN_NEED = /\b(?:i|we) (?:need|want|wanna|would like|'d like) to [a-z]/;
const ZH_NEED = /(?:想|要|需要|申请)(?:取消|退|换|改|补|保价|价保|查|问|买)/;

const NOT_A_CUE = /^(?:u+g+h+|a+r+g+h+|sigh|meh|smh|唉+|哎+|哎呀|唉呀)$|…/;

function sentencesOf(lower: string, chinese: boolean): string[] {
  return lower.split(chinese ? /[，,。.！!；;\s]+|(?<=[?？])/ : /(?<=[?？])|[.!\n]+|,\s/).map((s) => s.trim()).filter(Boolean);
}

/** Every place a cue stands has a laugh beside it, within a clause's reach. */
function laughedOff(lower: string, cue: string, chinese: boolean): boolean {
  const laughs = [...lower.matchAll(chinese ? ZH_LAUGH : EN_LAUGH)].map((m) => [m.index, m.index + m[0].length] as const);
  if (laughs.length === 0) return false;
  const reach = chinese ? ZH_LAUGH_REACH : EN_LAUGH_REACH;
  const places: number[] = [];
  for (let at = lower.indexOf(cue); at >= 0 && places.length < 8; at = lower.indexOf(cue, at + cue.length)) places.push(at);
  const gap = (at: number, start: number, end: number) => (start >= at + cue.length ? start - (at + cue.length) : end <= at ? at - end : 0);
  return places.length > 0 && places.every((at) => laughs.some(([start, end]) => gap(at, start, end) <= reach));
}

/** The emotion, no longer strong when every cue of it is laughed off or the customer's own state beside a plain matter. */
export function withoutShruggedFeeling(
  reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean,
): SentimentReading['emotion'] {
  if (!reading.strong) return reading;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const cues = reading.evidence.map((e) => e.normalize('NFKC').toLowerCase()).filter((e) => !NOT_A_CUE.test(e));
  if (cues.length === 0) return reading;
  const [contempt, failure, reproach, ownState] = chinese
    ? [ZH_CONTEMPT, ZH_FAILURE, ZH_REPROACH, ZH_OWN_STATE]
    : [EN_CONTEMPT, EN_FAILURE, EN_REPROACH, EN_OWN_STATE];
  // A failure told of a party of the world (股票又跌了, "crypto crashed again", "my bank blocked it again") is the
  // world's, not the store's service: the failure words and what is complained of are read in the rest of the message.
  const own = worldClausesOut(lower, chinese);
  if (complaint.complaints.length > 0 && (own === lower || detectComplaintLevel(own, chinese ? 'zh' : 'en').complaints.length > 0)) return reading;
  if (contempt.test(lower) || failure.test(own) || reproach.test(lower)) return reading;
  const sentences = sentencesOf(lower, chinese);
  // The shop addressed outside a routine question: "you people are a joke lol", 你们也太坑了.
  if (chinese ? aimedAtShopChinese(lower) : EN_AT_SHOP.test(lower) || sentences.some((s) => EN_YOU.test(s) && !asks(s, false))) return reading;
  const need = chinese ? ZH_NEED : EN_NEED;
  const asked = sentences.some((s) => asks(s, chinese) || need.test(s));
  // The matter told beside the feeling, in the sentences that neither ask nor state a need: "furious lol i want to cancel
  // my order" tells nothing the feeling could be about but the order, the store's business.
  const told = sentences.filter((s) => !asks(s, chinese) && !need.test(s)).join(' ').replace(chinese ? ZH_LAUGH : EN_LAUGH, ' ');
  if (!namesCause(told, cues, chinese) || (chinese ? ZH_SERVICE : EN_SERVICE).test(told)) return reading;
  const shrugged = cues.every((cue) => (laughedOff(lower, cue, chinese) ? asked : ownState.test(cue)));
  return shrugged ? { ...reading, strong: false } : reading;
}

/** The message with its clauses told of a party of the world (emotion-aim.ts worldClause) blanked out. */
function worldClausesOut(lower: string, chinese: boolean): string {
  const parts = lower.split(chinese ? /([，,。！!？?；;\s]+)/ : /([,.;:!?\n]+\s?)/);
  if (parts.length > 24) return lower;
  return parts.map((part, i) => (i % 2 === 0 && part.trim() && worldClause(part, chinese) ? ' ' : part)).join('');
}
