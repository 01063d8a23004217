/**
 * An injury told as the customer's condition, the reason for a purchase, not one a product caused: "I injured my back
 * last year so I need a chair with lumbar support", "recovering from a knee injury, which brace?", "old shoulder injury,
 * is the massager ok for that". The safety rule reads "injury" and "injured" as an incident, which most messages that
 * name one are ("my son was injured by the gate"); a condition is past or lasting, and names nothing of the store's.
 *
 * Any word of a product or of the store as the cause ("your", "from using", "from the", "because of", "broke") keeps it
 * an incident. Only the injury words are set aside.
 */

import { harmElsewhere } from './harm-elsewhere';
import { harmFigured, withoutHarmFigures } from './harm-figure';
import { EN_CAUSE as EN_HOSPITAL_CAUSE, namesHospitalAsPlace } from './hospital-mention';

/**
 * An operation told as what the customer's hospital stay was for, the stay read as a circumstance (hospital-mention.ts:
 * over, ahead, or explaining a parcel, with no cause told): "I had surgery and was in hospital for a week, can I still
 * return the jacket?". The rule reads "had surgery" as harm's outcome ("the puppy needed surgery"), which with no cause
 * and the stay told as the customer's schedule it is not.
 */
const EN_TREATMENT_WORD = /\b(?:surgery|operation)\b/;
function treatmentOfAStay(phrase: string, english: string, chinese: string): boolean {
  return !!english && EN_TREATMENT_WORD.test(phrase) && !EN_HOSPITAL_CAUSE.test(english) && namesHospitalAsPlace(english, chinese);
}

const INJURY_WORD = /\binjur(?:y|ies|ed|ing)\b|^hurt (?:my|his|her) /;
const EN_CONDITION = new RegExp(
  [
    // "I injured my back last year", "hurt my knee skiing years ago".
    String.raw`\b(?:i|he|she|my [a-z]{2,12}) (?:injured|hurt) (?:my|his|her) [a-z]{2,12} (?:[a-z]{1,12} ){0,2}(?:last (?:year|month|summer|winter|spring|autumn)|years ago|months ago|a while (?:back|ago)|ages ago|playing|skiing|running|at work|at the gym|in (?:a|an|the) (?:[a-z]{1,12} )?(?:accident|crash|match|game))\b`,
    // "an old injury", "my knee injury", "recovering from a sports injury", "a back injury".
    String.raw`\b(?:old|previous|past|existing|long-term|chronic|sports|running|work|back|knee|shoulder|neck|ankle|wrist|hip|hamstring|rugby|football|skiing) injur(?:y|ies)\b`,
    String.raw`\brecover(?:ing|ed)? from (?:a|an|my|his|her) (?:[a-z]{1,14} )?injur(?:y|ies)\b`,
  ].join('|'),
);
const EN_CAUSE =
  /\b(?:your|yours|from (?:using|the|it|this|that|these)|because of|due to|caused|by (?:the|it|this|that)|broke|collapsed|snapped|gave way|fell (?:on|off|apart)|after (?:using|the|it))\b/;

/**
 * Any harm the rules read (a bone broken, being sick, hands gone numb, a burn), told as the reason a routine question is
 * asked: "I broke my wrist so typing is slow, how do I change my address?", "I was sick last week and missed the
 * delivery, where is it now?", "after chemo my hands are numb, does the can opener have a warranty?", "recovering from
 * a burn on my hand, buying the oven mitts now". The frame says the harm came first and the purchase or the errand after
 * it: recovering from, after a treatment, a time gone by, "so" with what the customer now needs or cannot do.
 */
const HARM_WORD =
  /\b(?:injur(?:y|ies|ed|ing)|hurt|broke|broken|fractured|sprained|twisted|dislocated|sick|ill|numb|burn|burns|burned|burnt|cut|surgery|operation|peeling|inhaler|epipen|epi-pen|vomiting)\b/;
const EN_HARM_CONTEXT = new RegExp(
  [
    String.raw`\brecover(?:ing|ed)? from\b`,
    String.raw`\b(?:after|since|following|post) (?:my |his |her |the )?(?:chemo(?:therapy)?|radiotherapy|surgery|operation|op|stroke|treatment|hip replacement|knee replacement)\b`,
    String.raw`\bso (?:typing|writing|walking|driving|it's|its|i'm|im|i am|i can't|i cant|i can not|i cannot|i need|i couldn't|i could not|i missed|i have to|i had to)\b`,
    String.raw`\band (?:so )?(?:i |we |she |he |they )?(?:missed|couldn't|could not|can't|cannot|wasn't able to|was not able to)\b`,
    // A time gone by or the customer's own doing: "twisted my ankle last month", "burned my hand cooking (my fault)".
    String.raw`\b(?:last (?:week|month|year|summer|winter|spring|autumn|weekend)|(?:a few |two |three |several |some )?(?:days|weeks|months|years) ago|skiing|snowboarding|cooking|hiking|climbing|cycling|at the gym|playing (?:football|rugby|tennis|netball|basketball|hockey|cricket)|my (?:own )?fault|a while (?:ago|back)|ages ago|this morning|yesterday|the other day|earlier today|haha|lol|chopping|slicing|peeling|gardening|shaving|on (?:my )?(?:tea|coffee|soup|toast|pizza)|at (?:school|work|football|training|the park)|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b`,
    // An everyday cause or condition named: "peeling from sunburn", "sick with flu", "an inhaler for his asthma".
    String.raw`\b(?:from|with) (?:the |a |bad )?(?:sunburn|sun ?burn|flu|a cold|covid|a bug|a virus|norovirus|chemo|eczema|psoriasis|dermatitis|asthma|hay ?fever)\b|\bfor (?:his|her|my|their|our) (?:asthma|allergies|eczema|hay ?fever)\b|\bso missed\b`,
    // What the customer now buys or needs: "so ordering a shower chair", "so she needs a coat".
    String.raw`\bso (?:(?:she|he|we|they|i'm|im|i am) )?(?:ordering|buying|getting|looking for|after|needs?|can't|cannot)\b`,
  ].join('|'),
);
/**
 * A product, the store or a use told as the cause: "your", "from using", "after eating", "by the", "it broke", or a thing
 * as the one that did the harm ("the pan burned my hand while cooking", "it cut me"): the activity beside it is then only
 * when it happened.
 */
const EN_HARM_CAUSE =
  /\b(?:your|yours|you sent|you sold|from (?:using|eating|wearing|the|it|this|that|these)|because of|due to|caused|by (?:the|it|this|that)|(?:it|the [a-z]{2,14}) (?:broke|burned|burnt|scalded|cut|sliced|hurt|injured|pinched|trapped|scratched|stung|zapped)|collapsed|snapped|gave way|exploded|caught fire|shock|fell (?:on|off|apart)|after (?:using|eating|wearing|drinking|opening|the|it|this|that))\b/;
/**
 * What ties the harm to something eaten, worn or used, or asks whether it is safe: "what's in the gummies", "could it
 * be the vitamins", "broke my tooth on one of the nuts". The harm may then be the product's, told before the question.
 */
const EN_HARM_SUSPECTED =
  /\b(?:safe|unsafe|what's in|what is in|ingredients?|could it be|was it|is it the|caused?|eat|ate|eaten|eating|food|snacks?|drink|drank|took|taking|swallowed|wearing|wore|using|used|on (?:one of|a|an|the|your)|refund|replacement)\b/;
const EN_ASKS = /\?|\b(?:how|what|when|where|which|can|could|does|do|is|are|will) (?:i|you|we|it|the|my|they|there|this|these|that)\b|\bwhich (?:ones?|of|is|are|would)\b|\brecommend\b/;

/**
 * The same in Chinese: a harm the rules read, told as past (之前烫伤过手, 上个月崴了脚, 去年摔伤过) and followed by what the
 * customer wants to buy (想买, 推荐, 有没有). A word of the shop or of use as the cause (你们, 用了, 买的, 这个) keeps it an
 * incident.
 */
const ZH_HARM_WORD = /烫伤|烧伤|扭伤|摔伤|割伤|划伤|受伤|骨折|崴|伤到/;
const ZH_PAST = /之前|以前|早前|上个?月|上周|上个?礼拜|上个?星期|去年|上年|旧年|前年|几年前|小时候|年轻时|(?:烫|烧|扭|摔|割|划|受)伤过|骨折过/;
const ZH_WANTS = /想买|想要|要买|推荐|推介|有没有|有冇|有无|有卖|有得卖|有[^，,。！？!?]{1,6}卖|求推荐|适合/;
/**
 * Buying for the harm, said outright: 扭伤了脚，想买个护踝. With it the harm needs no past time (the customer is buying
 * what they need for it); 有没有 alone asks too many things (摔伤了，有没有人管).
 */
const ZH_BUYS_FOR_IT = /想买|要买|想入手|想要(?:个|一个|一对|一副)|求推荐|推荐(?:一下|个|一个|一款)|有(?:得)?卖/;
const ZH_CAUSE = /你们|你哋|贵店|用了|用你|吃了|买的|买嘅|产品|这个|呢个|那个|被|因为|害/;

/**
 * A fire at home told as past (上周家里着火了, 上週家裡廚房小火災 folded), then what the customer wants to buy: the clause
 * before the fire word holds only a time, a place of the home and small words, no product (上周充电宝着火了 names one).
 */
const ZH_FIRE_WORD = /着火|起火|失火|火灾|冒烟|烧着|烧起来/;
const ZH_FIRE_SETTING =
  /上个|前几|前两|礼拜|星期|阵子|之前|以前|我们|我家|家里|厨房|屋企|屋里|房子|房间|楼上|楼下|楼道|小区|隔壁|邻居家|邻居|公司|办公室|车库|仓库|一场|一次|发生了|发生|突然|不小心|差点|[上去前昨今这那个一周月年天我家的里小]/g;

function fireAtHome(phrase: string, chinese: string): boolean {
  if (!ZH_FIRE_WORD.test(phrase)) return false;
  const at = chinese.indexOf(phrase);
  if (at < 0) return false;
  const clause = chinese.slice(Math.max(0, at - 12), at).split(/[，,。！!？?；;\s]/).pop() ?? '';
  return clause.replace(ZH_FIRE_SETTING, '') === '';
}

const chineseHarmWord = (phrase: string, chinese: string) => ZH_HARM_WORD.test(phrase) || fireAtHome(phrase, chinese);

function chineseHarmAsContext(found: readonly string[], chinese: string): boolean {
  const pastThenAsks = ZH_PAST.test(chinese) && (ZH_WANTS.test(chinese) || (ZH_ROUTINE_ASKED.test(chinese) && ZH_ASKS.test(chinese)));
  return !!chinese && found.some((phrase) => chineseHarmWord(phrase, chinese)) && (pastThenAsks || ZH_BUYS_FOR_IT.test(chinese)) && !ZH_CAUSE.test(chinese);
}
/**
 * A routine errand the past harm delayed or changed, asked about: 之前扭傷腳 拖到現在才退貨 還來得及嗎 (a return made late),
 * a return, an exchange, an address or a date changed.
 */
const ZH_ROUTINE_ASKED = /退货|退款|换货|来得及|退货期|过期|改地址|收货地址|取消|延期|延长|改时间/;

/**
 * Harm the rules read, told as the reason for a routine question (see HARM_WORD): the learned safety reading, which
 * leans on the same words ("burn", "hand"), stays out too.
 */
/**
 * A harm the customer lived through once, told with the experiential 过 before a question: 我被诈骗过一次，你们的付款页面
 * 安全吗, 我被烫伤过 这个锅手柄隔热吗, 孩子误吞过磁铁 这款有小零件吗. 过 says it happened before and is over; the clause names
 * nothing of the shop's (你们, 买的, 这个…), and the message asks.
 */
const ZH_LIVED_THROUGH_CAUSE = /你|您|贵|店|买的|买嘅|这个|这款|呢个|呢款|产品|用了|吃了/;
const ZH_ASKS = /[?？吗]|怎么|怎样|如何|哪|能不能|可不可以|可以|是否|有没有|有冇|安不安全|会不会|点样|边款/;

export function livedThroughBefore(phrase: string, chinese: string): boolean {
  if (!chinese || !ZH_ASKS.test(chinese)) return false;
  for (let at = chinese.indexOf(phrase); at >= 0; at = chinese.indexOf(phrase, at + 1)) {
    if (chinese[at + phrase.length] !== '过') return false;
    const clause = chinese.slice(Math.max(0, at - 10), at + phrase.length + 4).split(/[，,。！!？?；;\s]/);
    if (clause.some((part) => part.includes(phrase) && ZH_LIVED_THROUGH_CAUSE.test(part))) return false;
  }
  return chinese.includes(phrase);
}

/** The phrases without a harm lived through before (see livedThroughBefore). */
export function withoutHarmLivedThrough(found: readonly string[], chinese: string): string[] {
  return chinese ? found.filter((phrase) => !livedThroughBefore(phrase, chinese)) : [...found];
}

export function harmToldAsContext(found: readonly string[], english: string, chinese = ''): boolean {
  // Harm said of the customer only as a figure (harm-figure.ts): the learned reading leans on the same words (choked, 晕).
  if (found.length > 0 && found.every((phrase) => harmFigured(phrase, english, chinese))) return true;
  if (found.length > 0 && found.every((phrase) => treatmentOfAStay(phrase, english, chinese))) return true;
  if (chineseHarmAsContext(found, chinese) || (found.length > 0 && harmElsewhere(english, chinese, found))) return true;
  return !!english && found.some((phrase) => HARM_WORD.test(phrase)) && EN_HARM_CONTEXT.test(english) && EN_ASKS.test(english) && !EN_HARM_CAUSE.test(english) && !EN_HARM_SUSPECTED.test(english);
}

/** The safety phrases without an injury told as the customer's condition (see the file's comment). */
export function withoutInjuryAsCondition(found: readonly string[], english: string, chinese = ''): string[] {
  // Harm told as none of the store's doing (harm-elsewhere.ts): at a restaurant, disowned, settled before.
  if (found.length > 0 && harmElsewhere(english, chinese, found)) return [];
  return withoutConditionWords(withoutHarmFigures(found, english, chinese).filter((phrase) => !treatmentOfAStay(phrase, english, chinese)), english, chinese);
}

function withoutConditionWords(found: readonly string[], english: string, chinese: string): string[] {
  if (chineseHarmAsContext(found, chinese)) return found.filter((phrase) => !chineseHarmWord(phrase, chinese));
  if (!english) return [...found];
  if (harmToldAsContext(found, english)) return found.filter((phrase) => !HARM_WORD.test(phrase));
  if (!found.some((phrase) => INJURY_WORD.test(phrase))) return [...found];
  if (!EN_CONDITION.test(english) || EN_CAUSE.test(english)) return [...found];
  return found.filter((phrase) => !INJURY_WORD.test(phrase));
}
