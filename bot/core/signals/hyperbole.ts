import type { ComplaintResult } from './complaint';
import type { SentimentReading } from './sentiment-scale';

/**
 * A feeling put as a figure of speech beside a routine question: "the wait is torture, when does standard shipping
 * arrive", "ffs my card got declined, what cards do you take", "this suspense is killing me, where is my parcel", 急死了，一般几天到, 等快递等到要疯了，一般几天到,
 * 热死了，快递能不能别放门口 (the weather's heat, and a way of delivering asked for). The lexicons
 * weigh torture, 急死 and 疯 as strongly as anger, and one of them alone reaches a strong emotion; said of a wait or a
 * price with a question to answer, the figure exaggerates, and the question is the bot's to answer.
 *
 * Only when the figure is the whole of the feeling (every emotion word stands inside one), the message asks, and nothing
 * is complained of: a figure beside a complaint, an insult, shouting or "!!!" stays a strong emotion ("气死我了 第三次发错了",
 * "this is torture, worst service ever").
 */

const EN_FIGURE = new RegExp(
  [
    String.raw`\b(?:is|was|been|it's|its|pure|absolute|sheer|such) (?:pure |absolute |sheer |literal )?torture\b`,
    String.raw`\b(?:is|are|it's|its|they're|this is|that's)? ?(?:literally )?killing me\b`,
    String.raw`\bdying (?:to|for|of)\b`, String.raw`\bto die for\b`,
    String.raw`\b(?:drives?|driving|drove) me (?:nuts|crazy|mad|insane|up the wall|round the bend|bananas)\b`,
    String.raw`\b(?:going|gone) (?:crazy|nuts|mad|bananas)\b`, String.raw`\blosing my mind\b`,
    // A swear put first as an exclamation, of surprise as often as of exasperation: "holy shit the code worked", "ffs my
    // card got declined, what cards do you take". Aimed at no one; a swear at the shop is abuse, read as a complaint.
    String.raw`(?:^|[.!?] )(?:(?:holy|oh|ah|aw|aww) (?:shit|crap|fuck|fucking hell|hell)|ffs|for (?:fuck'?s|f's|pete's|god's|goodness) sake|omfg|omg|jeez|jesus|bloody hell|fml)\b(?! (?:you|your|u)\b)`,
  ].join('|'),
  'g',
);
/**
 * 急死了 (in a hurry), 笑死, 累死, 饿死: figures of the customer's own state; 等到快疯了, 找发票找到要疯了: how far the
 * customer's own doing went (a degree after 到). Not anger or despair at the shop: 气死(我)了, Cantonese 激死, 真的要疯了
 * alone say the customer is angry or at the end of their patience, which is no figure in a message to a shop, question or
 * not (held-out escalations told with them were lost when they were read as figures).
 */
const ZH_FIGURE = /(?:急|笑|累|馋|热|冷|饿|困|穷)死(?:我|人)?(?:了|啦|咯)?|(?:等|找|搞|弄|查|看|选|挑|问|想|盼|谂|念)到(?:要|快)?(?:疯|癫)(?:掉|了|咗)*/g;

/**
 * Wanting goods the shop has yet to sell: 等补货等到要疯了, 想买想到要疯了, "I'm literally dying to get one", "desperate
 * for the restock". The figure is eagerness, a question or not: the customer waits for the shop's goods, not on a failure.
 */
const ZH_WANTING = /(?:等|盼)[^，,。！？!?\s]{0,6}?(?:补货|到货|上架|开售|发售|上新|返场|开卖|开抢|抢购|新款|新品)|想(?:买|要|入手)/;
const EN_WANTING =
  /\b(?:dying|desperate|itching|gagging) (?:to (?:get|buy|try|have|order|wear)|for (?:one|it|them|the (?:restock|new|next|release|drop|launch)))\b|\b(?:restock(?:s|ed|ing)?|back in stock|(?:re)?releases?|launch(?:es|ed|ing)?|drops?|in stock)\b/;

/**
 * A routine question: a question word or a request for something ("when does it ship", "can I swap it", 几天到, 能退差价吗).
 * Not a bare "?" nor a yes-no question put to the staff: "are you all idiots?", 你们客服都是猪吗 insult, they ask nothing.
 */
const EN_ASKS = /(?:^|[.,;:!?] ?|\s)(?:how|what|what's|when|where|which|can|could|will|would|should|do i|do you|does it|is there|are there)\s/;
const ZH_ASKS = /几|多少|多久|怎么|怎样|如何|哪|能不能|能否|能|可不可以|可以|可唔可以|点样|点算|是否|有没有|有冇|什么时候|啥时候|啥时|何时/;

/**
 * A request put as "could you not…" (能不能别, 可不可以不要: sentiment-zh-asking.ts reads it as a reproach) that asks for a
 * way of delivering, not for a wrong to stop: 热死了，快递能不能别放门口 asks that the parcel be kept out of the sun. It is a
 * reproach where it asks the shop to stop doing something to the customer again (能不能别再让我等了, 别老是…, 别又…).
 */
const ZH_ASKED_NOT = /^(?:能不能|可不可以|能否|可否)(?:别|不要)$/;
const ZH_NOT_AGAIN_AFTER = /^(?:再|又|老|总|一直|每次|让我|叫我|把我|逼我|骗|坑|敷衍|拖)/;
function askedNotTo(lower: string, evidence: string): boolean {
  if (!ZH_ASKED_NOT.test(evidence)) return false;
  const at = lower.indexOf(evidence);
  return at >= 0 && lower.indexOf(evidence, at + 1) < 0 && !ZH_NOT_AGAIN_AFTER.test(lower.slice(at + evidence.length).trimStart());
}

/** A run of exclamation marks read as a cue of its own ("!!", "！！"). */
const EXCLAMATION = /^[!！]{1,10}$/;

function figures(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/** The emotion, no longer strong when its feeling is only a figure of speech beside a routine question. */
export function withoutHyperbole(reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean): SentimentReading['emotion'] {
  if (!reading.strong || complaint.kind !== null) return reading;
  const lower = text.normalize('NFKC').toLowerCase();
  if (!(chinese ? ZH_ASKS : EN_ASKS).test(lower) && !(chinese ? ZH_WANTING : EN_WANTING).test(lower)) return reading;
  const said = figures(lower, chinese ? ZH_FIGURE : EN_FIGURE);
  if (said.length === 0) return reading;
  // Every piece of evidence is a word inside a figure, or the question's own frame ("…吗…可以", read by
  // sentiment-zh-asking.ts); punctuation cues ("!!!", "??") and other feeling words are not.
  // Beside goods wanted ("dying to know when the teapot is back in stock!!"), the "!" is eagerness too.
  // So is the word of the goods' coming itself ("when do they drop": the lexicon reads "drop" as a fall).
  const wanted = figures(lower, new RegExp((chinese ? ZH_WANTING : EN_WANTING).source, 'g'));
  const wanting = wanted.length > 0;
  const everyInFigure = reading.evidence.every(
    (e) => e.startsWith('…') || said.some((f) => f.includes(e.toLowerCase())) || (wanting && (EXCLAMATION.test(e) || wanted.some((w) => w.includes(e.toLowerCase())))) || (chinese && askedNotTo(lower, e)),
  );
  return everyInFigure ? { ...reading, strong: false } : reading;
}

/**
 * A figure of the weather or the body (热死了, 冷死了, 晒死, "freezing", "boiling") beside a long wait the store's courier
 * made the customer sit through: 热死了还让我等了三个小时 快递到底什么时候来, "it's freezing and your courier made me wait
 * outside for four hours". The figure alone is no anger at the store (withoutHyperbole); the wait it was suffered in is
 * the store's service failing, told as done to the customer (让我等, "made me wait"), and the two together are a strong
 * emotion.
 */
const ZH_BODY_FIGURE = /(?:热|冷|晒|冻|饿|累|渴)死|(?:热|冷|晒|冻)得(?:要死|半死|不行)/;
const EN_BODY_FIGURE = /\b(?:freezing|boiling|roasting|sweltering|baking hot|scorching|soaked|drenched|starving)\b/;
/** Made to wait hours (folded Chinese): 让我等了三个小时, 害我在门口等了两个钟 (Cantonese 钟 folded), 叫我白等了一下午. */
const ZH_MADE_TO_WAIT =
  /(?:让|叫|害|要)(?:我|我们)(?:在[^，,。！!？?\s]{1,6})?(?:白)?等了?(?:(?:[一二两三四五六七八九十几半\d]{1,3})(?:个)?(?:多)?(?:小时|钟头|钟|个钟)|一(?:整)?(?:个)?(?:上午|下午|晚上|天))/;
const EN_MADE_TO_WAIT =
  /\b(?:made|had|kept|left) (?:me|us) (?:wait(?:ing)?|stand(?:ing)?|sit(?:ting)?)\b[^,.;!?]{0,24}?\b(?:(?:\d{1,2}|two|three|four|five|six|several|many) hours?|all (?:day|morning|afternoon|evening))\b/;
/** The store's courier or the store named, by whose doing the customer waited. */
const ZH_WAITED_ON = /快递|物流|配送|送货|司机|你们|你|客服|商家|卖家/;
const EN_WAITED_ON = /\b(?:your|you|ur|u|courier|driver|delivery|parcel|package|order)\b/;
/** Someone else who kept the customer waiting (folded Chinese): a bus, a bank, a hospital, a queue. */
const ZH_OTHER_DOER = /公交|地铁|巴士|银行|医院|排队|老板|同事|朋友|老公|老婆|男朋友|女朋友|邮局|政府/;

export function withWaitBesideFigure(reading: SentimentReading['emotion'], text: string, chinese: boolean): SentimentReading['emotion'] {
  if (reading.strong || reading.score > 0) return reading;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, chinese ? '' : ' ');
  if (!(chinese ? ZH_BODY_FIGURE : EN_BODY_FIGURE).test(lower) || !(chinese ? ZH_WAITED_ON : EN_WAITED_ON).test(lower)) return reading;
  const wait = (chinese ? ZH_MADE_TO_WAIT : EN_MADE_TO_WAIT).exec(lower);
  if (!wait) return reading;
  // Whoever made the customer wait is named in the clause before it, if at all: the store's courier or the store, not a
  // bus, a bank or a queue ("boiling, the bus kept me waiting 2 hours, where is my parcel").
  const before = lower.slice(Math.max(0, wait.index - 40), wait.index);
  const clause = before.slice(Math.max(...[',', '.', ';', '!', '?', '，', '。', '！', '？'].map((mark) => before.lastIndexOf(mark))) + 1);
  const doer = chinese ? !ZH_OTHER_DOER.test(clause) : EN_WAITED_ON.test(clause);
  return doer ? { ...reading, strong: true, evidence: [...reading.evidence, wait[0]] } : reading;
}
