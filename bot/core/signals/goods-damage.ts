/**
 * A wound word said of the goods, not of a body: 桌子刮伤了一点, 桌面有刮伤, 沙发划伤了, 锅底烧焦了, 面包烤焦了. The safety rule
 * reads 刮伤, 划伤 and 烧焦 as an injury or a fire, which they are said of a hand or a socket; said of a table top, a
 * screen or the bottom of a pot they are a scratch or a pan used on a hob, damage to the goods the shop answers.
 *
 * Only when every place the word stands in has the goods right before it, and the message names no body, no one hurt
 * and no fire: 孩子的手被桌子刮伤了, 锅底烧焦了还冒烟 stay incidents.
 */

/** The goods or a surface of them: furniture, a screen, a case, a pot and what is cooked in it. */
const ZH_GOODS =
  /(?:桌子|桌面|台面|桌|椅子|椅|沙发|柜子|柜门|柜|衣柜|床架|床头|地板|木板|门板|屏幕|屏|表面|漆面|漆|皮面|皮|镜面|镜子|外壳|壳|手机|电脑|箱子|箱|家具|车身|表带|表盘|镜头|锅底|锅|锅子|底部|饭|面包|吐司|饼)(?:上|面|边|角|那里|这里)?(?:有|被|都|给|也|又|还)?(?:一点|一些|几道|一道|一条|几条|好多)?$/;
/** A body, someone hurt, or fire: the word is an incident after all. */
/** 手 of a body, not 二手 (second-hand) nor 手机, 手柄 (goods). */
const ZH_HARMED = /(?<![二拉把扶洗提新对老])手(?![机柄套表提续])|脚|腿|脸|皮肤|胳膊|手臂|手指|身上|孩子|小孩|宝宝|儿子|女儿|老人|受伤|流血|出血|医院|急诊|缝针|起火|着火|冒烟|火花|火苗/;
const DAMAGE_WORD = /^(?:刮伤|划伤|烧焦|烧黑|烤焦)$/;

function ofGoodsEverywhere(phrase: string, chinese: string): boolean {
  let any = false;
  for (let at = chinese.indexOf(phrase); at >= 0; at = chinese.indexOf(phrase, at + 1)) {
    any = true;
    if (!ZH_GOODS.test(chinese.slice(Math.max(0, at - 10), at))) return false;
  }
  return any;
}

/** The safety phrases without a wound word said of the goods (see the file's comment). */
export function withoutDamageToGoods(found: readonly string[], chinese: string): string[] {
  if (!chinese || ZH_HARMED.test(chinese)) return [...found];
  return found.filter((phrase) => !(DAMAGE_WORD.test(phrase) && ofGoodsEverywhere(phrase, chinese)));
}

/**
 * Goods told broken and no one hurt: 外箱到的時候就破了 裡面的杯子也裂了 (folded: 破了破损 … 裂了破损), "the box arrived
 * crushed and the plate inside is cracked". The learned safety reading leans on the words of breakage and arrival
 * (破损 · 时候 · 到), as a story of harm is told with them; without a body, someone hurt, a wound or fire it is damage to
 * the goods, a problem the shop answers (complaint.ts sets the learned safety reading aside). The fold names every
 * broken state 破损 (chinese-concepts.ts), so one word reads 破了, 裂开, 碎了, 压扁了 in any script.
 */
const ZH_BROKEN = /破损/;
/** Harm beyond the body words of ZH_HARMED: a wound, pain, a burn, a shock, a swallowed piece, a doctor. */
const ZH_HURT = /伤|血|痛|疼|烫|割|刺|扎到|踩到|划到|刮到|触电|电到|电亲|漏电|过敏|中毒|呛|窒息|吞|晕|肿|住院|医生|急救|救护车|爆炸|烧/;
const EN_BROKEN = /\b(?:broken|broke|cracked|chipped|smashed|shattered|crushed|dented|squashed|snapped|split|damaged|busted|torn)\b/;
const EN_HARMED =
  /\b(?:hand|hands|finger|fingers|thumb|wrist|arm|arms|leg|legs|foot|feet|toe|toes|face|eye|eyes|skin|mouth|lip|lips|head|me|myself|him|her|child|children|kid|kids|son|daughter|baby|toddler|wife|husband|someone|somebody|hurt|hurts|injur\w{0,4}|cut|cuts|bleed\w{0,3}|blood\w{0,2}|bled|stitch\w{0,3}|burn\w{0,3}|scald\w{0,3}|shock\w{0,3}|hospital|a&e|doctor|gp|fire|smoke|smoking|sparks?|flames?|melt\w{0,3}|exploded|explosion|swallow\w{0,3}|chok\w{0,3}|rash|allerg\w{0,3}|stepped|boiling)\b/;

export function goodsDamagedUnharmed(english: string, chinese: string): boolean {
  if (chinese) return ZH_BROKEN.test(chinese) && !ZH_HARMED.test(chinese) && !ZH_HURT.test(chinese) && !(!!english && EN_HARMED.test(english));
  return !!english && EN_BROKEN.test(english) && !EN_HARMED.test(english);
}
