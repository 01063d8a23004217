import { afinnValence } from './afinn';
import { readChineseLexicon } from './sentiment-zh';
import { courierIsThirdParty, EN_COURIER_SUBJECT, verdictOnSelfChinese, verdictOnSelfEnglish, ZH_COURIER_SUBJECT } from './third-party';

/**
 * Insults put to the staff, the bot or the company in words the abuse rule's list (complaint.ts) does not hold: the
 * list names the insult words (傻逼, 废物, "idiots") and a few frames with 你们/你 before them; these read the frame with
 * any of the shop's people as its subject and an insult as what they are called:
 *
 * - someone of the shop called an animal or a villain: 客服是猪吗, 你们就是一帮吸血鬼, 机器人系咪猪, 老板是不是穷疯了;
 * - the bot or the service cursed by an adjective: 你个破机器人, 死机械人, 烂客服;
 * - told it does not understand human speech: 听不懂人话;
 * - a brain faulted, an animal compared, asked if deaf, sent off: 脑子有坑, 狗一样的服务, 机器人你是聋了吗, 你哋系咪低能, 去你的;
 * - English without swear words: "you're dumber than a toaster", "ur a waste of space", "f u", "you guys are absolute
 *   cowboys", "get a brain", "sod off", "shove your voucher".
 *
 * Not insults: an animal or a word as a product or a fact ("猪肉", 小猪存钱罐是不是坏了, "a toy robot waste bin"), a
 * comparison of products ("this model is slower than the old one"), "a waste of time" (disappointment, read by the
 * sentiment).
 */

// --- Chinese (simplified, no spaces) --------------------------------------------------------------------------------

/** The shop's people, the bot, the company. */
const ZH_ADDRESSEE = '(?:你们|你哋|你|客服|人工|机器人|机械人|ai|智能客服|老板|员工|店家|商家|卖家|掌柜|公司|平台)';
/** What they are called: an animal, a villain, a fool (猪 not 猪肉, 狗 not 狗粮). */
const ZH_NAME =
  '(?:诈骗集团|骗子集团|诈骗公司|骗子公司|猪(?![肉排脚蹄油皮骨扒柳]|仔钱)|狗(?![粮窝绳链衣屋笼碗])|驴|吸血鬼|强盗|土匪|流氓|无赖|蛀虫|饭桶|畜生|疯子|傻子|蠢材|蠢蛋|笨蛋|乞丐|小偷|贼|哑巴|聋子|瞎子|废柴|白痴|死人|木头|木头人|摆设)';
const ZH_CALLED = new RegExp(
  `${ZH_ADDRESSEE}(?:都|就|真|简直|根本|全)?(?:是|系|系咪|是不是|是唔是|系唔系)(?:一(?:群|帮|班|堆|窝|伙)|个|只|班|群|帮)?${ZH_NAME}|一(?:群|帮|班|堆|窝|伙)${ZH_NAME}`,
);
/**
 * The shop's people named as a crowd of rubbish: 你们班垃圾 (Cantonese 你哋班垃圾, folded), 你们这帮废物, 你们这群人渣. Not the
 * shop's junk mail (你们这些垃圾邮件) nor a bin bag.
 */
const ZH_CROWD_NAMED = new RegExp(
  `(?:你们|你哋)(?:这|呢|那)?(?:班|帮|群|伙|堆|窝|些)(?:${ZH_NAME}|垃圾(?!邮件|短信|信息|广告|袋|桶|分类)|废物|人渣|混蛋|王八蛋|蠢货)`,
);
/**
 * The bot's makers called fools: 写你的人都是白痴, 開發你的人是小丑 (folded 开发你的人是小丑), 做这个机器人的人是蠢货. What made
 * 你 (the bot) says whose people they are: the shop's.
 */
const ZH_MAKERS_CALLED = new RegExp(
  `(?:写|做|开发|设计|编|造|搞|训练|弄)(?:出)?(?:你|这个(?:机器人|机械人|系统|软件|程序|ai|bot))(?:出来)?的(?:人|那些人|那帮人|程序员|工程师|公司)(?:都|就|真|简直|根本|全)?(?:是|系)(?:一(?:群|帮|班|堆|窝|伙)|个|只|班|群|帮)?(?:${ZH_NAME}|小丑|智障|废物|蠢货|脑残|弱智)`,
);
/** Gone mad for money: 穷疯了, 想钱想疯了, 掉钱眼里了. */
const ZH_MONEY_MAD = /穷疯了|想钱想疯|钻钱眼|掉(?:进)?钱眼/;
/** The bot or service cursed by an adjective: 你个破机器人, 你个死机械人, 烂客服, 臭客服. */
// The bot only when spoken to: 这个破机器人扫地扫不干净 curses a robot vacuum, a product.
const ZH_CURSED = /(?:破|死|烂|臭|蠢|笨|废)客服|你(?:个|这个|这|呢个|只)?(?:破|死|烂|臭|蠢|笨|废)(?:机器人|机械人|ai|bot)/;
/** 听不懂人话, 说人话 (Cantonese 听唔明人话, 唔识听人话): told it is less than human. */
const ZH_NOT_HUMAN = /听(?:不懂|唔明|唔懂|不明白|不明)人话|唔识听人话|(?:会不会|识唔识|能不能)说人话/;
/** The bot cursed as it is addressed, first in the message: "死机器人 听唔明人话" (死机 alone is a crashed phone). */
const ZH_CURSED_VOCATIVE = /^(?:死|破|烂|臭|蠢|笨|废)(?:机器人|机械人|ai|bot)/;
/** A brain faulted: 脑子有坑, 脑子有泡, 脑子秀逗, 脑袋瓦特. */
const ZH_BRAIN = /(?<![电首大])(?:脑子|脑袋|脑壳|脑)(?:是不是)?(?:有坑|有泡|有洞|秀逗|瓦特|短路|抽了|被门夹|被驴踢|进屎)|没(?:有)?长脑(?:子)?|(?:你们|你哋|你|客服)(?:是不是|系咪)?没(?:有)?脑(?:子)?/;
/** Like a dog, like a pig, said of the service or the people: 狗一样的服务, 你们跟猪一样 (not 我家狗一样喜欢). */
const ZH_LIKE_ANIMAL = /(?:狗|猪|畜生)一样(?:的)?(?:服务|客服|态度|公司|平台|店家|商家)|(?:你们|你哋|你|客服)(?:就)?(?:像|跟|同)(?:狗|猪|畜生)一样/;
/** Asked if deaf or blind, or called simple: 你是聋了吗, 你哋系咪低能, 你盲㗎. */
const ZH_ASKED_DEAF =
  /(?:你|你们|你哋|客服|机器人|机械人)(?:是|系)?(?:不是|咪|唔是)?(?:聋|瞎|盲|哑)(?:了|咗|的|嘅)?(?:吗|啊|呀|嘛|咩|嗎|㗎)|(?:你|你们|你哋|客服)(?:是|系)(?:咪|不是|唔是)?(?:低能|痴线|傻|蠢|白痴|弱智)/;
/** Sent off: 去你的, 去你妈的. */
const ZH_SENT_OFF = /去你(?:的|妈|吗的)/;
/**
 * Told to shut up beside the replies called rubbish or told to stop: 收皮啦，唔好再覆埋啲废话, 闭嘴 别再回这些废话. The pair
 * aims the dismissal at the bot's replies; 收皮 alone is as often said of a husband or oneself (收皮啦 我老公话我买太多).
 */
const ZH_SHUSHED_REPLIES =
  /(?:收皮|闭嘴|闭咀|收声|收嘴)[^。！？!?]{0,10}?(?:废话|(?:别|唔好|不要|咪|勿)再?(?:回|覆|复|答|发)|(?:回|覆|复|答)(?:埋|啲|些|的|嘅|这些|呢啲){0,2}(?:废话|垃圾))|(?:别|唔好|不要|咪)再?(?:回|覆|复|答|发)(?:埋|啲|些|这些|呢啲){0,2}废话[^。！？!?]{0,10}?(?:收皮|闭嘴|闭咀|收声)/;

// --- English -------------------------------------------------------------------------------------------------------

const EN_ADDRESSEE = String.raw`(?:you(?:'re| are)?|ur|u r|you lot are|you people are|your staff are|your (?:bot|chatbot|company|support) is|this bot is)`;
/** "You're dumber than a toaster", "u r thicker than a brick". */
const EN_WORSE_THAN = new RegExp(String.raw`\b${EN_ADDRESSEE} (?:even |literally |actually )?(?:dumber|stupider|thicker|dimmer|more useless|more clueless|more stupid|more pathetic|less useful|less helpful) than\b`);
/** "Ur a waste of space", "you're a waste of oxygen", "you are a brainless waste of space" (not "a waste of time": disappointment). */
const EN_WASTE = new RegExp(String.raw`\b${EN_ADDRESSEE} (?:a |an |such a |total |complete |absolute |utter ){0,2}(?:brainless |useless |worthless |pathetic |miserable |sorry |stupid |clueless )?waste of (?:space|oxygen|air|skin)\b`);
/**
 * "You guys are absolute cowboys", "you lot are a total shambles": the shop's people called something with an
 * intensifier (praise stays praise: "you guys are absolute legends").
 */
const EN_CALLED = new RegExp(
  String.raw`\b(?:you|u|you guys|you lot|you people|your staff|your team|your company) (?:are|r|is) (?:such |an? )?(?:absolute|total|complete|utter|proper|bloody|right) (?!(?:legends?|stars?|heroes|hero|lifesavers?|life savers?|angels?|champions?|champs?|gems?|diamonds?|rock ?stars?|the best|pros|professionals|geniuses|genius|saints?|treasures?|superstars?|magic|sweethearts?|darlings?|dreams?|wizards?|best|class|brilliant|amazing|fab|fabulous|awesome|great|lovely|gold|golden|winners?|stars|babes?|troopers?|delights?|pleasures?)\b)[a-z]{3,14}\b`,
);
/**
 * Contractions the abuse rule's frame misses: "you're useless", "you're all hopeless, the lot of you", "are you
 * actually this stupid", "crooked little company".
 */
const EN_YOURE = new RegExp(
  String.raw`\b(?:you're|youre|you are|ur|u r|ya are|yer) (?:(?:all|just|so|such|completely|totally|absolutely|utterly|really|actually|literally|truly) ){0,2}(?:useless|hopeless|incompetent|pathetic|clueless|stupid|thick|dense|dumb|worthless|brainless|a joke|a disgrace|an embarrassment|an? (?:idiot|moron|clown|joke|disgrace|muppet|fool)|idiots|morons|clowns|liars|crooks|thieves|scammers|jokers|fools|muppets|a bunch of [a-z]{3,12})\b`,
);
const EN_ASKED_STUPID = /\bare (?:you|u|ya|you lot|you people) (?:actually|really|just|seriously|genuinely|honestly) (?:this |that |so )?(?:stupid|thick|dumb|dense|incompetent|useless|clueless)\b/;
/** "Bunch of con artists", "a pack of sharks": the shop's people named as swindlers. */
const EN_SWINDLERS = /\b(?:bunch|pack|load|gang|lot|band|den) of (?:con ?artists|conmen|con men|cowboys|sharks|frauds|fraudsters|charlatans|swindlers|chancers|crooks|robbers|vultures|parasites)\b/;
const EN_CROOKED = /\b(?:crooked|dodgy|shady|corrupt|thieving|lying|cheating|scummy|shameless) (?:little |old |bloody |fucking )?(?:company|shop|store|outfit|business|firm|lot|bunch|bastards|gits)\b/;
/**
 * The shop's people, its service or its own things given a verdict of contempt: "your customer service is useless",
 * "your app is garbage and so is your service", "the weather is fine but your delivery is a joke", "the staff here are
 * hopeless". Its things only with "your" (the shop's own: "the app is useless on my old phone" may be the phone's doing);
 * its people also with "the" (the staff, the support team). Praise and mild verdicts ("your app is slow") are not read.
 */
const EN_VERDICT_OF_CONTEMPT =
  '(?:(?:so|absolutely|completely|totally|utterly|just|truly|honestly|beyond|literally|bloody|fucking|actually|a) ){0,2}(?:useless|hopeless|incompetent|pathetic|garbage|rubbish|trash|crap|shit|(?:a |an )?(?:joke|disgrace|shambles|farce|embarrassment)|laughable|atrocious|abysmal|disgraceful)\\b';
const EN_SHOP_THING_CONTEMPT = new RegExp(
  String.raw`\b(?:your|ur|yer) (?:[a-z]{2,12} )?(?:customer service|service|staff|team|support|agents?|people|employees|delivery|deliveries|app|website|site|packaging|system|shop|store|company) (?:here )?(?:is|are|was|were|'s|'re) ` + EN_VERDICT_OF_CONTEMPT +
    String.raw`|\bthe (?:customer service|service|staff|support team|support|agents|team|employees|people) (?:here |at your end |on your end )?(?:is|are|was|were) ` + EN_VERDICT_OF_CONTEMPT,
);
/** "Get a brain", "sod off", "shove your voucher…". */
const EN_DISMISSED = /\b(?:get a (?:brain|clue|life)|sod off|shove your [a-z]{2,14}|jog on|naff off|eat shit)\b/;
/**
 * The bot called names as it is spoken to: "you brainless piece of junk software", "you worthless bot", "listen you
 * stupid useless machine". "You" before the cursed thing makes it the one addressed; "this piece of junk kettle" without
 * it is a product complained of, not abuse.
 */
const EN_CURSED_BOT =
  /\b(?:you|u|ya) (?:(?:brainless|useless|worthless|stupid|pathetic|dumb|idiotic|brain-?dead|garbage|rubbish|junk|crappy|lousy|miserable|clueless|glorified|absolute|complete|total|utter) ){1,3}(?:piece of (?:junk|crap|garbage|trash|rubbish|shit|code|software|tin)(?: (?:software|code|bot|program|machine))?|bot|robot|chatbot|machine|program|programme|software|script|algorithm|ai|tin can|toaster|excuse for (?:a |an )?[a-z]{2,12})\b/;
/**
 * The bot's makers called fools in the bot's hearing: "whoever built you is a clown", "the people who programmed you are
 * idiots", "your developers are morons". What made "you" (the bot) says who they are: the shop's own people.
 */
const EN_MAKERS_CALLED =
  /\b(?:(?:whoever|who ?ever|the (?:person|people|guy|guys|idiot|idiots|team|company|clowns?|muppets?) (?:who|that)) (?:built|made|programmed|coded|designed|wrote|created|trained|developed|set up) (?:you|u|this (?:bot|chatbot|thing|software|system|rubbish|garbage|junk))|your (?:developers|devs|programmers|makers|creators|coders|designers|engineers)) (?:is|are|was|were|must be|should be) (?:(?:a|an|such an?|absolute|complete|total|utter|bloody|just|clearly) ){0,2}(?:clowns?|idiots?|morons?|fools?|muppets?|jokes?|imbeciles?|amateurs?|incompetent|useless|clueless|brainless|stupid|dumb|hopeless|pathetic)\b/;
/** "f u", "f u bot". */
const EN_F_YOU = /(?:^|[^a-z])f u(?:$|[^a-z])/;

export function insultAddressed(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (chinese) {
    for (const pattern of [ZH_CALLED, ZH_MAKERS_CALLED, ZH_CROWD_NAMED, ZH_MONEY_MAD, ZH_CURSED, ZH_NOT_HUMAN, ZH_CURSED_VOCATIVE, ZH_BRAIN, ZH_LIKE_ANIMAL, ZH_ASKED_DEAF, ZH_SENT_OFF, ZH_SHUSHED_REPLIES]) {
      const hit = pattern.exec(chinese);
      // 不是猪 denies; 是不是穷疯了 asks as an insult.
      const before = chinese.slice(Math.max(0, hit ? hit.index - 3 : 0), hit ? hit.index : 0);
      if (hit && !(/(?:不是|没有|并非)$/.test(before) && !/是不是$/.test(before))) found.push(hit[0]);
    }
  }
  if (english) {
    for (const pattern of [EN_CURSED_BOT, EN_MAKERS_CALLED, EN_WORSE_THAN, EN_WASTE, EN_F_YOU, EN_CALLED, EN_DISMISSED, EN_YOURE, EN_ASKED_STUPID, EN_CROOKED, EN_SWINDLERS, EN_SHOP_THING_CONTEMPT]) {
      const hit = pattern.exec(english);
      if (hit) found.push(hit[0].trim());
    }
  }
  return found;
}

// --- Insults addressed to someone else ----------------------------------------------------------------------------

/** The clause an insult word stands in, up to the word: from the last mark of punctuation (or the text's start). */
function clauseBefore(text: string, index: number, reach: number): string {
  const before = text.slice(Math.max(0, index - reach), index);
  const cut = Math.max(...[',', '.', ';', ':', '!', '?', '，', '。', '；', '！', '？', '~', '～'].map((mark) => before.lastIndexOf(mark)));
  return cut < 0 && index > reach ? '' : before.slice(cut + 1).trimStart();
}

/** The brain named as the customer's own: 我脑子, 我的脑子, 我这脑子, 我个脑 (not 你们脑子). */
const ZH_OWN_BRAIN_BEFORE = /我(?:的|这个?|个|今天|真的|真是|简直)?$/;

/** Each place an insult word stands in the text. */
function placesOf(text: string, phrase: string): number[] {
  const places: number[] = [];
  for (let index = text.indexOf(phrase); index >= 0 && places.length < 8; index = text.indexOf(phrase, index + phrase.length)) places.push(index);
  return places;
}

/**
 * The abuse phrases without insult words said of someone other than the shop (third-party.ts): the customer of
 * themself ("I'm such an idiot, I put my old address on", 我是电脑白痴 优惠码在哪里输入, 我真的是白痴 地址打错了), or the
 * courier in a first report of a problem ("the courier's a complete muppet, he rang once and left, how do I rebook",
 * 快递员是白痴吧 东西扔门口 摔坏了 怎么办). A frame that names the shop ("you lot are useless", 你们客服是白痴吗) is kept,
 * and so is the same word said anywhere else in the message of the shop.
 */
export function withoutInsultsAimedElsewhere(found: readonly string[], english: string, chinese: string): string[] {
  const courierEnglish = english ? courierIsThirdParty(english, false) : false;
  const courierChinese = chinese ? courierIsThirdParty(chinese, true) : false;
  return found.filter((phrase) => !swearsInPraise(phrase) && !(chinese && swearExclaimedChinese(phrase, chinese))).filter((phrase) => {
    const isChinese = /[\u4e00-\u9fff]/.test(phrase);
    const text = isChinese ? chinese : english;
    if (!text || (isChinese ? /[你您]/ : /\b(?:you|your|u|ur|ya)\b/).test(phrase)) return true;
    const places = placesOf(text, phrase);
    if (places.length === 0 || places.length >= 8) return true;
    return !places.every((index) => {
      if (isChinese) {
        if (verdictOnSelfChinese(text, index, phrase)) return true;
        // The customer's own brain faulted (我脑子坏了，下错单了): what they say of themself after a slip.
        if (/^脑/.test(phrase) && ZH_OWN_BRAIN_BEFORE.test(text.slice(Math.max(0, index - 5), index))) return true;
        return courierChinese && ZH_COURIER_SUBJECT.test(clauseBefore(text, index, 24));
      }
      if (verdictOnSelfEnglish(text, index, phrase)) return true;
      return courierEnglish && EN_COURIER_SUBJECT.test(clauseBefore(text, index, 60));
    });
  });
}

/**
 * A swear word as the intensifier of praise: "bloody brilliant service mate", "fucking amazing support". The word it
 * strengthens is what is said of the shop, and it is praise (a positive valence in AFINN); "bloody useless service"
 * stays an insult.
 */
const EN_SWEAR_INTENSIFIER = /^(?:fucking|bloody|freaking|effing|damn|damned|hella) ([a-z]{3,14}) /;
function swearsInPraise(phrase: string): boolean {
  const word = EN_SWEAR_INTENSIFIER.exec(phrase)?.[1];
  // A joke and funny are praise in AFINN and scorn here ("a fucking joke company").
  return !!word && afinnValence(word) > 0 && !/^(?:jokes?|joking|funny|fine|ok|okay|lol|haha)$/.test(word);
}

/**
 * A Chinese swear word said as an exclamation, as "bloody brilliant" is in English: 屌, 靠北, 靠杯 opening the message or a
 * clause ("屌 呢部吸塵機勁到癲 灰色嗰款幾時有返貨", "靠北這耳機也太好聽了吧 有白色嗎"), aimed at no one (屌你, 靠北你们 are
 * aimed), in a message that reads no displeasure without it. Said with a complaint ("靠北 又延迟了") it stays abuse. After 到
 * it is how much ("出貨快到靠北 讚啦": shipped fast as hell), the same praise.
 */
const ZH_EXCLAIMED_SWEAR = /^(?:屌|靠北|靠杯|𨳒|妈的|他妈的?|卧槽|我靠)$/;
const ZH_OPENS_CLAUSE = /(?:^|[\s，,。！!？?；;~～])$/;
const ZH_AIMED_AFTER = /^[\s，,！!~～]{0,3}(?:你|您|客服|公司|店家|商家|卖家|机器人|机械人|佢哋|他们)/;
function swearExclaimedChinese(phrase: string, chinese: string): boolean {
  if (!ZH_EXCLAIMED_SWEAR.test(phrase)) return false;
  const at = chinese.indexOf(phrase);
  if (at < 0 || chinese.indexOf(phrase, at + phrase.length) >= 0) return false;
  const before = chinese.slice(0, at);
  const after = chinese.slice(at + phrase.length);
  if (!(ZH_OPENS_CLAUSE.test(before) || before.endsWith('到')) || ZH_AIMED_AFTER.test(after)) return false;
  return readChineseLexicon(`${before} ${after}`).sentiment.label !== 'negative';
}
