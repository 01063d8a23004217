/**
 * A container that burst on the way, no one hurt: "hot sauce arrived and one bottle exploded in the box lol everything
 * sticky", "a can of soda blew up in the package", 酱油瓶在快递箱里爆开了, 那罐汽水在箱子裡爆開了 (folded 箱子里爆开了). The
 * safety rule reads "exploded", "blew up", 炸了 as a blast, which they are said of a battery, a charger or a gas canister,
 * or where someone was hurt; said of a bottle, a jar or a can inside the parcel, they are pressure or a knock in
 * transit: goods damaged on the way, a problem the shop answers (the shipping-damage article).
 *
 * Read only when all hold: a container or a drink/food in one named; the burst placed in the parcel or on its way (in
 * the box, in transit, arrived, 箱子里, 快递里, 路上, 收到); nothing of a body, someone hurt, glass in a wound, fire or smoke;
 * and nothing that bursts as a hazard (a battery, a power bank, a charger, a vape, an aerosol, gas). "the power bank
 * exploded in my hand" and "the bottle exploded and glass cut my son's face" stay incidents.
 */

const EN_BURST = /^(?:explod(?:e|ed|es|ing)|explosion|blew up)$/;
const EN_CONTAINER =
  /\b(?:bottles?|jars?|cans?|tins?|cartons?|pouch(?:es)?|sachets?|packets?|tubs?|sauces?|soda|pop|beer|wine|kombucha|juice|drinks?|champagne|prosecco|cider|jam|pickles?|kimchi|shampoo|lotion|honey|syrup|oil|vinegar|soy sauce)\b/;
const EN_ON_THE_WAY =
  /\b(?:in (?:the |my |its )?(?:box|package|parcel|packaging|shipping box|shipment|mail|post|delivery|carton)|in transit|during (?:shipping|transit|delivery)|on (?:the|its) way|arrived|came|delivered|got here|opened the (?:box|package|parcel))\b/;
/** A body, someone hurt, fire, or a thing that bursts as a hazard: the burst stays an incident. */
const EN_HAZARD =
  /\b(?:hand|hands|finger|fingers|thumb|wrist|arm|arms|leg|legs|foot|feet|face|eye|eyes|skin|mouth|head|child|children|kid|kids|son|daughter|baby|toddler|wife|husband|dog|cat|someone|somebody|hurt|hurts|injur\w{0,4}|cut|cuts|bleed\w{0,3}|blood\w{0,2}|bled|stitch\w{0,3}|burn\w{0,3}|scald\w{0,3}|hospital|a&e|doctor|fire|smoke|smoking|sparks?|flames?|battery|batteries|power ?bank|charger|vape|e-?cig\w{0,8}|aerosol|spray can|gas|canister|propane|butane|lithium|phone|laptop|fragments?|shrapnel|nearly|almost|could have)\b/;

const ZH_BURST = /^(?:爆炸|炸了|炸裂|炸开|爆开|爆了)$/;
const ZH_CONTAINER = /瓶|罐|罐头|易拉罐|酱|饮料|汽水|可乐|啤酒|酒|果汁|牛奶|酸奶|蜂蜜|油|醋|袋|盒|包装/;
const ZH_ON_THE_WAY = /箱子?里|箱内|盒子?里|包裹里|快递里|纸箱里|路上|运输|途中|寄来|送来|收到|到了|拆开|打开/;
const ZH_HAZARD =
  /(?<![二拉把扶洗提新对老])手(?![机柄套表提续])|脚|腿|脸|眼|皮肤|身上|孩子|小孩|宝宝|儿子|女儿|老人|伤|血|痛|疼|烫|割|医院|急诊|缝针|起火|着火|冒烟|火花|火苗|烧|电池|充电宝|充电器|移动电源|电子烟|煤气|燃气|气罐|喷雾|手机|电脑|差点|险些/;

/**
 * A parcel that "exploded with" its filling when opened, a figure of plenty: "the package literally exploded with packing
 * peanuts when I opened it, everything fine", "the box burst with confetti", 打开箱子泡沫粒炸了一地 东西都没事. The burst
 * word and the filling (packing peanuts, confetti, glitter, foam, shredded paper, 泡沫, 彩纸, 亮片, 填充物) stand in one
 * sentence, and nothing of a body, someone hurt, fire, or a thing that bursts as a hazard is told (the same EN_HAZARD,
 * ZH_HAZARD as a container in transit): "the vape exploded with sparks" and "the box exploded and glass cut my hand" stay
 * incidents. Nothing burst: the goods are not damaged either, so no failure of the delivery is told.
 */
const EN_FILLING =
  /\b(?:packing (?:peanuts|popcorn|foam|chips|material|paper)|peanuts|confetti|glitter|sequins|foam|polystyrene|styrofoam|shredded paper|paper shreds|tissue paper|crinkle paper|bubble wrap|air pillows|stuffing|feathers|beads|popcorn|glitter and [a-z]{2,12})\b/;
const EN_BURST_WORD = /\b(?:explod(?:e|ed|es|ing)|explosion|blew up|burst)\b/;
const ZH_FILLING = /泡沫|珍珠棉|填充(?:物|棉|料)?|彩纸|彩带|纸屑|碎纸|亮片|闪粉|气泡|气柱|羽毛|保丽龙/;
const ZH_BURST_WORD = /爆|炸/;

export function burstOfFilling(english: string, chinese: string): boolean {
  if (chinese) {
    if (ZH_HAZARD.test(chinese) || (english && EN_HAZARD.test(english))) return false;
    return chinese.split(/[。！!？?；;\n]/).some((sentence) => ZH_FILLING.test(sentence) && ZH_BURST_WORD.test(sentence));
  }
  if (!english || EN_HAZARD.test(english)) return false;
  return english.split(/[.!?;\n]/).some((sentence) => EN_FILLING.test(sentence) && EN_BURST_WORD.test(sentence));
}

/** Whether the message tells of a container that burst in transit, no one hurt (see the file's comment). */
export function burstInTransit(english: string, chinese: string): boolean {
  if (chinese) {
    if (ZH_HAZARD.test(chinese) || (english && EN_HAZARD.test(english))) return false;
    return ZH_CONTAINER.test(chinese) && ZH_ON_THE_WAY.test(chinese);
  }
  return !!english && EN_CONTAINER.test(english) && EN_ON_THE_WAY.test(english) && !EN_HAZARD.test(english);
}

/** The safety phrases without a burst said of a container in transit (see the file's comment). */
export function withoutBurstInTransit(found: readonly string[], english: string, chinese: string): string[] {
  if (!found.some((phrase) => EN_BURST.test(phrase) || ZH_BURST.test(phrase)) || !(burstInTransit(english, chinese) || burstOfFilling(english, chinese))) return [...found];
  return found.filter((phrase) => !EN_BURST.test(phrase) && !ZH_BURST.test(phrase));
}

const EN_BURST_TOLD = /\b(?:explod(?:e|ed|es|ing)|blew up|burst)\b/;
const ZH_BURST_TOLD = /爆开|炸开|炸了|爆了|爆炸|炸裂/;

/** The burst, as a failure of the delivery, when it is one (see the file's comment): "exploded", 爆开. */
export function burstTold(english: string, chinese: string): string[] {
  if (!burstInTransit(english, chinese)) return [];
  const hit = (chinese ? ZH_BURST_TOLD.exec(chinese) : null) ?? EN_BURST_TOLD.exec(english);
  return hit ? [hit[0]] : [];
}
