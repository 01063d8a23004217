/**
 * Fire and blasts as popularity: 爆红, 火爆, 爆款, 火红, 走红, 大火, 很火 ("a hit", "selling like mad"): 爆紅那個杯子還有嗎,
 * 这款太火爆了 啥时候补货. The learned safety reading leans on 爆, 火 and 红; said of a product's success, with no word of
 * harm or of fire at work, the message asks after stock.
 */

const ZH_POPULAR = /爆红|火爆|爆款|火红|走红|大火(?!灾)|很火|超火|好火|爆火|火了|卖爆|卖断货|抢爆/;
/** Fire, smoke or harm told anywhere keeps it the model's to read. */
const ZH_HARM = /着火|起火|失火|火灾|冒烟|烟|烧|烫|伤|医院|急诊|爆炸|炸了|漏电|触电|电到|火花|火苗|焦/;

export function popularityInFigure(chinese: string): boolean {
  return !!chinese && ZH_POPULAR.test(chinese) && !ZH_HARM.test(chinese);
}
