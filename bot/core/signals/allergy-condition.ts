/**
 * An allergy told as who the customer is, not as a reaction a product caused: "我对花生过敏 这个饼干有花生吗", "孩子对牛奶
 * 过敏 这款奶粉能喝吗", "我是过敏体质 这个面霜适合吗". The safety rule reads 过敏 as an incident ("用了以后过敏了", "宝宝喝了奶粉
 * 过敏进医院"), and a reaction is what most messages that name it mean; English says the condition in other words ("I'm
 * allergic to wool"), which the rule does not read.
 *
 * A condition: "对…过敏" or "过敏体质" or "容易过敏", with nothing that happened (过敏了, 吃了, 用了, 之后, 起了, 出现). Only 过敏 is set
 * aside: "我对花生过敏 吃了你们的饼干呼吸困难" is still an incident by its other words, and by 吃了 this reading does not apply.
 */

const ALLERGY_WORD = /^过敏$/;
const ZH_CONDITION = /对[^，。！？\s]{1,10}过敏(?!了)|过敏体质|容易过敏|有过敏(?:史|症)/;
const ZH_HAPPENED = /过敏了|吃了|喝了|用了|涂了|擦了|戴了|穿了|抹了|之后|以后|后来|起了|出现|发作|导致|引起|害得|红肿|疹|痒|肿|进了?医院|住院|吃完|用完|喝完/;

/** Whether the message tells an allergy as the customer's condition, nothing having happened (see the file's comment). */
export function allergyIsCondition(chinese: string): boolean {
  return ZH_CONDITION.test(chinese) && !ZH_HAPPENED.test(chinese);
}

/** The safety phrases without 过敏 told as the customer's condition (see the file's comment). */
export function withoutAllergyAsCondition(found: readonly string[], chinese: string): string[] {
  if (!chinese || !found.some((phrase) => ALLERGY_WORD.test(phrase))) return [...found];
  if (!ZH_CONDITION.test(chinese) || ZH_HAPPENED.test(chinese)) return [...found];
  return found.filter((phrase) => !ALLERGY_WORD.test(phrase));
}
