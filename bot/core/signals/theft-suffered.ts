/**
 * A crime someone else did to the customer's own belongings, told as the reason a routine thing must change: "my wallet
 * got stolen and I reported it to the police, how do I change the card on my account?", 钱包被偷了 报了警 怎么更改账户的
 * 信用卡 (folded from 錢包被偷咗 報咗警). The police are in the story because of the thief, not because of the store: the
 * report is about the wallet, and the card on the account changes because of it.
 *
 * What decides is what was stolen and by whom. The thing stolen is the customer's own ("my wallet", "my phone", 钱包,
 * 手机), not something of the store's: a parcel, a package, an order, a delivery, the goods (快递, 包裹, 订单, 货, 东西);
 * and the thief is no one of the store's: "the courier stole my wallet" or 快递员偷了 is the store's matter whatever was
 * taken. The circumstance reader (circumstance-cue.ts) asks this of a message whose routine question links nothing
 * else to the store.
 *
 * English and Chinese are read apart; Chinese arrives folded (traditional and Cantonese to simplified Mandarin), English
 * lower-cased.
 */

/** Taken: stolen, nicked, snatched; 偷, 抢, 扒, 盗. */
const EN_TAKEN = '(?:stolen|nicked|pinched|swiped|snatched|taken|pickpocketed|robbed)';
/** "my wallet was stolen", "our car got broken into", "my bag had been snatched". */
const EN_THING_TAKEN = new RegExp(
  String.raw`\b(?:my|our) ((?:[a-z-]{2,14} ){0,2}[a-z-]{2,14}) (?:was|were|got|has been|have been|had been|'s been|is|been) (?:just |recently )?(?:${EN_TAKEN}|broken into)\b`,
  'g',
);
/** "someone stole my wallet", "a pickpocket took my phone". */
const EN_THIEF_TOOK = new RegExp(
  String.raw`\b(?:someone|somebody|some guy|a (?:thief|pickpocket|mugger|burglar)|thieves|burglars|pickpockets|muggers) (?:stole|nicked|pinched|swiped|snatched|took|grabbed) (?:my|our) ((?:[a-z-]{2,14} ){0,2}[a-z-]{2,14})\b`,
  'g',
);
/** The customer as the one robbed: "I was mugged", "we got burgled", "I had my bag stolen". */
const EN_ROBBED = /\b(?:i|we)(?: was| were| got| have been|'ve been| had been) (?:mugged|robbed|burgled|burglarized|pickpocketed)\b|\b(?:i|we)(?: had|'ve had| have had| got) (?:my|our) (?:[a-z-]{2,14} ){1,2}(?:stolen|nicked|pinched|snatched)\b/;
/** Something of the store's taken: the parcel, the order, the goods, "it" (the item asked about). */
const EN_STORE_THING = /\b(?:parcels?|packages?|orders?|deliver(?:y|ies)|items?|goods|products?|purchases?|boxes|box|shipments?|stuff|things|it|them)\b/;
/** Someone of the store's named: the thief may be theirs. */
const EN_STORE_PARTY = /\b(?:courier|driver|delivery (?:guy|man|person|driver)|postman|rider|your (?:staff|employee|driver|courier)|you (?:stole|took|nicked))\b/;

/** A thief and what they took: 钱包被偷了, 手机被人抢了, 小偷偷了我的包. */
const ZH_TAKEN = '(?:偷|抢|扒|盗)(?:走|去)?';
const ZH_THING_TAKEN = new RegExp(`([\\u4e00-\\u9fff]{1,4})(?:又|都|也)?(?:被|给|让)(?:人|小偷|贼|扒手|别人|坏人)?${ZH_TAKEN}`, 'g');
const ZH_THIEF_TOOK = new RegExp(`(?:小偷|贼|扒手|有人|别人)${ZH_TAKEN}(?:了)?(?:我的|我们的|我)([\\u4e00-\\u9fff]{1,4})`, 'g');
/** The customer robbed: 我被偷了, 遭小偷, 家里被盗, 遭窃 (Taiwan). */
const ZH_ROBBED = /我(?:又)?(?:被|给)(?:人)?(?:偷|抢|扒)(?:了)?(?![^，,。！？!?\s]{0,2}(?:包裹|快递|订单|货))|遭(?:了)?(?:小偷|贼|窃)|(?:家里|家|屋企|车)(?:里)?(?:被|给)(?:人)?(?:盗|撬|爆窃|偷)/;
/** Something of the store's taken, or someone of the store's as the thief. */
const ZH_STORE_THING = /包裹|快递|订单|货|件|东西|商品|外卖|你们/;
const ZH_STORE_PARTY = /快递员|快递小哥|骑手|外卖员|外送员|送货员|司机|店员|员工|你们(?:的人|偷|拿)/;

function takenThings(text: string, pattern: RegExp): string[] {
  pattern.lastIndex = 0;
  const things: string[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) things.push(match[1]);
  return things;
}

/** The customer's own belongings stolen by someone who is no one of the store's. */
export function ownThingsStolen(english: string, chinese: string): boolean {
  if (english && !EN_STORE_PARTY.test(english)) {
    const things = [...takenThings(english, EN_THING_TAKEN), ...takenThings(english, EN_THIEF_TOOK)];
    if (things.some((thing) => !EN_STORE_THING.test(thing))) return true;
    if (things.length === 0 && EN_ROBBED.test(english)) return true;
  }
  if (chinese && !ZH_STORE_PARTY.test(chinese)) {
    const things = [...takenThings(chinese, ZH_THING_TAKEN), ...takenThings(chinese, ZH_THIEF_TOOK)];
    if (things.some((thing) => !ZH_STORE_THING.test(thing))) return true;
    if (things.length === 0 && ZH_ROBBED.test(chinese)) return true;
  }
  return false;
}
