/**
 * A bad word the customer says of a skill or a faculty of their own, beside a question: 我数学很烂 三件一共多少, 我方向感很烂
 * 门店在哪, "my maths is terrible lol, how much is it with 20% off". The lexicon weighs 烂 and "terrible" as strongly as a
 * verdict on the shop, but the thing judged is the customer's own arithmetic, sense of direction or English: it is a
 * self-deprecating aside that explains why they ask, aimed at no one. The shop's goods or staff judged (我买的衣服质量很烂,
 * 你们的客服很烂) stay strong: what is judged there is the shop's, not a faculty of the customer's.
 *
 * The judged thing is read right before the word, and must follow 我 or 我的 ("my") directly: a teacher's or someone else's
 * words (我的数学老师说你们的东西很烂) judge the shop.
 */

const ZH_FACULTY =
  '(?:数学|算数|算术|心算|英文|英语|中文|普通话|粤语|外语|记性|记忆力|记忆|方向感|眼神|眼力|视力|厨艺|手艺|文笔|字|电脑|技术|操作|脑子|脑袋|理解能力|理解力|反应|运气|手气|审美|眼光|网速|打字)';
const ZH_DEGREE = '(?:真的|真系|实在|也|都|是|就|一向|向来|超|很|好|太|非常|特别|有点|有些|极|巨){0,3}';
const ZH_OWN_FACULTY_BEFORE = new RegExp(`我(?:的|嘅|个)?${ZH_FACULTY}${ZH_DEGREE}$`);

const EN_FACULTY =
  String.raw`(?:maths?|arithmetic|mental arithmetic|english|chinese|spelling|memory|sense of direction|eyesight|eyes|typing|handwriting|cooking|taste|luck|tech skills|computer skills)`;
const EN_OWN_FACULTY_BEFORE = new RegExp(String.raw`\bmy ${EN_FACULTY}(?:'s| is| are| has always been| was)(?: (?:so|really|very|just|truly|absolutely|honestly|always|pretty))? $`);
const EN_AT_FACULTY_AFTER = new RegExp(String.raw`^ (?:at|with) ${EN_FACULTY}\b`);
const EN_I_AM_BEFORE = /\b(?:i'm|im|i am)(?: (?:so|really|very|just|truly|absolutely|honestly|always|pretty))? $/;

/** Every place the word stands judges a skill or faculty of the customer's own (see the file's comment). */
export function ownFacultyJudged(lower: string, word: string, chinese: boolean): boolean {
  let any = false;
  for (let index = lower.indexOf(word), seen = 0; index >= 0; index = lower.indexOf(word, index + word.length), seen++) {
    if (seen >= 8) return false;
    any = true;
    const before = lower.slice(Math.max(0, index - 24), index);
    if (chinese) {
      if (!ZH_OWN_FACULTY_BEFORE.test(before)) return false;
      continue;
    }
    const after = lower.slice(index + word.length, index + word.length + 30);
    if (!EN_OWN_FACULTY_BEFORE.test(before) && !(EN_I_AM_BEFORE.test(before) && EN_AT_FACULTY_AFTER.test(after))) return false;
  }
  return any;
}
