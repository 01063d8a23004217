/**
 * An animal's illness told as the reason for an order, beside a routine question: "my cat got sick on the rug so i need
 * the carpet cleaner fast, whats the quickest shipping", "our puppy has been ill all week, how fast is next day
 * delivery", 我家猫咪吐了 想买猫草 最快几天到, 狗狗拉肚子 尿垫可以快点发货吗. The safety rule reads "got sick", 呕吐 and
 * 拉肚子 as an incident, which of a person they usually are (an allergy too: 狗狗过敏 兽医叫换饲料 刚下的订单还可以改吗); of an animal with no cause told, they are the reason
 * something is bought (a cleaner, pads, a bed), and goods bought for an illness did not cause it.
 *
 * The illness word is set aside only when the animal is its subject (named before it in its clause: "my cat got sick",
 * 我家狗狗拉肚子), the message asks something, and nothing in it tells a cause: something eaten, used or worn (after
 * eating, ate, 吃, 用了), the store's goods named as the store's ("the treats you sold me", 你们的猫粮, 买的), a reaction
 * or a poisoning. "my dog got sick after eating the treats you sold me" stays an incident.
 */
import { EN_CAUSE, ZH_CAUSE } from './hospital-mention';
import { asksOrRequests } from './question-form';

/**
 * The rule's phrases of an illness, and a hospital stay (狗狗住院了, "our dog is in hospital"), not an injury: a burn or a
 * cut of an animal may be the goods' doing.
 */
const EN_ILLNESS_PHRASE = /\b(?:sick|ill|poorly|unwell|(?:(?:in|at|to|from) (?:the )?)?hospital|hospitali[sz]ed|allerg\w{0,3}|vomit\w{0,3}|threw up|throw(?:s|ing)? up|diarrh\w{0,4}|stomach ?(?:ache|aches|pains?|cramps|bug|upset))\b/;
const ZH_ILLNESS_PHRASE = /生病|病了|病倒|吐|拉肚子|腹泻|肚子|胃|过敏|住院|入院|(?:住进|进了?|去了?|在)?医院/;

/** An animal named before the illness in its clause: "my cat", "the dog", "our elderly labrador puppy". */
const EN_ANIMAL =
  /\b(?:cats?|kittens?|kitty|dogs?|puppy|puppies|pup|pups|pets?|rabbits?|bunny|hamsters?|guinea pigs?|ferrets?|parrots?|budgies?|birds?|tortoise|horses?|pony|ponies)\b/;
const ZH_ANIMAL = /猫|狗|宠物|兔|仓鼠|豚鼠|鹦鹉|鸟|乌龟|龟/;
/** A person named beside the animal ("my son and the dog", 孩子和狗): the illness may be theirs. */
const EN_PERSON = /\b(?:we|son|daughter|kids?|child|children|baby|toddler|wife|husband|partner|mum|mom|mother|dad|father|family|everyone)\b/;
const ZH_PERSON = /孩子|小孩|儿子|女儿|老公|老婆|妈|爸|家人|全家|大人|我和|我跟/;

/** The store's goods named as the store's (see care-visit.ts for the same reading). */
const EN_STORE_GOODS = /\b(?:your|ur) (?!(?:website|site|app|refunds?|returns?|delivery|shipping|customer service|team|store|shop|system|tracking|policy)\b)|\b(?:you|u)(?: guys)? (?:sold|sent|shipped|made)\b|\bfrom (?:you|u|here)\b/;
const ZH_STORE_GOODS = /(?:你们|你哋|你家|贵店|店家|商家)(?:的|嘅|啲|家|卖|寄|发)(?!发票|客服|退款|订单|配送|快递|物流|网站|官网|app|政策|地址)|买的|买嘅/;

/** An animal's allergy (过敏, "allergic", "allergy"), and goods asked back or refunded (what it may have reacted to). */
const EN_ALLERGY_WORD = /\ballerg\w{0,3}\b/g;
const ZH_ALLERGY_WORD = /过敏/g;
const EN_SENT_BACK = /\b(?:return\w{0,3}|refund\w{0,3}|send (?:it|them) back|money back)\b/;
const ZH_SENT_BACK = /退/;

/** The clause before the phrase's first place in the text. */
function clauseBefore(text: string, phrase: string, stops: RegExp): string {
  const at = text.indexOf(phrase);
  if (at < 0) return '';
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  return text.slice(start, at);
}

/**
 * A hospital named as the animal's, in every place it stands: 宠物医院, 动物医院, "the animal hospital", "the pet hospital"
 * (a vet's). The animal is the one in care, as when it is named before its illness (狗狗生病了 一直在宠物医院).
 */
const EN_ANIMAL_HOSPITAL = /\b(?:animal|pet|vet|vets|veterinary|emergency vet) (?:hospital|clinic)\b/g;
// And its clinic (宠物诊所, 动物诊所, 兽医诊所), which the rule reads as 诊所.
const ZH_ANIMAL_HOSPITAL = /(?:宠物|动物|兽医?)(?:医院|诊所)/g;
function animalHospital(phrase: string, text: string, chinese: boolean): boolean {
  const [word, place] = chinese ? [/^(?:在|去了?|进了?)?(?:医院|诊所)$/, ZH_ANIMAL_HOSPITAL] : [/^(?:(?:in|at|to|from) (?:the )?)?(?:hospital|clinic)$/, EN_ANIMAL_HOSPITAL];
  if (!word.test(phrase) || !place.test(text)) return false;
  place.lastIndex = 0;
  // Read out of the text, the animal's hospital leaves no hospital or clinic of a person's behind.
  return !(chinese ? /医院|诊所/ : /\b(?:hospital|clinic)/).test(text.replace(place, ' '));
}

function englishAnimalIll(phrase: string, english: string): boolean {
  if (animalHospital(phrase, english, false)) return true;
  const before = clauseBefore(english, phrase, /[,.;:!?]/);
  return EN_ILLNESS_PHRASE.test(phrase) && EN_ANIMAL.test(before) && !EN_PERSON.test(before);
}
function chineseAnimalIll(phrase: string, chinese: string): boolean {
  if (animalHospital(phrase, chinese, true)) return true;
  const before = clauseBefore(chinese, phrase, /[，,。！!？?；;\s]/).slice(-8);
  return ZH_ILLNESS_PHRASE.test(phrase) && ZH_ANIMAL.test(before) && !ZH_PERSON.test(before);
}

/** The safety phrases without an animal's illness told, with no cause, beside a question (see the file's comment). */
export function withoutAnimalIllness(found: readonly string[], english: string, chinese: string): string[] {
  // An allergy names a reaction, which the cause readers take for a cause told; the animal's own allergy is no cause of
  // anything, and is read out of the message before they read it. Goods asked back beside it may be what it reacted to.
  const enRest = english.replace(EN_ALLERGY_WORD, ' ');
  const zhRest = chinese.replace(ZH_ALLERGY_WORD, '');
  const enReads = !!english && asksOrRequests(english, false) && !EN_CAUSE.test(enRest) && !EN_STORE_GOODS.test(english) && (enRest === english || !EN_SENT_BACK.test(english));
  const zhReads = !!chinese && asksOrRequests(chinese, true) && !ZH_CAUSE.test(zhRest) && !ZH_STORE_GOODS.test(chinese) && (zhRest === chinese || !ZH_SENT_BACK.test(chinese));
  if (!enReads && !zhReads) return [...found];
  return found.filter((phrase) =>
    /[\u4e00-\u9fff]/.test(phrase) ? !(zhReads && chineseAnimalIll(phrase, chinese)) : !(enReads && englishAnimalIll(phrase, english)),
  );
}

/**
 * An animal at the vet's, told as the setting of a routine question: "My pug is at the vet for his teeth, poor baby. Is
 * the dog bed in large back in stock yet?", "my cat is at the vets for a checkup", 我家狗狗去看兽医了 请问狗粮什么时候到货,
 * 我家貓咪在寵物診所洗牙 (folded 宠物诊所). The vet is the animal's care, as an animal hospital is (whatever the breed is
 * called: a pug, a labrador, a 柯基), and it holds no incident by itself. It is read so only when the message asks, tells
 * no cause (EN_CAUSE, ZH_CAUSE: eating, using, because, 吃, 用了), names nothing of the store's ("your treats", 你们的狗粮,
 * 买的) and tells no hurt beside the visit (a cut, a burn, swallowed, choking): "my dog is at the vet after eating your
 * treats" stays an incident.
 */
const EN_VET = /\b(?:(?:at|to|from|in) (?:the |our |my )?(?:vet|vets|vet's|veterinarian|veterinarian's|veterinary (?:clinic|surgery|practice))|vet (?:visit|appointment|appt|check-?up|clinic|surgery))\b/;
const ZH_VET = /看兽医|睇兽医|兽医(?:那|那里|诊所|院)?|(?:宠物|动物)(?:诊所|医院)/;
const EN_VET_HURT = /\b(?:hurt|injur\w{0,4}|cut|cuts|burn\w{0,3}|scald\w{0,3}|bleed\w{0,3}|blood|swallow\w{0,3}|chok\w{0,3}|poison\w{0,4}|toxic|rash|shock\w{0,3}|broke|broken|fractur\w{0,3}|stuck in (?:his|her|its|their) (?:throat|mouth|stomach))\b/;
const ZH_VET_HURT = /伤|割|烫|烧|流血|出血|吞|卡住|噎|中毒|过敏|骨折|触电|电到/;

export function animalAtVetTold(english: string, chinese: string): boolean {
  if (chinese) {
    return ZH_VET.test(chinese) && asksOrRequests(chinese, true) && !ZH_CAUSE.test(chinese) && !ZH_STORE_GOODS.test(chinese) && !ZH_VET_HURT.test(chinese) && !(english && EN_STORE_GOODS.test(english));
  }
  return !!english && EN_VET.test(english) && asksOrRequests(english, false) && !EN_CAUSE.test(english) && !EN_STORE_GOODS.test(english) && !EN_VET_HURT.test(english);
}

/** Every safety phrase read was an animal's illness set aside (the learned safety reading stays out too). */
export function animalIllnessTold(found: readonly string[], english: string, chinese: string): boolean {
  return found.length > 0 && withoutAnimalIllness(found, english, chinese).length === 0;
}
