import { shopSarcasm } from './shop-sarcasm';
import { EN_TOLD_AGAIN, ZH_TOLD_AGAIN } from './third-party';

/**
 * The customer told off the shop for how it treats them, in words that weigh little one by one:
 *
 * - taken for a fool: "you must think I'm stupid", "do you take me for an idiot", "you lot think we're all mugs",
 *   "treating me like an idiot", 你们是不是把我当傻子, 当我傻, Cantonese 你哋係咪當我傻㗎 (folded 当我傻), 觉得我很好骗;
 * - toyed with: 你哋班客服係咪玩嘢 (folded 客服是不是玩东西), 你们在耍我吗, "are you taking the piss", "messing me around";
 * - asked whether it cares at all, after a failure told again: 快递员又把我包裹扔门口了 你们到底管不管, 你哋究竟理唔理,
 *   "the courier threw it over the fence again, do you even care". Asked once about a first problem, it is a question
 *   ("does anyone care about the tracking page?" is not read: no failure told again).
 *
 * Each is a strong emotion aimed at the shop, as a breaking-point idiom is (index.ts sets it). The sentiment reads
 * "stupid" or 傻 alone and weighs it as the customer's verdict on someone; the frame says whose view it is.
 *
 * Not read: the customer's own verdict ("I'm so stupid, I typed the wrong email", 我真是笨), someone else's view ("my
 * husband thinks I'm daft for buying three"), 玩具 (a toy), a view denied ("I don't think you think I'm stupid").
 */


/** The shop's people, as the doer of the scorn (English, lower case). */
const EN_SHOP_DOER = String.raw`(?:you|u|ya|you guys|you lot|you people|your (?:staff|team|company|support|customer service)|this company|this shop)`;
/** What the customer is taken for. */
const EN_FOOL =
  String.raw`(?:stupid|thick|dumb|daft|simple|gullible|an? (?:idiot|fool|mug|moron|muppet|imbecile|pushover|sucker|child)|idiots|fools|mugs|morons|muppets|suckers|born yesterday)`;
const EN_SCORN: readonly RegExp[] = [
  // "you must think I'm stupid", "do you think we're all idiots", "you clearly think your customers are mugs".
  new RegExp(String.raw`\b${EN_SHOP_DOER} (?:(?:must|clearly|obviously|really|honestly|actually|seriously|all|genuinely) ){0,2}(?:think|thinks|believe|reckon)(?: that)? (?:i'm|im|i am|we're|were|we are|your customers are|customers are|people are)(?: (?:all|just|a bit|that|so|some kind of|complete|total|bloody)){0,2} ${EN_FOOL}\b`),
  // "do you take me for an idiot", "you're treating me like a fool", "you lot take us for mugs".
  new RegExp(String.raw`\b${EN_SHOP_DOER} (?:(?:must|clearly|obviously|really|honestly|actually|seriously|are|re|'re) ){0,2}(?:take|taking|treat|treating|took|treated) (?:me|us|your customers|customers|people) (?:for|like) ${EN_FOOL}\b`),
  new RegExp(String.raw`\b(?:are|r) (?:you|u|ya|you lot|you guys) (?:taking the (?:piss|mick|mickey)|having a laugh|pulling my leg)\b`),
  new RegExp(String.raw`\b${EN_SHOP_DOER} (?:are |re |'re |keep |have been |has been )?(?:messing|mucking|jerking) (?:me|us) (?:around|about)\b`),
];
/** Someone of the customer's own world holds the view: "my husband thinks", "my mum says". */
const EN_OTHER_HOLDS = /\b(?:my|our|his|her|their) [a-z]{2,12} (?:thinks|think|says|said|reckons)\b/;
const EN_NEGATED = /\b(?:not|never|don't|dont|doesn't|didn't|no one|nobody)\s(?:\w+\s){0,2}$/;

/** The shop's people, as the doer (Chinese, folded: 你哋 → 你们, 係咪 → 是不是). */
const ZH_SHOP_DOER = '(?:你们|你|您|客服|商家|卖家|店家|贵司|平台|公司)';
const ZH_SCORN: readonly RegExp[] = [
  // 把我当傻子, 当我傻, 当我是白痴, 当我三岁小孩, 把顾客当猴耍.
  /(?:把|将)?(?:我|我们|顾客|客人|消费者)当(?:成|作|做)?(?:是|系)?(?:傻子|傻瓜|白痴|笨蛋|蠢材|傻|蠢|猴子?|三岁小孩|小孩|水鱼|羊牯|提款机|冤大头)/,
  // 觉得我很好骗, 以为我好欺负.
  /(?:觉得|以为|当)(?:我|我们|顾客)(?:很|好|那么|这么)?(?:好骗|好欺负|好糊弄|容易骗)/,
  // 客服是不是玩东西 (係咪玩嘢), 你们在耍我, 玩我 (not 玩具, a toy).
  new RegExp(`${ZH_SHOP_DOER}(?:班|个|这班|那班|是不是|是咪|是|在|都|就|又|到底|究竟|真的){0,3}(?:玩(?:我|人|东西|嘢|野|我们)(?!具)|耍(?:我|人|我们)|糊弄(?:我|人)|敷衍(?:我|人))`),
];
/**
 * How the shop does business, challenged as a question no one asks for an answer: 你们就是这么做生意的？, 你们到底会不会做生意,
 * 有你们这样做生意的吗, 你哋點做生意㗎 (folded 怎么做生意), "is this how you do business?", "is this how you treat your
 * customers", "what kind of business are you running". Asking to do business with the shop (想跟你们做生意, "can we do
 * business with you") names no way of doing it and is not read.
 */
const ZH_BUSINESS_CHALLENGED =
  /(?:这么|这样|这种|就这样|这般|如此|怎么|怎样)(?:子)?(?:样)?(?:做|搞)生意|会不会做生意|懂不懂做生意|还(?:想|要)不(?:想|要)做生意|不想做生意了/;
const EN_BUSINESS_CHALLENGED =
  /\b(?:is (?:this|that) how (?:you|u|ya|you guys|you lot|your company|this company|this shop|this store) (?:do|run|conduct|treat)|what (?:kind|sort) of (?:a )?(?:business|shop|store|company|operation) (?:are|is) (?:you|this) (?:running|people)|(?:and )?(?:you|u) call (?:yourselves|yourself|this) a (?:business|shop|store|company))\b/;

/** The shop asked whether it cares at all: 你们到底管不管, 你哋究竟理唔理 (folded 理不理), 有没有人管. */
const ZH_CARES = new RegExp(`${ZH_SHOP_DOER}[^，,。！!？?]{0,4}(?:管不管|理不理|管唔管|理唔理|负不负责|还管不管)|(?:有没有|有冇|有无)人(?:管|理)`);
const EN_CARES = /\b(?:do|does) (?:you|u|ya|you lot|you guys|anyone|anybody|your company)(?: (?:even|actually|guys|lot|people|at all|there)){0,2} care\b/;

/** The frame of scorn found in the message, or null. */
export function shopScorn(english: string, chinese: string): string | null {
  if (english) {
    for (const pattern of EN_SCORN) {
      const hit = pattern.exec(english);
      if (!hit) continue;
      const before = english.slice(Math.max(0, hit.index - 30), hit.index);
      if (!EN_NEGATED.test(before) && !EN_OTHER_HOLDS.test(before)) return hit[0];
    }
    const business = EN_BUSINESS_CHALLENGED.exec(english);
    if (business) return business[0];
    const cares = EN_CARES.exec(english);
    if (cares && EN_TOLD_AGAIN.test(english)) return cares[0];
  }
  if (chinese) {
    for (const pattern of ZH_SCORN) {
      const hit = pattern.exec(chinese);
      if (hit && !/(?:(?<!是)不是|没有|别|不要|不会)$/.test(chinese.slice(Math.max(0, hit.index - 3), hit.index))) return hit[0];
    }
    const business = ZH_BUSINESS_CHALLENGED.exec(chinese);
    if (business && !/(?:想|要|跟|和|同)[^，,。！!？?]{0,6}$/.test(chinese.slice(0, business.index))) return business[0];
    const cares = ZH_CARES.exec(chinese);
    if (cares && ZH_TOLD_AGAIN.test(chinese)) return cares[0];
  }
  // Praise, thanks or surprise turned on the shop, scorn put as a question, regret or shame (shop-sarcasm.ts).
  return shopSarcasm(english, chinese);
}
