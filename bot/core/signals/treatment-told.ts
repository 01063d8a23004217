/**
 * Harm told by the treatment it needed rather than by the injury: "the GP gave antibiotics", "the pharmacist said it's a
 * reaction", "they put her arm in a cast", 打了点滴, 挂水, 开了抗生素, 拍了片子, 涂了烫伤膏. The safety rule (complaint.ts)
 * reads the injury and the place (burn, stitches, hospital, 急诊); a treatment is as sure a sign, when the message also
 * tells the product's use or the harm's cause (hospital-mention.ts's causes: after, because of, using, ate, wore, 吃, 用了,
 * 戴). Without one, a treatment is the customer's own affair ("I'm on antibiotics, can I drink the kombucha?",
 * 我在打点滴 晚点收货) and stays no incident.
 */
import { allergyIsCondition } from './allergy-condition';
import { EN_CAUSE, ZH_CAUSE } from './hospital-mention';

/** Treatment given: medicine prescribed, a drip, a cast, an X-ray, a burn dressing, a nurse or doctor dressing it. */
const EN_TREATMENT =
  /\b(?:(?:gp|doctor|doc|nurse|pharmacist|dentist|dermatologist|paramedics?|they|hospital) (?:gave|prescribed|put|had to|says|said|thinks|confirmed|diagnosed|dressed|bandaged|x-?rayed|glued|stitched)\b[^.!?]{0,30}\b(?:antibiotics?|steroids?|antihistamines?|cream|infection|reaction|burn|fracture|broken|cast|sling|drip|stitches|glue|dressing|concussion|poisoning|allergy|allergic)|(?:on|given|prescribed|needed|needs|had to take) (?:a course of )?(?:antibiotics|steroids|antihistamines)|(?:put|ended up) (?:on|in) (?:a drip|an iv|a cast|a sling)|(?:arm|leg|wrist|ankle|foot|hand) (?:is |was )?in (?:a )?(?:cast|sling|splint))\b/;
/** 打点滴, 挂水, 输液, 开了抗生素, 拍了片子, 打石膏, 涂了烫伤膏, 医生说是接触性皮炎 (a diagnosis ending in 炎, 疹, 过敏, 中毒). */
const ZH_TREATMENT =
  /打(?:了|咗)?(?:点滴|吊针|吊瓶)|挂(?:了|咗)?(?:水|点滴)|输(?:了|咗)?液|(?:开|吃|用)(?:了|咗)?(?:抗生素|消炎药|激素|抗过敏药|过敏药)|拍(?:了|咗)?(?:片|片子|x光|ct)|打(?:了|咗)?石膏|(?:涂|擦)(?:了|咗)?烫伤膏|(?:医生|大夫|护士|药剂师)(?:说|话|讲|诊断)(?:是|系|为)?[\u4e00-\u9fff]{0,6}(?:过敏|中毒|感染|烫伤|烧伤|骨折|脑震荡|炎|疹)/;

/** The product acting on the body, a cause told as its subject: "these earrings turned my earlobes green". */
const EN_PRODUCT_DID = /\b(?:these|the|this|that|those|your) [a-z]{3,14}(?: [a-z]{3,14})? (?:turned|made|gave|left|caused|burned|burnt|irritated|cut) (?:my|his|her|their|our|me|him|us)\b/;

export function treatmentTold(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english && (EN_CAUSE.test(english) || EN_PRODUCT_DID.test(english))) {
    const hit = EN_TREATMENT.exec(english);
    if (hit) found.push(hit[0]);
  }
  if (chinese && ZH_CAUSE.test(chinese)) {
    const hit = ZH_TREATMENT.exec(chinese);
    // A diagnosis that is the customer's condition (医生说我对羊毛过敏 这件毛衣能退吗), nothing having happened: no harm.
    if (hit && !(hit[0].endsWith('过敏') && allergyIsCondition(chinese))) found.push(hit[0]);
  }
  return found;
}
