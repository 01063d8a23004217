import type { ComplaintResult } from './complaint';
import type { SentimentReading } from './sentiment-scale';
import { rememberRecent } from '../../../contracts';
import { namesInCapitals } from './title-case';
import { asks } from './question-form';
import { namesAnotherCompany } from '../other-company';
import { EN_DISOWNED, othersHarmElsewhereSentences, ZH_DISOWNED } from './harm-elsewhere';
import { scamAskedOfReceived } from './word-role';
import { ownFacultyJudged } from './self-deprecation';
import { causedByWorldOrOwnLife, causedByWorldOrOwnLifeChinese } from './world-cause';
import {
  courierIsThirdParty, EN_CIRCLE, EN_COURIER_SUBJECT, namesCourierEnglish, verdictOnSelfChinese, verdictOnSelfEnglish, ZH_COURIER_SUBJECT,
} from './third-party';

/**
 * A strong feeling aimed away from the shop, beside a question the shop answers: "I'm so angry at my airline, they lost
 * my luggage. Do you sell carry-on suitcases?", "I'm so mad at myself, I forgot my password, how do I reset it?",
 * 我被老板气死了，你们有解压玩具吗, 我对航空公司很生气…你们有登机箱吗, Cantonese 好嬲航空公司…你哋有冇登机喼. The lexicons read
 * the anger and it is real; it is not anger at the shop, and the customer asks the shop something it can answer.
 *
 * The reader does not know the feeling words: it reads where each word of the evidence stands. A word is aimed away when
 *
 * - its target is named and is not the shop: "angry at/with X", "X made me so mad", 被X气死, 对X很生气, 气X, where X is the
 *   customer themself or anyone or anything but the shop, its people and its goods (you, your…, the courier, the order,
 *   this company, 你们, 客服, 快递, 店…);
 * - the feeling is someone of the customer's own circle's doing, told in the next clause ("ugh, so angry, my cat knocked
 *   the vase over", 气炸了，我的猫把花瓶打碎了);
 * - the feeling is only supposed: "I'd die of embarrassment if it came late", "I would be so upset if…";
 * - it is part of a title: 《愤怒的小鸟》, "Angry Birds" in quotation marks or in capitals (title-case.ts);
 * - it is a word the complaint readers read and set aside in a harmless role: "my bank flagged fraud on my card",
 *   我被诈骗过一次 (the sentiment leans on fraud and 诈骗 as the legal rule does);
 * - the customer disowns it for the shop in so many words, and tells nothing of the shop's it could be about: 啱啱同男朋友
 *   拗完，激死我，同你哋冇關係。想問下運費幾多？, "pissed off beyond belief today, nothing to do with you guys"
 *   (disownedForShop).
 *
 * Only when every word of the feeling is aimed away (the question's own frame, "…吗…", aside), the message asks, and
 * nothing is complained of in so many words: a complaint, a threat, abuse, a legal matter or an incident keeps the
 * feeling strong ("I'm angry with the courier AND you", "气死了 你们又发错了" have the shop as target).
 */

/** The shop, its people and its goods, as the target of a feeling (English, lower case). */
const EN_SHOP =
  /^(?:it|this|that|them|all this|all of this|everything|the whole thing|how (?:long|slow))\b|\b(?:you|your|yours|u|ur|ya|y'all|yall|this (?:shop|store|company|site|website|app|service|place|business|chat|bot)|(?:the|this|these|that|all the|such an?) (?:(?:long|constant|endless|ongoing|whole|latest|huge|massive|continued|repeated|extra|slow|late|never-ending) )?(?:shop|store|company|site|website|app|bot|chat|service|support|staff|team|agent|agents|courier|couriers|driver|delivery|deliveries|order|orders|parcel|package|item|items|product|products|refund|refunds|wait|waiting|quality|system|process|replacement|manager|seller|brand|delays?|shipping|postage|tracking|checkout|returns?|packaging|payment|dispatch|processing|response|responses|reply|replies|customer service|mix-?up|mistake|error|charges?)\b|the prices?(?! of (?!(?:the|this|that|these|your|it|my|our)\b))|orders?|ordered|parcels?|packages?|deliver(?:y|ies|ed)|couriers?|drivers?|refunds?|purchases?|bought|items?|products?|customer service|support|staff|agents?|service|website|site|app|box(?:es)?|packaging|packed|condition|state|arrived|came|sent|received|stock|size|colou?r|quality|situation|way|matter|issue|problem|mess|experience|treatment|treated|response|reply|replies|answer|answers|lack|fact|nobody|no one)\b/;
/**
 * A target names someone or something of its own: "my landlord", "the council", "myself", "how my gym treats members".
 * The shop's own processes and things after an article are the shop: "furious at the delay", "fed up with the service",
 * "livid with the refund", "disgusted with the packaging" (EN_SHOP reads them before this).
 * A target that names no one ("how I've been treated", "being ignored") is the shop, whom the message is written to.
 */
const EN_NAMES_PARTY = /\b(?:my|our|his|her|their|the|a|an|myself|ourselves|himself|herself|themselves|people|everyone|everybody)\b/;
/**
 * A target named by a bare name, a company or a body of one to three words ("so mad at royal mail", "angry at amazon"):
 * a party, unless it is a doing ("waiting", "being ignored"), a question word, or the shop's own process or failing
 * ("delays", "the shipping", "mistakes").
 */
const EN_BARE_PARTY =
  /^(?!(?:how|what|why|when|where|who|being|not|no|nothing|all|everything|every|this|that|these|those|it|them|they|delays?|waits?|waiting|shipping|postage|tracking|checkout|returns?|charges?|fees?|prices?|costs?|mistakes?|errors?|lies|excuses|incompetence|silence|customer|support|service|stock|deliver\w*)\b)(?![a-z]{1,14}(?:ing|ed)\b)[a-z]{2,14}(?: [a-z]{2,14}){0,2}$/;
/** A target named after "at", "with", "towards": up to the end of its clause. */
const EN_AT = /^(?:[a-z']{1,12} ){0,2}?(?:at|with|towards?|by|about|over) ([^,.;:!?]{1,60})/;
/** The customer as the feeling's own object: "hate myself", "kick myself" (the word's object right after it). */
const EN_SELF_OBJECT = /^ (?:myself|ourselves)\b/;
/** The target made the customer feel so: "my boss made me so mad", "the airline has me furious". */
const EN_MADE = /(?:^|[,.;:!?] ?)([a-z' ]{1,50}?) (?:made|makes|making|has made|have made|got|gets|has|have|had|is making|are making|is getting|left) (?:me|us) (?:feel )?(?:so |really |very |absolutely |pretty |super |totally )?$/;
/** The feeling only supposed: "i'd die of", "i would be so upset", "we'd be furious" (with an "if" after it). */
const EN_SUPPOSED = /\b(?:i'd|i would|we'd|we would|would|i'll be|i will be)\s(?:(?:be|feel|get|go|die|of|from|honestly|really|so|absolutely|just|totally|literally|a|bit|little)\s){0,4}$/;
const EN_IF_AFTER = /^[^.;!?]{0,80}\b(?:if|unless|when|should)\b/;
/** Someone of the customer's own circle, the doer of what the next clause tells: "my cat", "my son", "the kids". */
const EN_OWN_DOER =
  /^[,.;:!?-]? ?(?:my|our|the) (?:[a-z]{1,10} )?(?:cat|cats|dog|dogs|puppy|kitten|kid|kids|son|daughter|toddler|baby|husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|brother|sister|flatmate|roommate|neighbou?r|boss|landlord|ex)(?:'s)? (?!(?:order|parcel|package|delivery|refund|account)\b)[a-z]{2,14}(?:ed|t|ke|oke|ew|ew up|ost|ot)\b/;

/** The shop as the target (Chinese, folded): 你们, 客服, 快递, 这家店, 订单, 卖家… */
const ZH_SHOP = /你|您|贵|客服|快递|物流|商家|卖家|店|平台|这家|订单|包裹|送货|配送|售后|发货|退款|退货|产品|东西|质量|服务|人工|机器人|网站|app|这样|这种|那样|态度|处理|回复|对待|结果|情况|经历|体验|没人|不理/;
/** A target before the feeling: 被老板(气死), 对航空公司(很生气), 跟老公(生气), Cantonese 俾/畀 (folded 给). */
const ZH_BY_BEFORE = /(?:被|给|让|叫|对|跟|和|同|替)([^，,。！？!?、；;：:]{1,10}?)(?:气得|气到|弄得|搞得|搞到|弄到)?(?:我|人)?(?:都|真的|真是|简直|快|要|快要|好|很|超|非常|有点|有些|太|特别|十分){0,2}$/;
/** A target after the feeling: 好生气航空公司 (Cantonese 好嬲…, folded), 气死老公了. */
const ZH_AFTER = /^(?:死|炸|爆)?([^，,。！？!?、；;：:了啊呀啦吗呢]{2,8})/;
/** Who a target after the feeling may be: a party named by a noun, not a verb phrase ("生气又发错了"). */
const ZH_PERSON_PARTY = String.raw`我?(?:自己|老板|老细|老小|上司|同事|老公|老婆|男朋友|女朋友|男友|女友|妈|爸|孩子|儿子|女儿|小孩|邻居|房东|室友|猫|狗)`;
/** A party that feels nothing itself: a company, an office, the weather (银行, 物业, 天气), a team or its match (国足又输了). */
const ZH_INSTITUTION_PARTY = String.raw`[^，。！？]{0,4}(?:航空公司|航空|银行|电信|电讯|保险公司|物业|学校|老师|公司|政府|天气|交通|塞车|堵车|驿站|邮局|快递柜|丰巢|国足|国家队|球队|主队|足球队|篮球队|球赛|比赛|联赛|世界杯|股票|股市|基金|大盘|美股|港股|币圈|比特币|加密货币|彩票)`;
const ZH_PARTY = new RegExp(`^(?:${ZH_PERSON_PARTY}|${ZH_INSTITUTION_PARTY})`);
const ZH_INSTITUTION = new RegExp(`^${ZH_INSTITUTION_PARTY}`);
/** Someone of the customer's own circle doing what the next clause tells: 我的猫把…, 老公把…, 孩子弄坏了. */
const ZH_OWN_DOER = /^[，,。！!？?]?(?:我的|我家|我|家里的?)?(?:猫|狗|孩子|儿子|女儿|小孩|宝宝|老公|老婆|男朋友|女朋友|妈|爸|室友|邻居)(?:把|又|将|不小心|竟然|居然)/;
/** The customer's own slip, told right after the feeling: 气死我了 自己手贱买错了尺码, 气死了，我自己下错单了. */
const ZH_OWN_SLIP =
  /^(?:我)?(?:了|啦|呀|啊)?[，,。！!？?~～]*(?:我)?自己(?:手贱|手残|眼瞎|脑残|太蠢|太笨|不小心|粗心)?(?:买错|下错|拍错|选错|挑错|拣错|填错|写错|打错|看错|弄错|搞错|点错|订错|付错|忘了|忘记)/;
/** The feeling only supposed: 如果…我会气死, 要是…我会很生气. */
const ZH_SUPPOSED = /(?:如果|要是|假如|万一|若)[^，。！？]{0,16}[，,]?[^，。！？]{0,6}(?:会|就会|肯定会|一定会)(?:很|超|非常|好)?$/;

/** Spans of titles and quotations: 《…》, 「…」, “…”, "…". */
const TITLES: ReadonlyArray<readonly [string, string]> = [['《', '》'], ['「', '」'], ['“', '”'], ['"', '"']];
const TITLE_LONGEST = 40;

/**
 * A question the shop answers: a question word or a request ("do you sell", "how do I", "was I charged", 有没有, 几点,
 * 还能用什么付款), marked or not.
 */
// An interjection closes a clause as a mark does in an unpunctuated chat line ("typed it wrong ffs can i fix it").
// A question put as a wondering ("just wondering if my refund has gone through", "was wondering when it ships") asks as
// the question words do.
const EN_ASKS =
  /\?|(?:^|[.,;:!] ?|\b(?:ffs|fml|omg|lol|haha|ugh|sigh) )(?:how|what|what's|when|where|which|can|could|will|would|should|do i|do you|does it|is there|are there|any|was i|were we|did i|did you|did it|has it|have you|is it|am i|(?:is|are|has|have|did|will) (?:my|our))\s|\b(?:just |was |i was |i'm |im |i am )?wondering (?:if|whether|when|how|what|where|why)\b|\bjust checking (?:if|whether|when|on)\b/;
const ZH_ASKS = /[?？吗]|几|多少|多久|怎么|怎样|如何|哪|能不能|能否|可不可以|可以|点样|是否|有没有|有冇|有无|什么时候|何时|推荐|(?:用|买|选|换|付|是|有)什么|(?:还|仲)能/;

const MAX_PLACES = 8;
/**
 * Interjections aim at nothing: a sigh, a shake of the head ("smh"), and an exclamation that swears at no one ("ffs", "fml": hyperbole.ts reads them
 * as figures when they open the message). Alone they keep the feeling; beside words aimed away, they go with them: "im
 * such an idiot typed my postcode wrong ffs can i fix it".
 */
/** A piece of evidence that is an emoji and nothing else. */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}){1,6}$/u;
const INTERJECTION = /^(?:u+g+h+|a+r+g+h+|g+r+|sigh|meh|omg|omfg|ffs|fml|smh|smdh|唉+|哎+|哎呀|唉呀)$/;

/** Kinds that keep a feeling strong: the shop is complained of in so many words, threatened, abused, or hurt someone. */
const KEEPS: ReadonlySet<string> = new Set(['safety', 'legal', 'account_takeover', 'abuse', 'repeated_contact', 'threat', 'complaint']);

/** The spans of the message's titles, read once per message. */
const titleSpans = rememberRecent(4, (text: string) => {
  const spans: Array<readonly [number, number]> = [];
  for (const [open, close] of TITLES) {
    for (let start = text.indexOf(open); start >= 0; ) {
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      if (end - start > 1 && end - start <= TITLE_LONGEST + 1) spans.push([start, end + 1]);
      start = text.indexOf(open, end + 1);
    }
  }
  return spans;
});

function inTitle(text: string, index: number, length: number): boolean {
  return titleSpans(text).some(([start, end]) => start <= index && index + length <= end);
}

/**
 * A fake channel is someone else's: "a fake courier text", "a fake site", 假网站, 假短信 (not 假货, counterfeit goods the
 * shop may have sold).
 */
const EN_FAKE_CHANNEL = /^(?:fake|bogus|dodgy|phishing|copycat)$/;
const EN_CHANNEL_AFTER = /^ (?:[a-z]{1,10} )?(?:site|website|web ?site|text|texts|sms|email|e-mail|emails|call|calls|caller|link|links|account|page|app|number|message|messages|courier|delivery text|invoice|shop|store)\b/;
const ZH_FAKE = /^假$/;
const ZH_CHANNEL_AFTER = /^(?:的)?(?:网站|网址|短信|短讯|电话|链接|客服|快递|app|邮件|页面|网页|公众号|账号|号码|店|平台)/;
/** A target qualified as fake or other: 假网站, 别家店, 其他平台 (not the shop whose words it borrows). */
const ZH_OTHER_QUALIFIER = /^(?:假|其他|别的|别家|陌生|钓鱼|山寨|不明|骗子)/;

/**
 * Someone else feels it: "our vet was livid that…", "my husband is furious at the dishwasher", "…and the dog has been
 * sulking for a week", 朋友网上买狗被骗了. The clause's subject is a third party named by a noun (not I, we, you), and nothing of the shop stands between.
 */
const EN_OTHERS_FEELING = /(?:^|[,.;:!?] ?|\b(?:and|but|while|then) )(?:my|our|his|her|their|the) (?:[a-z'-]{1,14} ){0,2}?(?!(?:order|parcel|package|delivery|courier|driver|staff|agent|team|manager|service|company|shop|store|site|website|app)\b)[a-z'-]{2,14} (?:is|was|are|were|gets|got|has been|have been|'s|seemed|seems|looked|looks|went) (?:so |really |very |absolutely |pretty |totally |bloody |quite )?$/;
const ZH_OTHERS_FEELING =
  /(?:^|[，,。！!？?；;])(?:我的?|我们的?)?(?:朋友|同事|邻居|表[哥姐弟妹]|堂[哥姐弟妹]|亲戚|老公|老婆|男朋友|女朋友|妈|爸|孩子|儿子|女儿|哥|姐|弟|妹|室友|同学|老板|老细|老小|上司|经理|主管|老总|家人)[^，,。！!？?；;我你您]{0,8}$/;

/** Targets found aimed away while one message is read: a word inside one is aimed away with it ("mad at my phone for dying"). */
let awayTargets: string[] = [];
/**
 * The clause told right after a feeling aimed away, naming nothing of the shop: why the customer feels so ("so annoyed with
 * my phone, autocorrect messed up my email"). A word in it is aimed away with the feeling it explains.
 */
let awayReasons: string[] = [];

/**
 * A target ends where a clause of its own begins: a subject pronoun or a word that gives the reason ("so mad at amazon
 * they lost my parcel", "angry at my bank for blocking my card", "cross with myself because I typed it wrong").
 */
const EN_SHOP_ADDRESSED = /\b(?:you|your|yours|u|ur|ya|this (?:shop|store|site|website|company|app))\b/;
const EN_TARGET_CLAUSE_BREAK = /\s(?=(?:they|they've|theyve|they're|he|he's|she|she's|it|it's|its|i|i've|ive|i'm|im|we|we've|who|which|because|cause|cos|coz|for|since|as|after|when)\b)/;
/** The next clause, read for what it says of the shop (EN_SHOP_IN_CLAUSE) or whether it asks. */
const EN_NEXT_CLAUSE = /^[^,.;:!?]{0,80}[,.;:!?]\s?([^,.;:!?]{3,90})/;
const EN_CLAUSE_ASKS = /^(?:how|what|what's|when|where|which|can|could|will|would|should|do|does|is|are|any|and how|and what|so how|so what)\b/;

/**
 * The shop named outside the question of what it sells: "your driver broke the gate", 你们什么时候发货. Someone else's
 * feeling in such a message may well be at the shop ("my husband is furious, your driver broke the gate").
 */
const EN_BUYING_QUESTION = /\b(?:do|can|could|will|would|did|have|are) (?:you|u)(?: guys| lot)? (?:sell|have|stock|carry|do|make|offer|ship|deliver|recommend|know)\b|\b(?:any|what) (?:gift |good )?(?:ideas|recommendations)\b/g;
const ZH_BUYING_QUESTION = /(?:你们|你哋|你|贵店)(?:家|这边|那边|店里)?(?:有没有|有冇|有无|有|卖|能不能|可以|可唔可以|推荐|推介)/g;

/**
 * A question of what a word on the screen means (我张单显示处理中系咩意思 folded, "what does 'processing' mean on my
 * order"): the customer asks to understand a status, which tells nothing the shop did, so its clause names the shop
 * only as the place asked.
 */
const ZH_MEANING_QUESTION = /[^，,。！!？?；;\s]{0,12}(?:是什么意思|什么意思|是啥意思|啥意思|咩意思|指什么|代表什么)/g;
const EN_MEANING_QUESTION = /\bwhat (?:does|do|is) [^,.;!?]{0,40}\bmean\b/g;

function shopNamedBeyondBuying(text: string, chinese: boolean): boolean {
  return chinese
    ? ZH_SHOP.test(text.replace(ZH_BUYING_QUESTION, '').replace(ZH_MEANING_QUESTION, ''))
    : /\b(?:you|your|yours|u|ur)\b/.test(text.replace(EN_BUYING_QUESTION, '').replace(EN_MEANING_QUESTION, ''));
}

/**
 * Someone of the customer's own circle did it earlier in the sentence, and the feeling is the customer's, told after:
 * "my flatmate opened my parcel without asking and I'm livid", "my dog chewed the box, I'm so annoyed".
 */
const EN_OWN_DOER_BEFORE = new RegExp(
  String.raw`(?:^|[.;!?] ?)(?:[a-z]{1,8} )?(?:my|our) (?:[a-z]{1,10} )?${EN_CIRCLE} (?!(?:order|parcel|package|delivery|refund|account)\b)[a-z]{2,14}(?:ed|t|ke|oke|ew|ost|ot|pt|ilt|ung)\b[^.;!?]{0,60}?(?:,|\band|\bso|\bnow)\s?(?:i'm|im|i am|i was|i feel|i could|we're|we are)\s(?:(?:so|really|absolutely|bloody|just|totally|literally|actually) ){0,2}$`,
);

/** The text of the clause the word at `index` stands in, up to the word (English): from the last mark of punctuation. */
function clauseBeforeEnglish(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 60), index);
  const cut = Math.max(...[',', '.', ';', ':', '!', '?'].map((mark) => before.lastIndexOf(mark)));
  return cut < 0 && index > 60 ? '' : before.slice(cut + 1).trimStart();
}

/**
 * A clause whose subject is a party of the world, not the shop: a company, an office, the weather, a strike ("my bank
 * is driving me insane", "the tram strike has been a nightmare", "this heat is unbearable"), guessed at or not ("prob my
 * bank being dumb again", "maybe the bank is being weird"). The English of
 * ZH_INSTITUTION_PARTY; the word may stand inside the subject itself ("strike").
 */
const EN_WORLD_SUBJECT =
  /^(?:(?:ugh|argh|omg|honestly|seriously|and|but|so|lol|well|tbh|smh|prob|probably|maybe|guess|i guess|i think|apparently|must be|bet)\s){0,2}(?:the|my|our|this|these|that) (?:[a-z]{1,12} ){0,2}?(?:bank|banks|airline|post office|council|landlord|letting agent|property manager|building manager|phone company|phone provider|network|broadband|internet|wifi|insurer|insurance company|government|school|weather|rain|snow|storm|heat|heatwave|typhoon|traffic|strike|strikes|trains?|trams?|buses|roadworks|stocks?|stock market|shares|crypto|bitcoin|portfolio|investments?|pension)\b/;
/**
 * A clause whose subject is a party of the world (a bank, an office, the weather, the stock market: 股票又跌了, "crypto
 * crashed again"), with nothing of the shop's in it: what the clause tells failing is the world's, not the shop's service.
 */
export function worldClause(clause: string, chinese: boolean): boolean {
  const trimmed = clause.trim();
  if (chinese) {
    const folded = trimmed.replace(/\s+/g, '');
    return !ZH_SHOP_IN_CLAUSE.test(folded) && !/快递|包裹|物流|货/.test(folded) && (ZH_INSTITUTION.test(folded) || ZH_WEATHER_HEAD.test(folded));
  }
  // A subject unsaid before the verb of a market: "crypto crashed again", "stocks tanked".
  return !EN_SHOP_IN_CLAUSE.test(trimmed) && (EN_WORLD_SUBJECT.test(trimmed) || /^(?:(?:ugh|omg|so|and|lol)\s){0,2}(?:stocks|crypto|bitcoin|shares|the stock market)\b/.test(trimmed));
}
/** Words that bring the shop into such a clause: "the bank says you haven't refunded me". */
const EN_SHOP_IN_CLAUSE = /\b(?:you|your|u|ur|order|orders|refund|refunds|parcel|package|delivery|shop|store|site|website|app)\b/;

/**
 * The goods' state told after the courier's act: "left my parcel in the rain and now the stuff inside is ruined". With
 * the courier a third party in the message, what the goods became is the courier's doing, a problem the shop answers.
 */
const EN_GOODS_STATE_BODY = String.raw`(?:now\s)?(?:the|my|our|everything|all|it)\b(?:(?!\b(?:you|your|u|ur)\b)[^,.;:!?]){0,30}?\s(?:is|are|was|were|got|gets|has been|have been|came|arrived)\s(?:(?:all|completely|totally|absolutely|now|just|basically) ){0,2}$`;
const EN_GOODS_STATE = new RegExp(String.raw`(?:^|\b(?:and|now|so|but|then)\s)` + EN_GOODS_STATE_BODY);

/** The word stands in a clause whose subject is a party of the world (EN_WORLD_SUBJECT), or inside that subject. */
function thirdPartySubjectEnglish(text: string, index: number, word: string): boolean {
  const clause = clauseBeforeEnglish(text, index) + word;
  if (EN_SHOP_IN_CLAUSE.test(clause)) return false;
  if (EN_WORLD_SUBJECT.test(clause)) return true;
  // A clause that goes on with the subject before it, left unsaid: "my bank is being ridiculous, keeps blocking payments".
  if (!EN_SUBJECT_CARRIED.test(clause)) return false;
  const start = index - clauseBeforeEnglish(text, index).length;
  // Only across a comma: a new sentence has a subject of its own.
  if (!/[,;:]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  const before = text.slice(Math.max(0, start - 80), start).replace(/[,;:]\s*$/, '');
  const cut = Math.max(...[',', '.', ';', ':', '!', '?'].map((mark) => before.lastIndexOf(mark)));
  const previous = before.slice(cut + 1).trimStart();
  return EN_WORLD_SUBJECT.test(previous) && !EN_SHOP_IN_CLAUSE.test(previous);
}
/** A clause opened by its verb, its subject carried from the clause before ("…, keeps blocking my card"). */
const EN_SUBJECT_CARRIED = /^(?:(?:and|but|then|now)\s)?(?:keeps|kept|is|was|has|had|won't|wont|just|always|never|being|blocked|blocking|declined|declining|froze|flagged)\b/;

/** A clause headed by a pronoun standing for a party named before: "they dumped my order on the step", "he just left". */
/**
 * The goods' state joined on after a long clause with no comma ("left my parcel out in the rain and now the box and the
 * stuff inside is ruined"): read from the joining word, within the last 60 characters.
 */
const EN_GOODS_STATE_JOINED = new RegExp(String.raw`\b(?:and|now|so|but|then)\s` + EN_GOODS_STATE_BODY);
function goodsStateJoined(text: string, index: number): boolean {
  return EN_GOODS_STATE_JOINED.test(text.slice(Math.max(0, index - 60), index));
}

const EN_PRONOUN_SUBJECT = /^(?:(?:and|then|so|but|now|lol|honestly|apparently)\s){0,2}(?:they|they've|they'd|theyve|he|he's|she|she's|hes|shes)\b/;

/**
 * The clause the word stands in has the courier as its subject: named at its head ("dpd are absolutely hopeless"), or
 * as a pronoun right after a clause so headed ("dpd are hopeless, they dumped my order on the step").
 */
function courierClauseEnglish(text: string, index: number): boolean {
  const clause = clauseBeforeEnglish(text, index);
  if (EN_COURIER_SUBJECT.test(clause)) return true;
  if (!EN_PRONOUN_SUBJECT.test(clause)) return false;
  const start = index - clause.length;
  const before = text.slice(Math.max(0, start - 80), start).replace(/[,;:]\s*$/, '');
  const cut = Math.max(...[',', '.', ';', ':', '!', '?'].map((mark) => before.lastIndexOf(mark)));
  return EN_COURIER_SUBJECT.test(before.slice(cut + 1).trimStart());
}

/** Set per message: the courier is a third party in it (third-party.ts). */
let courierAway = false;

/**
 * A feeling named as the sum of the story told before it: "in all that chaos I forgot my password", "with all this
 * stress". Only where that story names nothing of the shop: the household, the kids, a move.
 */
const EN_SUM_OF_STORY = /\b(?:in|with|amid|amidst|among|amongst|during|after|from) (?:all )?(?:that|this|the) $/;
function sumOfOwnStory(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 240), index);
  return EN_SUM_OF_STORY.test(before) && /[.,;!?]/.test(before) && !EN_SHOP_IN_CLAUSE.test(before) && !EN_SHOP_ADDRESSED.test(before);
}

function aimedAwayEnglish(text: string, index: number, word: string): boolean {
  if (verdictOnSelfEnglish(text, index, word)) return true;
  if (sumOfOwnStory(text, index)) return true;
  // "this rain is killing me", "i hate mondays", "i hate that i forgot my password": the world or one's own life (world-cause.ts).
  if (causedByWorldOrOwnLife(text, index, word)) return true;
  const clause = clauseBeforeEnglish(text, index);
  if (courierAway && (courierClauseEnglish(text, index) || EN_GOODS_STATE.test(clause) || goodsStateJoined(text, index))) return true;
  if (thirdPartySubjectEnglish(text, index, word)) return true;
  if (anotherShopsClauseEnglish(text, index)) return true;
  if (EN_OWN_DOER_BEFORE.test(text.slice(Math.max(0, index - 110), index)) && !/\b(?:you|your|u|ur)\b/.test(text.slice(Math.max(0, index - 110), index))) return true;
  if (EN_OTHERS_FEELING.test(text.slice(Math.max(0, index - 50), index)) && !shopNamedBeyondBuying(text, false)) return true;
  if (inTitle(text, index, word.length)) return true;
  if (EN_FAKE_CHANNEL.test(word) && EN_CHANNEL_AFTER.test(text.slice(index + word.length, index + word.length + 30))) return true;
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + word.length, index + word.length + 90);
  const at = EN_AT.exec(after.trimStart());
  if (at) {
    // The target's own words, up to a clause of its own; a reason that names the shop keeps the whole as the target ("mad
    // at myself for trusting you").
    const whole = at[1].trim();
    const head = whole.split(EN_TARGET_CLAUSE_BREAK)[0].trim();
    const target = EN_SHOP_ADDRESSED.test(whole.slice(head.length)) ? whole : head;
    // The courier as the target is away only where it is a third party (third-party.ts): "furious with evri again, second
    // parcel soaked" is the shop's courier failing again.
    const courier = namesCourierEnglish(target);
    if (courier ? courierAway && !/\b(?:you|your|u|ur)\b/.test(target) : !EN_SHOP.test(target) && (EN_NAMES_PARTY.test(target) || EN_BARE_PARTY.test(target))) {
      awayTargets.push(target);
      // The clause after the target's, if it names nothing of the shop and asks nothing, tells why.
      const next = EN_NEXT_CLAUSE.exec(after.trimStart());
      const reason = at[1].trim().slice(target.length).trim() || (next ? next[1].trim() : '');
      if (reason && !EN_SHOP_IN_CLAUSE.test(reason) && !EN_CLAUSE_ASKS.test(reason)) awayReasons.push(reason);
      return true;
    }
  }
  // "ugh I hate myself, I ordered the wrong size again", "could kick myself": the feeling's object is the customer.
  if (EN_SELF_OBJECT.test(after) && !EN_SHOP_ADDRESSED.test(after.split(/[,.;:!?]/)[0])) return true;
  const made = EN_MADE.exec(before);
  if (made && !EN_SHOP.test(made[1]) && !/^(?:it|this|that|they|it all|everything)$/.test(made[1].trim())) return true;
  if (EN_SUPPOSED.test(before) && EN_IF_AFTER.test(after)) return true;
  // "ugh, so angry. my cat knocked it over": the feeling's clause names no target and the next tells who did it.
  const rest = after.replace(/^[^,.;:!?]{0,20}/, '');
  return !EN_SHOP.test(text.slice(Math.max(0, index - 30), index)) && EN_OWN_DOER.test(rest);
}

/**
 * The shop, its people or its own doing named in a clause: what keeps a third party's clause from being read as aimed
 * away (银行说你们没退款, 物业说订单被退回了). The courier named as an object is not the shop acting (物业不让快递进).
 */
const ZH_SHOP_IN_CLAUSE = /你|您|贵|客服|商家|卖家|店|平台|售后|订单|退款|发货|发错|寄错|漏发|少发/;
/** How far back the clause a word stands in is read for its subject. */
const ZH_CLAUSE_REACH = 24;

/**
 * The clause before `index` in folded Chinese (no spaces: it runs from the last mark of punctuation), or null when no mark
 * lies within reach and the text goes on before it (too far to tell whose clause it is).
 */
function clauseBeforeChinese(text: string, index: number): string | null {
  const start = Math.max(0, index - ZH_CLAUSE_REACH);
  const before = text.slice(start, index);
  const cut = Math.max(...['，', ',', '。', '！', '!', '？', '?', '；', ';', '~', '～'].map((mark) => before.lastIndexOf(mark)));
  if (cut < 0 && start > 0) return null;
  return before.slice(cut + 1);
}

/**
 * The word stands in a clause whose subject is a company, an office or the weather, not the shop, or right after such a
 * clause with nothing of its own: 银行又截了我的卡 激死 (the bank's doing, then the feeling), 小区物业不让快递进 烦死了,
 * 天气太差了. Such a party feels nothing itself; a person of the customer's circle may be the one who feels, and perhaps
 * at the shop (我老公很生气，你们什么时候发货: ZH_OTHERS_FEELING reads those). The spaces of a chat message are gone from
 * the folded text, so the clause runs from the last mark of punctuation (or the start).
 */
function thirdPartyClause(text: string, index: number): boolean {
  const clause = clauseBeforeChinese(text, index);
  if (clause === null || ZH_SHOP_IN_CLAUSE.test(clause)) return false;
  return ZH_INSTITUTION.test(clause) || (ZH_WEATHER_HEAD.test(clause) && !ZH_GOODS_SPOILT.test(clause));
}

/**
 * The weather at the head of the clause, after a place or a time: 老家那边一直下雨 烦死了, 呢排成日落雨 (folded), 台风天
 * 真的烦. Such a feeling is at the sky, as "this rain is driving me insane" is (EN_WORLD_SUBJECT), unless the clause tells
 * the goods spoilt by it (下雨 包裹全湿了 烦死了): a parcel soaked is a problem of the shop's, whatever rained on it.
 */
const ZH_WEATHER_HEAD = /^[^，。！？]{0,8}?(?:下雨|落雨|下雪|暴雨|大雨|台风|打风|回南天|雾霾|高温|热浪|寒流|降温|天气)/;
const ZH_GOODS_SPOILT = /(?:包裹|快递|东西|货|箱|盒|件)[^，。！？]{0,4}(?:湿|坏|烂|破|泡|霉)/;

/**
 * Someone of the customer's own circle did it earlier in the sentence, and the feeling follows: 我细佬将我件衫整烂咗
 * 嬲到爆 (folded), 我室友把我快递拆了 气死了; or only said something of the customer: 我阿妈成日话我乱买嘢 激死 (folded 经常话),
 * 我老公说我乱花钱 气死了. Such a feeling is the customer's own business, question or not.
 */
const ZH_OWN_DOER_BEFORE =
  /(?:^|[，,。！!？?])(?:我的|我家|我|家里的?)?(?:猫|狗|孩子|儿子|女儿|小孩|宝宝|老公|老婆|男朋友|女朋友|妈|爸|室友|邻居|弟弟|妹妹|哥哥|姐姐|细佬|小佬|家姐|阿妈|阿爸)(?:(?:经常|总是|老是|又|一直|天天|每次|成日)?(?:把|将|不小心|竟然|居然|说|话|讲|骂|念|嫌|笑|唠叨)|(?:经常|总是|老是|又|一直|天天|每次|成日)(?:说|话|讲|骂|念|嫌|笑))[^。！!？?你您贵]{1,16}$/;

/** The word stands in a clause whose subject is the courier (快递员太过分了), or right after one. */
function courierClause(text: string, index: number): boolean {
  const clause = clauseBeforeChinese(text, index);
  return clause !== null && ZH_COURIER_SUBJECT.test(clause) && !ZH_SHOP_IN_CLAUSE.test(clause);
}

/**
 * Another shop, named by what sets it apart from this one: 另一间网店, 别家, 其他平台, 上一家店, 第二间铺 (Cantonese 另一間網店,
 * 第二間舖 folded), "another shop", "the last store I ordered from", "a different site"; or by where it stands: 隔壁那家店,
 * 对面那间铺 (Taiwan 隔壁那家店超爛der, Cantonese 對面嗰間舖 folded).
 */
const ZH_ANOTHER_SHOP =
  /(?:另一|另外一?|其他|其它|别的|别|上一|上次那|之前那|之前的|第二|隔壁|隔篱|对面|楼下|街口|附近)(?:那|嗰)?(?:间|家|个)?(?:网店|网站|店铺|店|商家|卖家|平台|铺|家|app)/;
/**
 * A company the customer will not name, masked with 某 at the clause's head, or after where it stands (隔壁某宝那家店): 某东
 * (京东), 某宝, 某多多, 某团的客服. Not an indefinite 某个, 某天, 某些, 某次, 某人 (someone, some day), which name no business.
 */
const ZH_MASKED_COMPANY = /^(?:上次|之前|昨天|刚才|刚刚|那个|隔壁|隔篱|对面|楼下|附近)?(?:那|嗰)?(?:间|家|个)?某(?![个些天次人时年月日种件位样])[\u4e00-\u9fff]/;
const EN_ANOTHER_SHOP =
  /\b(?:another|a different|some other|other|an other|the other|the last|the previous|my last|my previous|a previous|that other) (?:online )?(?:website|site|shop|store|seller|retailer|app|company|marketplace|platform|merchant|vendor|brand|place)s?\b/;
/** Another shop named by where it stands: "the shop next door", "that store down the road", "the place across the street". */
const EN_SHOP_NEARBY =
  /\b(?:the|that|this|a) (?:[a-z]{1,12} )?(?:shop|store|place|seller|supermarket|boutique|outlet|bakery|cafe|deli|chemist) (?:next door|down the (?:road|street)|across the (?:road|street)|up the (?:road|street)|round the corner|around the corner|on the corner|nearby|near me|in town)\b/;
/** This shop addressed: a clause that names it is not only the other shop's story. */
const ZH_THIS_SHOP = /你|您|贵|本店|这家/;

/**
 * The word stands in a clause that tells another shop's doing, with nothing of this one in it: 另一间网店搞到我好生气,
 * 上次在别家买被坑惨了 气死我了 (the spaces gone, the clause runs from the last mark of punctuation), "the last store I
 * ordered from was a nightmare and I was so angry". The feeling is at the other shop; the question after it is this one's.
 */
function anotherShopsClauseChinese(text: string, index: number): boolean {
  const clause = clauseBeforeChinese(text, index);
  if (clause === null || ZH_THIS_SHOP.test(clause)) return false;
  return ZH_ANOTHER_SHOP.test(clause) || ZH_MASKED_COMPANY.test(clause) || companyHeadsClause(clause, ZH_PLACE_FIRST, clause.slice(0, 12));
}
function anotherShopsClauseEnglish(text: string, index: number): boolean {
  const clause = clauseBeforeEnglish(text, index);
  if (EN_SHOP_ADDRESSED.test(clause)) return false;
  if (EN_ANOTHER_SHOP.test(clause) || EN_SHOP_NEARBY.test(clause) || companyHeadsClause(clause, EN_PLACE_FIRST, clause.split(' ').slice(0, 4).join(' '))) return true;
  // A clause of the feeling alone ("so angry"), told right after the other shop's: the reason is the clause before.
  if (clause.split(' ').length > 4) return false;
  const start = index - clause.length;
  const before = text.slice(Math.max(0, start - 90), Math.max(0, start - 1));
  const cut = Math.max(...[',', '.', ';', ':', '!', '?'].map((mark) => before.lastIndexOf(mark)));
  const previous = before.slice(cut + 1);
  return (EN_ANOTHER_SHOP.test(previous) || EN_SHOP_NEARBY.test(previous)) && !EN_SHOP_ADDRESSED.test(previous);
}

/**
 * Another company, named as the doer at the head of the clause (other-company.ts: marketplaces, apps; not couriers,
 * which third-party.ts reads): "amazon messed up my order and im fuming", 淘宝那家店把我气死了, 蝦皮那家氣死我. Named as the
 * place the customer bought ("在淘宝下单 气死了", "ordered on ebay and…") it may be this store's own shop there: not read.
 */
const ZH_PLACE_FIRST = /^(?:上次|之前|昨天|刚才|刚刚)?(?:在|从|喺|于|去)/;
const EN_PLACE_FIRST = /^(?:(?:i|we) )?(?:ordered |bought |got it |shopped )?(?:on|at|from|via|through|in)\b/;
function companyHeadsClause(clause: string, placeFirst: RegExp, head: string): boolean {
  return !placeFirst.test(clause.trimStart()) && namesAnotherCompany(head);
}

/**
 * The feeling told first and its cause right after it, in the same clause or the next: 气死了又下大暴雨 (the sky's doing),
 * 烦死了 银行又扣钱. The cause is a party of the world (weather, a company, an office: thirdPartyClause reads the same when
 * it is told first), with nothing of the shop in it and no goods spoilt.
 */
const ZH_FEELING_TAIL = /^(?:死|炸|爆)?(?:我|人)?(?:了|啦|呀|啊|哦|喔|咯)*[，,。！!~～]?(?:又|还|一直|竟然|居然|今天|今日|现在)?/;
function causeOfWorldAfter(text: string, index: number, word: string): boolean {
  const from = index + word.length;
  const tail = ZH_FEELING_TAIL.exec(text.slice(from, from + 12))?.[0] ?? '';
  const clause = text.slice(from + tail.length, from + tail.length + ZH_CLAUSE_REACH).split(/[，,。！!？?；;~～]/)[0];
  if (!clause || ZH_SHOP_IN_CLAUSE.test(clause) || ZH_GOODS_SPOILT.test(clause)) return false;
  return ZH_INSTITUTION.test(clause) || ZH_WEATHER_HEAD.test(clause);
}

/**
 * Someone else's feeling told with its own cause or its own audience right after it: 我妈今天好生气 因为邻居吵 (folded from
 * 好嬲 因為鄰居吵), 我老板今天很生气 全公司都不敢说话, 成个office都惊 (folded). The feeling is a story of the feeler's world,
 * whatever the customer asks of the shop next (我张单几时寄出); "我老公很生气，你们什么时候发货" tells neither and may be
 * about the shop. A cause that is the shop's own (因为你们的快递) keeps it.
 */
const ZH_FEELING_END = /^(?:死|炸|爆)?(?:了|啦|呀|啊|哦|喔|咯)*[，,。！!~～]?/;
const ZH_CAUSE_OF_OTHER = new RegExp(`^(?:因为|由于|为了)(?:${ZH_PERSON_PARTY}|${ZH_INSTITUTION_PARTY})[^，,。！!？?；;我你您]{0,3}`);
const ZH_AUDIENCE_OF_OTHER = /^(?:(?:全|整个|成个|一)(?:公司|办公室|office|部门|家|屋|班)(?:的)?(?:人)?|大家|所有人|同事们?|全家人?)(?:都|也)?(?:不敢|怕|惊|吓|躲)[^，,。！!？?；;我你您]{0,3}/;
/** The feeler's cause or audience told right after the feeling, kept with it (awayReasons: 吵, 不敢 are the story's), or null. */
function othersFeelingExplained(after: string): string | null {
  const rest = after.slice(ZH_FEELING_END.exec(after)?.[0].length ?? 0);
  const told = ZH_CAUSE_OF_OTHER.exec(rest) ?? ZH_AUDIENCE_OF_OTHER.exec(rest);
  if (!told || ZH_SHOP.test(told[0])) return null;
  awayReasons.push(told[0]);
  return told[0];
}

function aimedAwayChinese(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 16), index);
  const after = text.slice(index + word.length, index + word.length + 24);
  // Read first, whatever reading below sets the feeling aside, so that the story's own words go with it.
  const othersFeeling = ZH_OTHERS_FEELING.test(before);
  const explained = othersFeeling && othersFeelingExplained(after) !== null;
  if (inTitle(text, index, word.length)) return true;
  if (thirdPartyClause(text, index)) return true;
  if (causeOfWorldAfter(text, index, word)) return true;
  // 约会超雷, 男生迟到还一直滑手机 算了: a day of one's own life, a shrug at someone of it (world-cause.ts).
  if (causedByWorldOrOwnLifeChinese(text, index, word)) return true;
  if (anotherShopsClauseChinese(text, index)) return true;
  if (verdictOnSelfChinese(text, index, word)) return true;
  if (courierAway && courierClause(text, index)) return true;
  if (ZH_OWN_DOER_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return true;
  if (ZH_FAKE.test(word) && ZH_CHANNEL_AFTER.test(after)) return true;
  if (othersFeeling && (explained || !shopNamedBeyondBuying(text, true))) return true;
  const by = ZH_BY_BEFORE.exec(before);
  if (by && (!ZH_SHOP.test(by[1]) || ZH_OTHER_QUALIFIER.test(by[1]))) return true;
  const next = ZH_AFTER.exec(after);
  if (next && ZH_PARTY.test(next[1]) && !ZH_SHOP.test(next[1])) return true;
  if (ZH_SUPPOSED.test(before)) return true;
  const rest = after.replace(/^[^，,。！!？?]{0,4}/, '');
  return !ZH_SHOP.test(before) && (ZH_OWN_DOER.test(rest) || ZH_OWN_SLIP.test(after));
}

/**
 * Every place a complaint word stands is in a clause whose subject is a third party: the courier (courierAway set), a
 * company, an office, the weather, or another shop (對面間舖啲職員態度差到爆 你哋幾點開門: the other shop's staff).
 */
function saidOfThirdParty(lower: string, phrase: string, chinese: boolean): boolean {
  const word = phrase.toLowerCase();
  let index = lower.indexOf(word);
  if (index < 0) return false;
  for (let seen = 0; index >= 0; index = lower.indexOf(word, index + word.length), seen++) {
    if (seen >= MAX_PLACES) return false;
    const third = chinese
      ? (courierAway && courierClause(lower, index)) || thirdPartyClause(lower, index) || anotherShopsClauseChinese(lower, index)
      : (courierAway && courierClauseEnglish(lower, index)) || thirdPartySubjectEnglish(lower, index, word) || anotherShopsClauseEnglish(lower, index);
    if (!third) return false;
  }
  return true;
}

/** Every place the word stands follows a doing of someone of the customer's own circle, with nothing of the shop in it. */
function circleDidItBefore(lower: string, word: string, chinese: boolean): boolean {
  const places: number[] = [];
  for (let index = lower.indexOf(word); index >= 0 && places.length <= MAX_PLACES; index = lower.indexOf(word, index + word.length)) places.push(index);
  if (places.length === 0 || places.length > MAX_PLACES) return false;
  if (chinese ? ZH_SHOP_IN_CLAUSE.test(lower) || /快递|包裹|发货/.test(lower) : /\b(?:you|your|u|ur)\b/.test(lower)) return false;
  return places.every((index) => {
    const before = lower.slice(Math.max(0, index - (chinese ? 24 : 110)), index);
    return chinese ? ZH_OWN_DOER_BEFORE.test(before) : EN_OWN_DOER_BEFORE.test(before);
  });
}

/**
 * The customer themself as the feeling's object after it: 气死我自己了, 恨死自己, 烦死自己 (not 气死我了, which names no
 * one, nor 我自己的订单, the customer's own order).
 */
const ZH_SELF_AFTER = /^(?:死|炸|爆)?(?:我)?自己(?!的)/;

/**
 * The customer's own slip told in the sentence before the feeling, with nothing of the shop's in it: 密码输错太多次被锁了，
 * 要疯了, 入错密码太多次 (Cantonese 入錯, folded), "typed my password wrong five times and got locked out, losing my mind",
 * "ugh forgot my password AGAIN 🙄" (the slip told after a sigh).
 * What the feeling is about is what the customer did.
 */
const ZH_OWN_SLIP_BEFORE = /(?:输|入|打|填|写|买|下|拍|选|点|订|付|按|记|看)错|忘(?:了|记|咗)|手滑|手残|手贱/;
const ZH_SHOP_DOING = /你|您|贵|客服|商家|卖家|店|平台|售后|发错|寄错|漏发|少发|快递|物流/;
const EN_OWN_SLIP_BEFORE =
  /\b(?:i|i've|ive|just)\s(?:(?:accidentally|stupidly|somehow)\s)?(?:typed|entered|put|ordered|clicked|picked|chose|selected|forgot|misspelled|misspelt)\b|(?:^|[,.;:!?]\s?)(?:(?:ugh|argh|omg|sigh|smh|ffs|fml|welp|oops|lol|so|and|then)\s){0,2}(?:typed|entered|put|forgot|misspelled|misspelt|locked myself out)\s(?:my|the|in|of)\b/;
function ownSlipBefore(lower: string, index: number, chinese: boolean): boolean {
  const before = lower.slice(Math.max(0, index - 60), index);
  const sentence = before.slice(Math.max(...['。', '！', '？', '.', '!', '?'].map((mark) => before.lastIndexOf(mark))) + 1);
  if (chinese) return ZH_OWN_SLIP_BEFORE.test(sentence) && !ZH_SHOP_DOING.test(sentence);
  return EN_OWN_SLIP_BEFORE.test(sentence) && !/\b(?:you|your|u|ur|they|them)\b/.test(sentence);
}

/**
 * Every place the word stands is a verdict the customer gives themself ("i'm such an idiot", 我真是个白痴) or a feeling
 * whose object is the customer ("could kick myself", 气死我自己了), in a message that names nothing of the shop beyond
 * asking what it sells: "i'm such an idiot for trusting you" and 你们把我当白痴 stay the shop's.
 */
function aimedAtSelfOnly(lower: string, word: string, chinese: boolean): boolean {
  if (shopNamedBeyondBuying(lower, chinese)) return false;
  const places: number[] = [];
  for (let index = lower.indexOf(word); index >= 0 && places.length <= MAX_PLACES; index = lower.indexOf(word, index + word.length)) places.push(index);
  if (places.length === 0 || places.length > MAX_PLACES) return false;
  return places.every((index) => {
    const after = lower.slice(index + word.length, index + word.length + 24);
    if (ownSlipBefore(lower, index, chinese)) return true;
    if (chinese) return verdictOnSelfChinese(lower, index, word) || ZH_SELF_AFTER.test(after);
    return verdictOnSelfEnglish(lower, index, word) || (EN_SELF_OBJECT.test(after) && !EN_SHOP_ADDRESSED.test(after.split(/[,.;:!?]/)[0]));
  });
}

/**
 * The customer disowns the feeling for the shop in so many words: "nothing to do with you guys", "not your problem
 * though", 跟你们没关系, 不关你们事, Cantonese 同你哋冇關係, 唔關你哋事 (folded), the disclaimers harm-elsewhere.ts reads of a
 * harm; or says at whom it is not aimed: "not aimed at you", 不是说你们, 唔係講你哋 (folded 不是讲你们). The shop is named only
 * to be set aside as the target. The feeling is then aimed away when every clause of the message that neither asks nor
 * disowns names nothing of the shop's (its people, an order, a parcel, a delivery, 你们的…), so that it has nothing of
 * the shop's to be about: "跟你们没关系 但是快递又晚了", "not your fault, but my order is late again" keep it strong.
 */
const EN_NOT_AIMED = /\bnot (?:aimed|directed|meant|pointed) at (?:you|u)\b|\b(?:not|none of) (?:your|ur) (?:issue|concern)\b/;
const ZH_NOT_AIMED = /不是(?:说|讲|针对|冲着?|骂|怪)(?:你们|你|贵店)/;
/** The shop's own, named in a clause that neither asks nor disowns (English). */
const EN_SHOP_NAMED =
  /\b(?:you|your|yours|u|ur|order|orders|ordered|refund|refunds|parcel|parcels|package|packages|delivery|deliveries|courier|couriers|driver|item|items|product|products|shop|store|site|website|app|staff|support|customer service)\b/;
/** A clause that asks, its opening words aside ("anyway do you sell…", "so what's your returns window"). */
const EN_OPENS_ASKING =
  /^(?:(?:anyway|anyways|so|and|but|ok|okay|lol|haha|sorry|just|quick question|question)\s){0,2}(?:how|what|what's|whats|when|where|which|who|can|could|will|would|should|do|does|is|are|any|may|(?:(?:i was|i'm|im|was) )?(?:wondering|checking) (?:if|whether|when|how|what|where|on))\b/;

function disownedForShop(text: string, chinese: boolean): boolean {
  const spaced = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  const disowned = chinese ? [ZH_DISOWNED, ZH_NOT_AIMED] : [EN_DISOWNED, EN_NOT_AIMED];
  if (!disowned.some((pattern) => pattern.test(chinese ? spaced.replace(/ /g, '') : spaced))) return false;
  const strip = (clause: string) => disowned.reduce((rest, pattern) => rest.replace(new RegExp(pattern.source, 'g'), ' '), clause);
  if (chinese) {
    return spaced.split(/[，,。.！!？?；;：:\s~～]+/).every((clause) => !clause || ZH_ASKS.test(clause) || !ZH_SHOP.test(strip(clause)));
  }
  // A clause asks by its opening words, or as the last of a sentence closed by a question mark ("…, when will it come?").
  return spaced.split(/(?<=[.!?\n])\s*/).every((sentence) => {
    const clauses = sentence.split(/[,;:]|\s[-–—]\s/).map((clause) => clause.trim());
    return clauses.every((clause, i) =>
      !clause || EN_OPENS_ASKING.test(clause) || (i === clauses.length - 1 && clause.endsWith('?')) || !EN_SHOP_NAMED.test(strip(clause)),
    );
  });
}

/**
 * With no question, the message still turns to the shop's business when it states a need of it (想取消, 要退, "want to
 * cancel") or closes laughing at itself (哈哈, "lol"): 国足又输了 气得我把刚下单的球衣都想取消了哈哈 is a joke about a match and
 * a wish to cancel. The words of the feeling must still each be aimed away from the shop.
 */
const ZH_NEED_OR_LAUGH = /(?:想|要|需要)(?:取消|退|换|改)|(?:哈{2,6}|呵{2,6}|嘿{2,6}|笑死|😂|🤣)[。！!~～]{0,3}$/;
const EN_NEED_OR_LAUGH = /\b(?:i|we) (?:need|want|wanna|would like|'d like) to (?:cancel|return|change|swap|exchange)\b|(?:\b(?:lol|lmao|haha\w{0,6})|😂|🤣)[.!]{0,3}$/;
function laughsOrNeeds(lower: string, chinese: boolean): boolean {
  return (chinese ? ZH_NEED_OR_LAUGH : EN_NEED_OR_LAUGH).test(lower.trim());
}

/** The emotion, no longer strong when every word of it is aimed away from the shop beside a question it answers. */
/** How the Chinese frames mark a rhetorical question's evidence (sentiment-zh-frames.ts). */
const RHETORICAL = '(rhetorical) ';

export function withoutEmotionAimedElsewhere(
  reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean,
): SentimentReading['emotion'] {
  if (!reading.strong) return reading;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, chinese ? '' : ' ');
  courierAway = courierIsThirdParty(lower, chinese);
  // A complaint word said of a third party, the courier in a first report (快递员太垃圾了 直接扔门口) or an office (楼下邮局的人
  // 态度恶劣), is theirs, as its feeling is: the other kinds, and a complaint of the shop, keep the feeling strong.
  const kept = complaint.complaints.filter((c) => KEEPS.has(c.kind) && !(c.kind === 'complaint' && c.evidence.every((e) => saidOfThirdParty(lower, e, chinese))));
  if (kept.length > 0) return reading;
  // The question's own frame ("…吗…", or a reading across clauses) and a bare interjection ("ugh", 唉) aim at nothing.
  const spoken = reading.evidence.filter((e) => !e.includes('…') && !/[，,。！？?]/.test(e) && !INTERJECTION.test(e.toLowerCase()));
  // An emoji beside feeling words ("my sister is raging… 🙄") rolls its eyes at what they tell: it takes their aim.
  const worded = spoken.filter((e) => !EMOJI_ONLY.test(e));
  const words = worded.length > 0 ? worded : spoken;
  if (words.length === 0) return reading;
  // A question put "A not A" (包裹会不会湿, 还发不发货) asks as 吗 does (question-form.ts).
  if (!(chinese ? ZH_ASKS.test(lower) || asks(lower, true) : EN_ASKS.test(lower)) && !laughsOrNeeds(lower, chinese)) {
    // With no question, only a feeling that is all the doing of someone of the customer's own circle, told before it, is
    // aimed away (我阿妈成日话我乱买嘢 激死): it asks nothing of the shop, and nothing of the shop is in it. So is one the
    // customer aims at themself ("ugh i'm such an idiot, forgot my password AGAIN", 忘记密码了，气死我自己了): telling one's
    // own slip is no reproach of the shop, asked or not.
    // So is one aimed at a party of the world in a message that names nothing of the shop's ("card declined smh. prob my
    // bank being dumb again": the bank), and someone else's feeling the customer disowns for the shop (我老婆被快递气死了，
    // 不关你们事: the wife's, told as news, not a grievance).
    awayTargets = [];
    awayReasons = [];
    // The world's part needs the message to tell a plain matter beside the feeling ("card declined"): "I'm so angry about
    // the traffic today" is the feeling alone, told to the shop, and a person reads it.
    const spaced = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
    const worldAim = !namesShopUnasked(lower, chinese) && !(!chinese && EN_QUESTION_WORD.test(lower)) && plainClauseBeside(spaced, words, chinese);
    return words.every((e) => {
      const word = e.toLowerCase();
      return circleDidItBefore(lower, word, chinese) || aimedAtSelfOnly(lower, word, chinese) || ownFacultyJudged(lower, word, chinese)
        || (worldAim && everyPlaceAimedAway(lower, word, chinese)) || othersFeelingDisowned(lower, word, chinese);
    })
      ? { ...reading, strong: false }
      : reading;
  }
  if (disownedForShop(text, chinese)) return { ...reading, strong: false };
  // "收到短信说账号被锁，是诈骗吗": the fraud word asked of a text in hand, read as a rhetorical "是诈骗吗" too.
  const scamAsked = scamAskedOfReceived(lower, chinese) ? (chinese ? ['诈骗', '骗子', '钓鱼'] : ['scam', 'phishing', 'fraud', 'fake']) : [];
  // "my neighbour got a shock off a cheap charger from some market app, scary stuff": the feeling of another's story
  // with goods bought elsewhere, once its harm was set aside (harm-elsewhere.ts).
  const othersStory = (complaint.inRole ?? []).length > 0 ? othersHarmElsewhereSentences(lower, chinese) : [];
  const named = [...(complaint.inRole ?? []), ...scamAsked, ...othersStory, ...(chinese ? [] : namesInCapitals(text))].map((p) => p.toLowerCase());
  awayTargets = [];
  awayReasons = [];
  // The words aimed at a named target first, so that a word inside that target is read with it.
  const ordered = [...words].sort((a, b) => lower.indexOf(a.toLowerCase()) - lower.indexOf(b.toLowerCase()));
  const aimedAway = ordered.every((e) => {
    const word = e.toLowerCase();
    if (named.some((phrase) => phrase.includes(word))) return true;
    if (word.startsWith(RHETORICAL) && scamAsked.some((phrase) => word.includes(phrase))) return true;
    if (awayTargets.some((target) => target.includes(word))) return true;
    if (awayReasons.some((reason) => reason.includes(word))) return true;
    // "我数学很烂" beside a question: a faculty of the customer's own judged (self-deprecation.ts).
    if (ownFacultyJudged(lower, word, chinese)) return true;
    return everyPlaceAimedAway(lower, word, chinese);
  });
  return aimedAway ? { ...reading, strong: false } : reading;
}

/** Every place the word stands is aimed away (a word said over and over is not read further: it stays strong). */
function everyPlaceAimedAway(lower: string, word: string, chinese: boolean): boolean {
  let index = lower.indexOf(word);
  if (index < 0) return false;
  for (let seen = 0; index >= 0; index = lower.indexOf(word, index + word.length), seen++) {
    if (seen >= MAX_PLACES) return false;
    if (!(chinese ? aimedAwayChinese(lower, index, word) : aimedAwayEnglish(lower, index, word))) return false;
  }
  return true;
}

/** A question word anywhere (English): a question EN_ASKS missed ("so angry at my landlord. anyway how do i return it"). */
const EN_QUESTION_WORD = /\b(?:how|what|what's|whats|where|when|which|why|who|can i|can you|can u|could|do i|do you|any)\b/;

/**
 * A clause of the message holds no word of the feeling, no interjection aside, no party of the world (the feeling's
 * cause), and something of its own: the plain matter told beside the feeling ("card declined smh. prob my bank being dumb
 * again": "card declined"; 银行又抽风了 气死 支付失败: 支付失败).
 */
function plainClauseBeside(lower: string, words: readonly string[], chinese: boolean): boolean {
  const clauses = lower.split(chinese ? /[，,。！!？?；;~～\s]+/ : /[,.;:!?]+/).map((clause) => clause.trim()).filter(Boolean);
  if (clauses.length < 2 || clauses.length > MAX_PLACES) return false;
  return clauses.some((clause, i) => {
    if (!chinese && i > 0 && worldDoing(clauses[i - 1], clause, words)) return true;
    if (words.some((word) => clause.includes(word.toLowerCase()))) return false;
    // The party of the world told is the feeling's cause, not a matter beside it: "气死了 天气太热" is the feeling alone.
    if (chinese ? ZH_INSTITUTION.test(clause) || ZH_WEATHER_HEAD.test(clause) : EN_WORLD_SUBJECT.test(clause)) return false;
    const rest = chinese ? clause : clause.split(' ').filter((w) => !INTERJECTION.test(w)).join(' ');
    return chinese ? rest.length >= 3 : rest.split(' ').filter(Boolean).length >= 2;
  });
}

/**
 * The party of the world's doing, told after its clause with the subject carried ("my bank is being ridiculous, keeps
 * blocking online payments smh"): the verb the lexicon weighs ("blocking") is the matter told, an act done to something
 * (not to "me": "keeps annoying me" is the feeling again).
 */
const EN_CARRIED_DOING = /^(?:(?:and|but|then|now)\s)?(?:keeps|kept|just|always|is|was|has|has been|have been)\s(?:[a-z]{2,10}\s)?([a-z]{2,14}(?:ing|ed))\s(?!(?:me|us|myself)\b)[a-z]{2,14}/;
function worldDoing(previous: string, clause: string, words: readonly string[]): boolean {
  const doing = EN_CARRIED_DOING.exec(clause);
  if (!doing || !worldClause(previous, false)) return false;
  return words.every((word) => !clause.includes(word.toLowerCase()) || word.toLowerCase() === doing[1]);
}

/** The message with the customer's disclaimers for the shop ("not your fault", 不关你们事) blanked out. */
function withoutDisclaimers(lower: string, chinese: boolean): string {
  const disowned = chinese ? [ZH_DISOWNED, ZH_NOT_AIMED] : [EN_DISOWNED, EN_NOT_AIMED];
  return disowned.reduce((rest, pattern) => rest.replace(new RegExp(pattern.source, 'g'), ' '), lower);
}

/**
 * With no question, the shop's own named anywhere outside a disclaimer: its people (you, 你们, 客服), an order, a parcel,
 * a delivery, the courier (EN_SHOP_NAMED, ZH_SHOP). A feeling at a party of the world is aimed away only in a message
 * that has nothing of the shop's it could be about.
 */
function namesShopUnasked(lower: string, chinese: boolean): boolean {
  const rest = withoutDisclaimers(lower, chinese);
  return chinese ? ZH_SHOP.test(rest) : EN_SHOP_NAMED.test(rest);
}

/**
 * Someone else of the customer's circle feels it (我老婆被快递气死了, "my husband is fuming at the courier"), and the
 * customer disowns it for the shop in so many words (不关你们事, 唔關你哋事 folded, "not your fault"): the feeling is told
 * as news of the household, its cause perhaps the courier, and the customer says it is not the shop's to answer for.
 * Every other clause, the disclaimer and a question aside, names nothing of the shop's ("…不关你们事，但是订单又晚了" keeps it).
 */
function othersFeelingDisowned(lower: string, word: string, chinese: boolean): boolean {
  const bare = withoutDisclaimers(lower, chinese);
  if (bare === lower) return false;
  const places: number[] = [];
  for (let index = lower.indexOf(word); index >= 0 && places.length <= MAX_PLACES; index = lower.indexOf(word, index + word.length)) places.push(index);
  if (places.length === 0 || places.length > MAX_PLACES) return false;
  const marks = chinese ? /[，,。！!？?；;~～\s]/ : /[,.;:!?]/;
  const feelingClauses: string[] = [];
  for (const index of places) {
    const before = lower.slice(Math.max(0, index - (chinese ? 16 : 50)), index);
    if (!(chinese ? ZH_OTHERS_FEELING : EN_OTHERS_FEELING).test(before)) return false;
    let start = index;
    while (start > 0 && !marks.test(lower[start - 1]) && index - start < 60) start--;
    let end = index + word.length;
    while (end < lower.length && !marks.test(lower[end]) && end - index < 60) end++;
    feelingClauses.push(lower.slice(start, end));
  }
  let rest = bare;
  for (const clause of feelingClauses) rest = rest.split(clause).join(' ');
  const shop = chinese ? ZH_SHOP : EN_SHOP_NAMED;
  return rest.split(chinese ? /[，,。！!？?；;~～\s]+/ : /[,.;:!?]+/).every((clause) => !clause.trim() || asks(clause, chinese) || !shop.test(clause));
}
