/**
 * Words of self-harm said of a thing, not a person: 我的钱包说它不想活了😂 (the purse "wants to die" after the spending),
 * 手机说它活不下去了 (a flat battery), "my wallet says it doesn't want to live anymore lol". A purse, a card, a phone or a
 * plant cannot harm itself; the customer lends it a person's words, as 钱包大出血 lends it blood (word-role.ts).
 *
 * Read strictly, because a person in crisis must reach a person: the subject must be a thing named right before the
 * words, in the same clause, with nothing between but "says" (说, 话, 表示), "it" (它) and an adverb. A person as subject
 * (我不想活了, 我老公说他不想活了, 我女儿说她不想活了), 他 or 她, any person named between, or the words said a second time
 * of anyone else keep the safety reading (word-role.ts sets a phrase aside only where every occurrence is in role).
 */

/** Things a customer personifies: a purse, money, a card, an account, a device, a plant. */
const ZH_THING =
  '(?:钱包|荷包|银包|腰包|钱袋|信用卡|银行卡|储蓄卡|会员卡|余额|账户|存款|工资|预算|手机|电话|电脑|平板|笔电|电池|充电宝|路由器|打印机|冰箱|洗衣机|空调|植物|绿萝|多肉|盆栽|花|购物车)';
/** Between the thing and the words: says, it, an adverb (never 他, 她, 佢, a person). */
const ZH_BETWEEN = '(?:说|话|讲|表示|喊|在喊|哭着说|它|它们|都|也|已经|真的|快|要|好像|似乎|今天|又|直接|表示它){0,4}';
const ZH_THING_SUBJECT = new RegExp(`${ZH_THING}${ZH_BETWEEN}$`);

const EN_THING =
  String.raw`(?:wallet|purse|bank account|account|bank balance|balance|credit card|debit card|card|budget|savings|paycheck|pay cheque|phone|laptop|computer|battery|printer|router|fridge|plant|plants|cactus|basket|cart)`;
const EN_THING_SUBJECT = new RegExp(String.raw`\bmy ${EN_THING}(?: (?:says|said|is saying|literally|just|basically|now|officially)){0,3}(?: (?:it|that it))? $`);

/** The self-harm phrase, standing right after `before`, has a thing as its subject (see the file's comment). */
export function selfHarmOfAThing(before: string, chinese: boolean): boolean {
  if (chinese) {
    const clause = before.slice(-24).replace(/^.*[，,。！!？?；;\s]/, '');
    return ZH_THING_SUBJECT.test(clause);
  }
  const clause = before.slice(-80).replace(/^.*[,.;!?]/, '').replace(/^\s+/, '');
  return EN_THING_SUBJECT.test(` ${clause}`);
}
