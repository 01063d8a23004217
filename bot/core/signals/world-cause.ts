/**
 * A feeling whose cause is the world or the customer's own life, read where the feeling word stands:
 *
 * - the weather, a weekday or the commute as its subject or object: "ugh this rain is killing me", "i hate mondays",
 *   "the traffic is killing me";
 * - the customer's own slip as its object clause: "i hate that i forgot my password" (the clause's subject is "i");
 * - a blow of the customer's own life told with it: "got fired today so I need to cancel… sucks", "just got laid off, this
 *   sucks" (losing a job is no doing of the shop's).
 *
 * None of these is the shop's doing; a clause that names the shop ("i hate that you lost it", "your rain cover is killing
 * me") keeps the feeling on the shop.
 */

/** The weather, a weekday, a season or the commute (lower case). */
const WORLD = String.raw`(?:rain|rainy days?|weather|heat|heatwave|humidity|cold|snow|wind|storm|fog|traffic|commute|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekdays?|mornings?|early mornings?|winter|summer|allergies|hay ?fever|jet ?lag|hangover|exams?|homework|overtime)`;

/** The world thing as the subject right before the feeling word: "this rain is", "the heat's". */
const EN_WORLD_SUBJECT = new RegExp(String.raw`\b(?:this|the|that|these|today's|all this|all the) ${WORLD}(?:'s| is| are| has been| was| literally| really| actually| just){1,3} $`);
/** The world thing as the feeling word's object: "hate mondays", "hate the rain". */
const EN_WORLD_OBJECT = new RegExp(String.raw`^ (?:(?:the|this|these|all the|all this) )?${WORLD}\b`);
/** An object clause the customer is the subject of, naming nothing of the shop: "hate that i forgot my password". */
const EN_OWN_SLIP_OBJECT = /^ (?:that|how|it when) (?:i|i've|i'd|i'm|me)\b([^,.;!?]{0,60})/;
const EN_SHOP_WORD = /\b(?:you|your|u|ur|ya|y'all|yall|shop|store|company|courier|driver|delivery|order|parcel|package|website|site|app|staff|service)\b/;
/** A blow of the customer's own life, told in the message. */
const EN_OWN_BLOW = /\b(?:i |i've |i just |just |got |been |was |i was |i got )(?:got |been |was )?(?:fired|laid off|let go|made redundant|dumped|sacked)\b/;
/** The feeling words that sum a blow up rather than accuse anyone. */
const EN_SUMMING_WORD = /^(?:sucks|suck|sucked|fired|laid off|dumped|sacked|fml|ugh|rough|bummer|gutted)$/;

/** The feeling word at `index` has the world or the customer's own life as its cause (see the file's comment). */
export function causedByWorldOrOwnLife(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 50), index);
  const after = text.slice(index + word.length, index + word.length + 80);
  const clause = before.replace(/^.*[,.;:!?]/, '');
  if (EN_SHOP_WORD.test(clause)) return false;
  if (EN_WORLD_SUBJECT.test(before)) return true;
  if (EN_WORLD_OBJECT.test(after)) return true;
  const slip = EN_OWN_SLIP_OBJECT.exec(after);
  if (slip && !EN_SHOP_WORD.test(slip[1])) return true;
  return EN_SUMMING_WORD.test(word) && EN_OWN_BLOW.test(text) && !EN_SHOP_WORD.test(text.replace(/\b(?:cancel|return|refund) (?:the|my|an?) (?:[a-z]{1,12} ){0,2}order\b/g, ' ').replace(/\border (?:i|we) (?:made|placed)\b/g, ' '));
}

/**
 * The same in folded Chinese (no spaces): a day or an event of the customer's own life right before the feeling word
 * (约会超雷, 面试好烦, 下雨天烦死, 周一真的好累), and a shrug (算了) after someone of the customer's own life did something
 * (男生迟到还一直滑手机 算了). The shop, its people or its goods in the clause keep the feeling on the shop.
 */
const ZH_OWN_EVENT_BEFORE =
  /(?:约会|相亲|面试|考试|聚会|婚礼|上班|加班|开会|天气|下雨|下雨天|台风|周一|星期一|礼拜一|今天上班|工作)(?:真的|真系|简直|又|也|都|今天)?$/;
const ZH_OTHER_DOER = /男生|女生|男的|女的|男朋友|女朋友|男友|女友|对象|老公|老婆|同事|老板|朋友|室友|他|她/;
const ZH_SHOP_WORD = /你|您|贵|客服|商家|卖家|店|平台|售后|订单|快递|物流|退款|发货/;
const ZH_SHRUG = /^(?:算了|算啦|算咯|罢了)$/;

export function causedByWorldOrOwnLifeChinese(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  if (ZH_SHOP_WORD.test(before)) return false;
  const feeling = word.replace(/^(?:超|好|太|很|真|巨)/, '');
  const lead = word.slice(0, word.length - feeling.length);
  if (ZH_OWN_EVENT_BEFORE.test(before + lead) || ZH_OWN_EVENT_BEFORE.test(before)) return true;
  return ZH_SHRUG.test(word) && ZH_OTHER_DOER.test(before);
}
