/**
 * What a harm or a hospital stay does to the errand: no one home to take the parcel in, the customer staying at a
 * relative's or at the bedside, the pick-up point out of reach. "My daughter broke her arm and I'm staying at my mum's so
 * no one's home to receive parcels, can I change the address?", 孩子摔断了胳膊 这几天都住我妈家 家里没人收快递,
 * 我妈住院 我在医院陪护 快递到哪了, "my wife is sick in bed today, can the delivery come after 6pm?", 老公感冒了 快递放门口.
 * Told so, someone else's accident or stay is the reason the customer's errand changed,
 * not an incident to report: the message says where the harm leads (away from home), and circumstance-cue.ts has
 * already found nothing of the store's linked to it.
 *
 * Two shapes still leave the harm with the rules. Goods asked back (a return, a refund, "collect it") may be what caused
 * it: "my son broke his arm, I'm staying at my mum's, can I return the bunk bed?". And an accident told with the thing
 * it happened on ("fell off the scooter", 从床上摔下来, 骑滑板车摔了) names something that may be the store's.
 */

/** The errand's consequence: away from home, no one to receive, at the bedside, the pick-up point out of reach. */
const EN_CONSEQUENCE = new RegExp(
  [
    String.raw`\b(?:no ?one|no-one|nobody)(?:'s| is| will be| would be| was)? (?:home|in|at home|around|there|to (?:receive|sign|take|collect|answer|open))\b`,
    String.raw`\b(?:won't|wont|will not|can't|cannot|not going to) be (?:home|in|at home|around|there|available|back)\b`,
    String.raw`\b(?:i'm|im|i am|we're|we are|i've been|we've been|i'll be|we'll be|i was|we were)(?: (?:currently|now|still|mostly|all|both))? (?:away|out|not (?:at )?home|not in|staying|stopping|sleeping|living)\b`,
    String.raw`\bstaying (?:at|with|over|in|by)\b`,
    String.raw`\b(?:can't|cannot|can not|couldn't|unable to|won't be able to|not able to) (?:get to|go to|make it to|reach|collect|pick (?:it|them|up)|receive|sign for|be there)\b`,
    String.raw`\bmiss(?:ed)? (?:the|my|a) (?:delivery|parcel|package|courier|driver)\b`,
    String.raw`\b(?:at|by) (?:his|her|their) (?:bedside|side)\b`,
    // The delivery timed or placed around the one ill: "can the delivery come after 6pm", "leave it at the door", "please
    // don't ring the bell" (someone asleep, in bed).
    String.raw`\b(?:deliver(?:y|ed)?|courier|driver|parcel|package|it|they) (?:come|comes|arrive|arrives|be delivered|turn up|drop (?:it|them) off) (?:after|before|later|tomorrow|in the (?:morning|afternoon|evening)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
    String.raw`\bleave (?:it|them|the (?:parcel|package|box|delivery)) (?:at|by|outside|on|with|in)\b`,
    String.raw`\b(?:don't|do not|not to|no need to) (?:ring|knock|buzz)\b`,
  ].join('|'),
);
/** Kin whose home the customer stays at: 住我妈家, 住在外婆屋企, 在姥姥家住. */
const ZH_KIN = '(?:妈|爸|母|父|姐|哥|弟|妹|舅|姨|姑|叔|伯|婆|公|奶|爷|姥|亲戚|朋友|家人|女儿|儿子|老公|老婆|岳|同学|同事)';
const ZH_AT_KIN = `[^，,。！!？?]{0,4}${ZH_KIN}[^，,。！!？?]{0,3}(?:家|屋企|那边|那里|那儿|处)`;
const ZH_CONSEQUENCE = new RegExp(
  [
    // Folded Cantonese reads as Mandarin: 唔喺屋企 → 不在屋企, 冇人收件 → 没有人收件.
    '不在家|不在屋企|没人在家|家里没人|家里没有人|(?:没|没有|无)人(?:在家|收|签收|接收|取)',
    '收不到|签收不了|没法(?:签收|收|取)|取不了|拿不了|去不了',
    `住(?:在)?${ZH_AT_KIN}|在${ZH_AT_KIN}住`,
    '陪护|陪床|陪(?:他|她|着|住)|医院(?:陪|照顾|守)',
    // The delivery timed or placed around the one ill: 放门口, 晚点送, 下午再送, 别敲门, 不要按门铃.
    '放(?:在)?(?:门口|门外|楼下|前台|管理处|快递柜|驿站)|(?:晚点|晚些|迟啲|下午|晚上|明天|改天)(?:再)?(?:送|派|配送|派送)|(?:别|不要|唔好|勿)(?:敲门|按门铃|按铃|撳钟)',
  ].join('|'),
);

/** Goods asked back: a return, a refund, an exchange, the store asked to collect them. */
const EN_GOODS_BACK = /\b(?:return(?:s|ed|ing)?(?! to (?:the )?(?:depot|sender|warehouse|hub|post office|branch|facility|office))|refund(?:s|ed)?|exchange|replace(?:ment)?|send (?:it|them) back|money back|take (?:it|them) back|collect (?:it|them)|pick (?:it|them) up from me)\b/;
const ZH_GOODS_BACK = /退(?!回|订)|换货|换一个|(?:能|可以|还能|可不可以)换|上门取件|回收/;

/** The thing an accident happened on or with: "fell off the scooter", "out of the high chair", 从床上摔, 骑滑板车摔了. */
const EN_ACCIDENT_THING = /\b(?:off|out of|from) (?:the|a|an|his|her|their|my|our|its) (?!hospital|ward|doctor|school|work|office|nursery|stairs|steps)|\b(?:on|with|using) (?:the|his|her|their|my|our) [a-z-]{2,14} (?:and|then)\b/;
const ZH_ACCIDENT_THING = /从[^，,。！!？?]{1,8}(?:摔|跌|掉)|(?:骑|坐|踩|站|爬|玩)[^，,。！!？?]{1,6}(?:摔|跌)/;

/**
 * The harm told with its consequence for the errand, and neither the goods asked back nor a thing named as the
 * accident's: the harm is the reason the errand changed.
 */
export function harmLeadsToErrand(text: string, chinese: boolean): boolean {
  const [consequence, goodsBack, thing] = chinese
    ? [ZH_CONSEQUENCE, ZH_GOODS_BACK, ZH_ACCIDENT_THING]
    : [EN_CONSEQUENCE, EN_GOODS_BACK, EN_ACCIDENT_THING];
  return consequence.test(text) && !goodsBack.test(text) && !thing.test(text);
}
