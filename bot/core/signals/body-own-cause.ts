/**
 * A minor ailment told with the body's own cause, beside a question about something else: 最近上火嘴巴起泡 心情也不好
 * 优惠券怎么用啊, 熬夜熬到长痘 积分怎么查, 换季喉咙痛 想问下运费. 上火 ("internal heat"), staying up late, a cold, the weather,
 * the change of season or a period are the customer's own body at work: they say where the blister or the sore throat
 * came from, as an activity does for a cut (harm-own-cause.ts). A blister from a lip balm or a rash from a cream are
 * the goods' doing, so anything used or eaten (用了, 涂, 擦, 吃了), the goods or the store linked (store-link.ts), or
 * someone else as the one ailing (孩子上火起泡, whose cause a parent may not know) keeps the phrase an incident.
 *
 * Only the phrases inside the clause that tells the cause, or the clause right after it, are set aside.
 */
import { ZH_OTHER, placeOf } from './harm-cue';
import { asksOrRequests } from './question-form';
import { linked } from './store-link';

/** The body's own cause: internal heat, staying up, a cold, the weather, the season, a period, stress. */
const ZH_BODY_CAUSE =
  /上火|虚火|火气大|熬夜|通宵|睡不好|没睡好|失眠|感冒|着凉|换季|天气(?:太|好|很)?(?:热|干|燥|冷)|秋燥|压力(?:太|好|很)?大|来(?:大)?姨妈|生理期|经期|来例假|例假|缺维生素|缺水|水喝少了|饮水少/;
/** Something used, eaten or touched: the goods may be the cause. */
const ZH_USED = /用了|用过|使用|涂|擦|抹|敷|吃了|吃完|喝了|戴了|穿了|接触|碰了|过敏/;
/** A harm beyond a minor ailment: it stays an incident whatever the body's cause. */
const ZH_SERIOUS = /医院|急诊|住院|晕倒|昏|出血|流血|烧伤|烫伤|骨折|中毒|呼吸困难|救护车/;

const STOPS = /[，,。！!？?；;\s]/;

function clauseBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !STOPS.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !STOPS.test(text[end])) end++;
  return [start, end];
}

/** The safety phrases without a minor ailment of the customer's own body told with its own cause (see the comment). */
export function withoutAilmentOfOwnBody(found: readonly string[], chinese: string): string[] {
  if (!chinese || found.length === 0 || !ZH_BODY_CAUSE.test(chinese)) return [...found];
  if (ZH_USED.test(chinese) || ZH_SERIOUS.test(chinese) || linked(chinese, true) || !asksOrRequests(chinese, true)) return [...found];
  return found.filter((phrase) => {
    if (!/[\u4e00-\u9fff]/.test(phrase)) return true;
    const [at] = placeOf(chinese, phrase);
    if (at < 0) return true;
    const [start, end] = clauseBounds(chinese, at);
    const clause = chinese.slice(start, end);
    const previous = start > 1 ? chinese.slice(clauseBounds(chinese, start - 2)[0], start - 1) : '';
    // The cause in the phrase's own clause, or in the clause right before ("最近熬夜，嘴巴起泡").
    const caused = ZH_BODY_CAUSE.test(clause) || ZH_BODY_CAUSE.test(previous);
    if (!caused) return true;
    if (ZH_OTHER.test(chinese.slice(start, at)) || ZH_OTHER.test(previous)) return true;
    return false;
  });
}
