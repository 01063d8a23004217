import type { SentimentReading } from './sentiment-scale';
import { namesCause } from './vent-aside';

/**
 * A strong feeling said in a sentence of its own, before or after the reason: "I am furious. Two weeks of promises and
 * nothing", "Absolutely livid. Nobody has called me back", 我很生气。答应的退款到现在都没有. The lexicons add up the whole
 * message, and a reason told in words AFINN rates as praise ("promises", "assured", "guaranteed", "favours") pulls the sum
 * of the feeling back under the strong mark; but the customer stated the feeling apart, as the whole of a sentence, and
 * it is as strong as that sentence alone reads.
 *
 * The sentence must be the feeling and nothing else: the customer as its subject, or none, degree words ("so",
 * "absolutely", 真的, 很), the feeling's own words (vent-aside.ts namesCause: no cause of its own); said now, not told
 * of the past ("I was furious. But you sorted it, thank you"); and the rest of the message must not praise. Whom the
 * feeling is aimed at is read after this, as for any strong feeling (emotion-aim.ts, vent-aside.ts, lone-feeling.ts:
 * "So angry. My cat knocked the vase over. Do you sell vases?" is aimed at the cat).
 */

/** The end of a sentence: a full stop, "!", "?", a new line (one mark of a run is enough to cut). */
const EN_SENTENCE_END = /[.!?\n]/;
const ZH_SENTENCE_END = /[。！!？?\n.]/;
/** Told of the past: the feeling is over, or its story is. */
const EN_PAST = /\b(?:was|were|had|used to|been)\b/;
const ZH_PAST = /曾经|当时|那时|之前|以前/;
const MAX_EN_WORDS = 6;
const MAX_ZH_CHARS = 12;
const MAX_SENTENCES = 8;

function sentencesOf(text: string, chinese: boolean): string[] {
  const end = chinese ? ZH_SENTENCE_END : EN_SENTENCE_END;
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length && sentences.length < MAX_SENTENCES; i++) {
    if (!end.test(text[i])) continue;
    if (i > start) sentences.push(text.slice(start, i));
    start = i + 1;
  }
  if (start < text.length && sentences.length < MAX_SENTENCES) sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter(Boolean);
}

/** The emotion made strong when one sentence of the message is a strong feeling told on its own. */
export function withFeelingAlone(
  reading: SentimentReading['emotion'], text: string, chinese: boolean, read: (part: string) => SentimentReading,
): SentimentReading['emotion'] {
  if (reading.strong || reading.score > 0) return reading;
  const lower = text.normalize('NFKC').toLowerCase();
  const sentences = sentencesOf(lower, chinese);
  if (sentences.length < 2) return reading;
  for (const sentence of sentences) {
    const short = chinese ? sentence.replace(/\s+/g, '').length <= MAX_ZH_CHARS : sentence.split(/\s+/).length <= MAX_EN_WORDS;
    if (!short || (chinese ? ZH_PAST : EN_PAST).test(sentence)) continue;
    const alone = read(sentence).emotion;
    if (!alone.strong || alone.evidence.length === 0) continue;
    if (namesCause(sentence, alone.evidence.map((e) => e.toLowerCase()), chinese)) continue;
    const rest = sentences.filter((other) => other !== sentence).join(chinese ? '。' : '. ');
    if (read(rest).sentiment.label === 'positive') continue;
    return { ...reading, strong: true };
  }
  return reading;
}

/**
 * A verdict on the matter ("this is ridiculous", 太扯了吧, 好夸张, 太离谱) told beside the store's own service stalled: an
 * order never shipped, a parcel still not here, a refund still not paid ("太扯了吧 訂單一直沒出貨", "this is ridiculous, my
 * order still hasn't shipped"). The lexicons weigh 太扯 and "ridiculous" a little under the strong mark; said of the
 * store's failing, told as lasting (一直, 还, 到现在, still, never), the verdict is anger at the store, and a person reads it.
 * Whom the verdict is aimed at is read after this, as for any strong feeling (emotion-aim.ts).
 */
const EN_VERDICT_WORD = /^(?:(?:so|this is|that's|its|it's|how|absolutely|totally|just) )?(?:ridiculous|absurd|a joke|joke|unbelievable|outrageous|unacceptable|insane|a farce|a shambles|shambles|beyond a joke|ludicrous)$/;
const ZH_VERDICT_WORD = /^(?:太|好|真|真的|也太|有点|简直)?(?:扯|离谱|过分|夸张|不像话|搞笑|无语)(?:了吧|了|吧)?$/;
/** What may stand in the verdict's clause beside the verdict: the matter pointed at, degree words, particles. */
const EN_VERDICT_CLAUSE = /^(?:(?:this|that|it|its|it's|is|so|just|absolutely|totally|honestly|seriously|getting|beyond|how|ugh|omg|wow|smh|now)\s?){0,4}$/;
const ZH_VERDICT_CLAUSE = /^(?:这|这也|这样|这样也|真是|实在|简直|也|都)?(?:了吧|了|吧|啊|呀|啦|吗|嘛)?$/;
/** The store's own service, told as still undone (English, lower case). */
const EN_STALLED =
  /\b(?:my|the|our)\s(?:order|parcel|package|refund|delivery|replacement)\b[^.!?]{0,30}?\b(?:still|never|yet to)\b[^.!?]{0,12}?\b(?:shipped|dispatched|arrived|come|came|sent|processed|been|turned up|showed up|not here|isn't|hasn't|has not|haven't)\b/;
/** The same (folded Chinese): 订单一直没发货, 包裹到现在还没到, 退款迟迟不退, 张单一直都冇出货 (folded 没). */
const ZH_STALLED =
  /(?:订单|单|包裹|快递|货|退款|东西)[^，,。！!？?\s]{0,8}?(?:一直|还|都|始终|迟迟|到现在|至今|仍然)(?:都|还)?(?:没|未|不)(?:有)?(?:发|出|寄|到|退|送|处理|动|回)/;

export function withVerdictOnStall(reading: SentimentReading['emotion'], text: string, chinese: boolean): SentimentReading['emotion'] {
  if (reading.strong || reading.score > -0.5 || reading.evidence.length === 0) return reading;
  const lower = text.normalize('NFKC').toLowerCase();
  const verdict = chinese ? ZH_VERDICT_WORD : EN_VERDICT_WORD;
  const words = reading.evidence.map((e) => e.normalize('NFKC').toLowerCase().trim());
  if (!words.every((e) => verdict.test(e))) return reading;
  // Laughed off (哈哈, "lol"), the verdict is a shrug; and it must be a clause of its own, with no subject but the matter
  // itself ("this is ridiculous", 太扯了吧): "the movie was ridiculous", 这部剧太扯了 judge something else.
  if ((chinese ? /哈{2}|笑死|😂|🤣/u : /\b(?:lol|lmao|haha\w{0,4})\b|😂|🤣/).test(lower)) return reading;
  const clauses = lower.split(chinese ? /[，,。！!？?；;~～\s]+/ : /[,.;:!?\n]+/).map((c) => c.trim());
  const bare = words.every((word) => clauses.filter((c) => c.includes(word)).every((c) => (chinese ? ZH_VERDICT_CLAUSE : EN_VERDICT_CLAUSE).test(c.split(word).join(' ').trim())));
  if (!bare) return reading;
  const stalled = chinese ? ZH_STALLED.exec(lower.replace(/\s+/g, ' ')) : EN_STALLED.exec(lower.replace(/\s+/g, ' '));
  return stalled ? { ...reading, strong: true, evidence: [...reading.evidence, stalled[0]] } : reading;
}

/**
 * The store called a cheat in so many words, its subject you or the store and its verb a cheating: "you guys are
 * scamming people", "you're ripping customers off", "this company is robbing people" — beside a price story ("price
 * dropped the day after I bought it") or not. The lexicons read no feeling word in them; the accusation is the anger.
 */
const EN_ACCUSED =
  /\b(?:you|you guys|you lot|you people|y'all|yall|u guys|this (?:shop|store|company|site|website))\s(?:are|r|is|'re)\s(?:(?:just|literally|basically|clearly|totally|actually|seriously|straight up)\s){0,2}(?:scamming|conning|cheating|fleecing|swindling|robbing|ripping (?:people|customers|everyone|us|me|off))\b/;
const EN_REPORTED_BEFORE = /\b(?:say|says|said|saying|think|thinks|thought|claim|claims|claimed|heard|hear|told me|reckon|reckons|reviews?|worried|afraid|if|whether|not sure)(?: that)? $/;
export function withShopAccused(reading: SentimentReading['emotion'], text: string, chinese: boolean): SentimentReading['emotion'] {
  if (reading.strong || chinese) return reading;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/you're/g, 'you are');
  const accused = EN_ACCUSED.exec(lower);
  // Someone else's charge reported ("people say you guys are scamming but I don't believe it") is not the customer's.
  if (accused && EN_REPORTED_BEFORE.test(lower.slice(Math.max(0, accused.index - 40), accused.index))) return reading;
  return accused ? { ...reading, strong: true, evidence: [...reading.evidence, accused[0]] } : reading;
}
