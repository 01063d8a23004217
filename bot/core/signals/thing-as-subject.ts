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

/**
 * 中毒 said of a device is a virus, not a poisoning: 电脑中毒了, 我阿公說他電腦中毒了, 手机好像中毒了, Cantonese 部机中毒 (folded).
 * The device is the subject right before the word, with only an adverb between; a person or food named there instead
 * (孩子吃了你们的糖也中毒了) keeps the poisoning, and word-role.ts sets a phrase aside only where every occurrence is in role.
 */
const ZH_DEVICE =
  '(?:电脑|计算机|笔电|笔记本|手提电脑|平板|手机|部机|电话|系统|u盘|优盘|硬盘|移动硬盘|内存卡|sd卡|路由器|服务器|主机|网站|账号|帐号|软件|app|文件|浏览器)';
const ZH_DEVICE_ADVERBS = '(?:又|也|都|已经|好像|可能|应该|是不是|会不会|被|给|真的|居然|竟然|突然|说|话|讲){0,3}';
const ZH_DEVICE_SUBJECT = new RegExp(`${ZH_DEVICE}(?:的)?${ZH_DEVICE_ADVERBS}$`);

/** The 中毒 right after `before` has a device as its subject: a computer virus (see above). */
export function virusOfADevice(before: string): boolean {
  const clause = before.slice(-16).replace(/^.*[，,。！!？?；;\s]/, '');
  return ZH_DEVICE_SUBJECT.test(clause);
}
