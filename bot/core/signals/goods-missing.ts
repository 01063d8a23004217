/**
 * Goods told as missing from the order: "the charger wasn't in the box", "only 3 of the 4 chairs arrived", 充电器没在盒子里
 * 只有手机壳, 四把椅子只到了三把, 少了一个盖子. A thing that did not come hurt no one: the learned safety reading leans on the
 * goods' own words (充电, 器, charger) and reads a missing charger as one that caught fire. With a word of harm anywhere
 * (烫, 冒烟, 受伤, "burned", "hurt") the message is read as before.
 */

const EN_MISSING =
  /\b(?:missing|(?:wasn't|wasnt|isn't|isnt|weren't|werent|aren't|arent|was not|is not|were not|are not|not) (?:in|inside|included|there)|only (?:\d{1,3}|one|two|three|four|five|half) (?:of|came|arrived)|(?:didn't|didnt|did not) come with|never came with)\b/;
const EN_HARM = /\b(?:hurt|injur\w{0,4}|burn\w{0,3}|fire|smok\w{1,3}|shock\w{0,3}|cut|blood|bleed\w{0,3}|hospital|rash|swallow\w{0,3}|chok\w{1,3}|spark\w{0,3}|melt\w{0,3})\b/;

const ZH_MISSING =
  /(?:没|不|唔)(?:有)?(?:在|放在|放进|装在|喺)[^，,。！!？?]{0,4}(?:盒|箱|包裹|袋)|少了|缺了|漏发|少发|漏寄|少寄|只有[^，,。！!？?]{1,8}|只收到|只到了|没给|冇俾|冇咗|少咗/;
const ZH_HARM = /伤|烫|烧|火|烟|电到|触电|电了|麻了|血|疼|痛|医|肿|过敏|吞|呛|爆/;

/** The message tells goods missing from the order, and no harm anywhere. */
export function goodsMissing(english: string, chinese: string): boolean {
  if (chinese) return ZH_MISSING.test(chinese) && !ZH_HARM.test(chinese) && !EN_HARM.test(english);
  return !!english && EN_MISSING.test(english) && !EN_HARM.test(english);
}
