/**
 * A harm told as the customer's reason for a routine errand, whoever it befell (circumstance-cue.ts).
 *
 * Someone else's stay, fall or fever is the customer's reason when the one hurt is said to be fine ("(he's fine)", 没事),
 * when the customer has taken the errand over ("it's fallen to me", 平时都是他下单), when something was bought for it
 * after (发烧 买了个体温计: goods bought for an illness did not cause it), or when the message tells what it does to the
 * errand: no one home to take the parcel in, the customer at the bedside (errand-consequence.ts). Goods asked back
 * untouched ("it's unused and still boxed", 还没拆封) caused nothing: "I fractured my wrist, so I can't lift the pan I
 * bought from you, it's still boxed, can I return it?" names the goods as the store's without blaming them. And the hurt
 * may be given as the reason the customer cannot do a thing themself ("because my thumbs are numb", 摔伤了手 所以没法自己寄).
 *
 * A bodily harm of the customer's own whose clause tells its own cause, an activity as its occasion ("burned my hand
 * cooking dinner", 打球把手指弄骨折了, 打波整亲只脚: harm-own-cause.ts), is the customer's circumstance too, any harm
 * word the rules read (a burn, a cut, 整亲), not only the cues of harm-cue.ts.
 */
import { harmLeadsToErrand } from './errand-consequence';
import { EN_OTHER, ZH_OTHER, placeOf } from './harm-cue';
import { EN_DISOWNED, ZH_DISOWNED } from './harm-elsewhere';
import { harmHasOwnCause, isBodilyHarm } from './harm-own-cause';
import { unused } from './store-link';

/**
 * Someone else's illness or hurt may be the goods' doing, and stays with the rules, unless the message tells it as the
 * customer's reason for the errand: the one hurt is said to be fine ("(she's fine)", 没事) or recovered, the harm past
 * ("he's out of hospital and recovering well", 已经出院了恢复挺好, 而家好返啦), the customer has taken the errand over
 * ("it's fallen to me", 平时都是他下单, 只能我来), or something was bought for it after (买了个体温计, "so I bought a
 * humidifier"): goods bought for an illness did not cause it.
 */
const EN_OTHER_FINE =
  /\b(?:he|she|they|i)(?:'s|s| is|'re|re| are|'m|m| am) (?:fine|ok|okay|alright|all right|doing (?:fine|ok|okay|well)|better|recovered|recovering|on the mend)\b|\b(?:no harm done|nothing serious|all better|fully recovered|(?:has|have|had) recovered|all healed|healed up|back on (?:my|his|her|their) feet|out of (?:the )?hospital)\b/;
/** Fine, or recovered: 没事, 好返了 / 好了 (Cantonese folded), 康复, 痊愈, 恢复得挺好, 已经出院. */
const ZH_OTHER_FINE = /没事|没什么事|没什么大碍|没大碍|无大碍|冇事|冇咩事|不严重|(?:已经|现在|早就|都)(?:完全)?好(?:返|番|晒|了)|康复|痊愈|恢复(?:得|的)?(?:挺|很|不错|良好|得好|好)|已经出(?:了|咗)?院/;
const EN_TAKEN_OVER =
  /\b(?:fallen|falls|fell|left|down) to me\b|\b(?:it's|its|it is) (?:on|up to) me\b|\bon (?:his|her|their) behalf\b|\b(?:i'm|im|i am) (?:doing|ordering|sorting|handling|buying|shopping)(?: [a-z]{2,10}){0,3} for (?:him|her|them)\b|\b(?:usually|normally) (?:does|do|handles|sorts|orders)\b/;
const ZH_TAKEN_OVER = /(?:只能|换|轮到|改由|得)我|我(?:来|替|帮|代)(?:他|她|佢)?(?:下单|买|网购|处理|弄|操作|订)|(?:平时|平常|一般|通常)都?是(?:他|她|佢)/;
const EN_BOUGHT_FOR = /\b(?:so (?:i|we) (?:bought|ordered|got)|(?:bought|ordered|got) (?:a|an|some|the) (?:[a-z-]{2,14} ){0,3}for (?:it|him|her|them))\b/;
const ZH_BOUGHT_FOR = /买了|买个|买咗|入了|订了/;

/**
 * The hurt given as the reason the customer cannot do a thing themself ("because my thumbs are numb from the cold, can
 * someone call me", "fractured my wrist, so I can't lift the pan", 因为扭伤了脚 去不了驿站, 摔伤了手 所以没法自己寄).
 */
const EN_REASON_WORD = /\b(?:because|cos|cuz|coz|since|as)\b/;
// What follows from the hurt: "so I can't", "so cant get to", or "so we need to" (the errand the hurt brings about).
const EN_CANNOT =
  /\bso (?:(?:i|we) )?(?:can't|cant|cannot|can not|couldn't|couldnt|won't be able|wont be able|am unable|'m unable|am not able|'m not able|need to|have to|had to|'ll have to|will have to|must)\b/;
const ZH_REASON_WORD = /因为/;
const ZH_CANNOT = /^(?:所以|搞到|弄得|害我)?(?:没法|没办法|不能|去不了|拿不了|搬不动|走不了|出不了门|动不了|唔可以|冇办法)|^所以(?:要|得|需要|只能|想)/;

/** The part of `before` in its sentence (EN) or clause (ZH): after its last stop. */
function sinceStop(before: string, stops: RegExp): string {
  let at = before.length;
  while (at > 0 && !stops.test(before[at - 1])) at--;
  return before.slice(at);
}

/** The hurt given as the reason: a reason word before it in its sentence, or "so I can't" / 没法 soon after it. */
function givenAsReason(before: string, after: string, chinese: boolean): boolean {
  if (chinese) {
    if (ZH_REASON_WORD.test(sinceStop(before.slice(-12), /[，,。！!？?]/))) return true;
    const next = after.slice(0, 16);
    for (let at = 0; at <= 12 && at < next.length && !/[。！!？?]/.test(next[at]); at++) if (ZH_CANNOT.test(next.slice(at))) return true;
    return false;
  }
  if (EN_REASON_WORD.test(sinceStop(before.slice(-50), /[.!?]/))) return true;
  const stop = after.search(/[.!?]/);
  return EN_CANNOT.test(after.slice(0, Math.min(stop < 0 ? after.length : stop, 70)));
}


export function toldAsReason(text: string, phrase: string, chinese: boolean): boolean {
  const [fine, takenOver, boughtFor] = chinese ? [ZH_OTHER_FINE, ZH_TAKEN_OVER, ZH_BOUGHT_FOR] : [EN_OTHER_FINE, EN_TAKEN_OVER, EN_BOUGHT_FOR];
  if (fine.test(text) || takenOver.test(text) || unused(text, chinese)) return true;
  if (harmLeadsToErrand(text, chinese)) return true;
  const [at, end] = placeOf(text, phrase);
  if (at < 0) return false;
  const [before, after] = [text.slice(Math.max(0, at - 60), at), text.slice(end)];
  if (givenAsReason(before, after, chinese)) return true;
  return boughtFor.test(after);
}

/**
 * A bodily harm of the customer's own (no one else named before it in its clause) whose clause tells an activity as its
 * occasion: "burned my hand cooking dinner", 做饭烫到手了, 打波整亲只脚 (harm-own-cause.ts).
 */
export function ownCauseTold(text: string, phrase: string, chinese: boolean): boolean {
  if (!isBodilyHarm(phrase, chinese)) return false;
  const [at, end] = placeOf(text, phrase);
  if (at < 0) return false;
  const stops = chinese ? /[，,。！!？?；;\s]/ : /[,.;!?]/;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  let stop = end;
  while (stop < text.length && !stops.test(text[stop])) stop++;
  if ((chinese ? ZH_OTHER : EN_OTHER).test(text.slice(start, at))) return false;
  // "burnt my hand on the oven (my fault not yours haha)", 切菜切到手 我自己不小心: the customer's own word that the
  // store had no part (harm-elsewhere.ts's disclaimers) tells the cause as well as an activity does.
  return harmHasOwnCause(text, at, end, start, stop, chinese) || (chinese ? ZH_DISOWNED : EN_DISOWNED).test(text);
}

/**
 * Someone's treatment told as over and going well, beside a routine question: "my husband had hip surgery two weeks
 * ago, he's home now and doing well. do you have raised toilet seats?", 我先生上個月開刀 現在已經出院在家休養 恢復得不錯
 * 請問可以加送禮卡片嗎. The learned safety reading leans on the operation and the person (surgery · he · now); told as past
 * and recovered, with nothing tying it to the goods (caused, because of, after using, 因为, 用了), it is the customer's
 * news, the reason or the setting of the errand, not an incident.
 */
const EN_RECOVERED_NOW =
  /\b(?:(?:is|'s|s|are|'re|am|'m) (?:now |finally |back )?home(?: now)?|home now|back home|doing (?:well|great|fine|good|ok|okay|much better)|recover(?:ed|ing) (?:well|nicely|fine|great)|fully recovered|on the mend|all healed|healed (?:up|well|nicely)|out of (?:the )?hospital|went (?:well|fine|great|smoothly))\b/;
const EN_TREATMENT_PAST = /\b(?:had|has had|underwent|went through|got) (?:(?:his|her|their|my|a|an|the|some|major|minor|emergency) )?(?:[a-z-]{2,12} ){0,2}(?:surgery|operation|op|procedure|replacement|transplant|treatment|stitches)\b/;
const EN_TIED_TO_GOODS = /\b(?:because of|caused|due to|after using|from using|fault|your (?:product|item|chair|bed|heater|charger|device))\b/;
const ZH_RECOVERED_NOW = /恢复(?:得|的)?(?:挺|很|不错|良好|得好|好)|康复|痊愈|已经出(?:了|咗)?院|出院了|在家休养|回家(?:休养|了)|(?:已经|现在)(?:完全)?好(?:返|番|晒|了|多了)|没事了|冇事了/;
const ZH_TREATMENT_PAST = /(?:做了|做咗|动了|开了|开完|做完)(?:[^，,。！!？?]{0,6})?(?:手术|刀)|开刀|手术(?:后|完|很成功|成功)/;
const ZH_TIED_TO_GOODS = /因为(?:你们|用了|这个)|用了你们|导致|害(?:得)?(?:他|她|我)/;

export function treatmentRecoveredTold(english: string, chinese: string): boolean {
  if (chinese) return ZH_TREATMENT_PAST.test(chinese) && ZH_RECOVERED_NOW.test(chinese) && !ZH_TIED_TO_GOODS.test(chinese);
  return !!english && EN_TREATMENT_PAST.test(english) && EN_RECOVERED_NOW.test(english) && !EN_TIED_TO_GOODS.test(english);
}

/**
 * Care asked for an illness: what medicine to take or give, whether a drug is safe, how to bring a fever down ("my son
 * has a fever, what medicine should I give him?", "is it ok to give her ibuprofen", 小孩发烧了 吃什么药好, 小朋友發燒 要吃
 * 什麼藥 folded, Cantonese 我个仔发烧 应该食咩药好). The illness is told as the reason for the question, as a parcel's
 * delay is told for a routine one: the customer asks what to do about it, not for the store to answer for it. What the
 * store can say is that it gives no medical advice (out of scope), not that a person must take over. The caller
 * (circumstance-cue.ts) reads whether anything of the store's is linked to the illness (吃了你们的饼干, "after eating your
 * cookies"): then it is an incident whatever is asked.
 */
const EN_CARE_ASKED = new RegExp(
  [
    String.raw`\bwhat (?:kind of |sort of |type of )?(?:medicine|medication|meds|tablets|pills|drugs?|remedy|remedies|dose|dosage|syrup)\b`,
    String.raw`\bwhich (?:medicine|medication|meds|tablets|pills|drugs?|remedy|syrup)\b`,
    String.raw`\bwhat (?:should|can|could|do|would) (?:i|we) (?:give|take)\b`,
    String.raw`\b(?:is it (?:ok|okay|safe|fine|alright)|(?:can|should|could) (?:i|we)) (?:to )?(?:give|take) (?:him|her|them|my|our|a|an|the|some|kids|children|babies|toddlers|calpol|ibuprofen|paracetamol|tylenol|advil|motrin|nurofen|aspirin|antibiotics|cough syrup)\b`,
    String.raw`\bhow (?:do|can|should|could) (?:i|we) (?:bring down|bring (?:his|her|their|the|a) (?:fever|temperature) down|lower|treat|reduce|soothe|ease|help with)\b`,
    String.raw`\b(?:should|do) (?:i|we) (?:take (?:him|her|them) to|see|call) (?:a |the )?(?:doctor|gp|hospital|a&e)\b`,
  ].join('|'),
);
/** 吃什么药, 食咩药 (folded), 哪种药, 退烧药…哪个好, 可以吃布洛芬吗, 怎么退烧, 要不要看医生. */
const ZH_CARE_ASKED =
  /(?:什么|甚么|咩|啥|哪种|哪个|哪款|乜|乜嘢)(?:的)?(?:药|藥)|(?:药|藥)[^，,。！!？?]{0,6}(?:哪|什么|咩|啥|好不好|有没有用|有冇用|可以吗|得唔得)|(?:可以|能|能不能|可不可以|要不要|应该|应唔应该)(?:给(?:他|她|孩子|宝宝|小孩)?)?(?:吃|食|服|喝)(?:药|藥|退烧|布洛芬|美林|泰诺|感冒|止咳|益生菌)|(?:怎么|怎样|如何|点样|点)(?:样)?(?:退烧|降温|止咳|止吐|止泻|缓解|护理|处理好)|要不要(?:去)?(?:看|睇)医生|(?:看|睇)医生(?:好|比较好)?(?:吗|嗎|呢|好唔好)/;

/** The message asks what to take or do for an illness (see the comment above). */
export function careAdviceAsked(text: string, chinese: boolean): boolean {
  return chinese ? ZH_CARE_ASKED.test(text) : EN_CARE_ASKED.test(text);
}
