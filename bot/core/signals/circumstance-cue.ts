/**
 * A harm, an illness, a hospital stay, a court, a lawsuit or the police told as the circumstance of a routine question,
 * not as an incident of the store's: "my cold and fever kept me in bed a week, is the return window over?",
 * 我上礼拜住院 错过了超商取货 包裹现在在哪里, 我自己打官司需要购物凭证 能补开发票吗, 因为诉讼需要 想申请一份电子发票, "I'm going
 * to court next month over my divorce and need a copy of my invoice", "police officer here, on night shifts, what
 * delivery options do you have". The safety and legal rules read 发烧, 住院, 打官司, 诉讼, "to court" and "police" as an
 * incident or a threat, which most messages that hold them are; the phrase readers beside this one (hospital-mention.ts,
 * harm-elsewhere.ts, past-injury.ts, police-mention.ts, lawyer-mention.ts) each know one frame of a circumstance in so
 * many words (a stay with a parcel word, a trade said "I'm a…"), and a reordered frame (退货期…过了), a pick-up word they
 * do not list (超商取货) or a lawsuit of the customer's own falls between them.
 *
 * This reader asks the structural question instead, and puts together the readers of its parts. A cue is an incident
 * when the message links it to the store (store-link.ts): the store or its goods as the cause, its staff as the agent,
 * the store as the target, or when it is told as an incident to report. A cue with no such link, in a message that asks
 * a routine store question whose subject is elsewhere (routine-errand.ts: a parcel, an invoice, delivery options, a
 * cancellation, a return asked by its time), is the customer's circumstance. A return or a refund asked for by itself
 * is not elsewhere: "I was sick all night, can I get a refund on the chicken" may be the chicken's doing. Only the
 * circumstance cues themselves are set aside (harm-cue.ts, court-errand.ts): a symptom the goods may cause (上吐下泻,
 * 过敏, rash, vomiting), a fire or a burn stays with the rules, and so does a harm told of someone else (孩子住院了),
 * whose cause the customer may not have told, unless it is told as the customer's reason (harm-as-reason.ts). An
 * accident's hurt (a fall, a sprain, a break) may be the goods' doing ("I broke my wrist, can you collect the chair?"),
 * so it is set aside only when told as the reason. A legal cue is set aside only as the customer's own affairs
 * (court-errand.ts).
 *
 * A minor ailment with the body's own cause told (上火, 熬夜, 感冒: body-own-cause.ts) is set aside whatever the question.
 *
 * Three kinds of circumstance, each read in its own file: a legal matter of the customer's own (court-errand.ts), a harm
 * told as the customer's reason (harm-as-reason.ts), another's illness as the setting of distress at the store's failure
 * (illness-setting.ts).
 */
import { isLegalCue, legalOwn } from './court-errand';
import { careAdviceAsked, ownCauseTold, toldAsReason } from './harm-as-reason';
import { EN_OTHER, ZH_OTHER, clauseOf, isAilmentCue, isHarmCue, isIllnessCue } from './harm-cue';
import { routineWithoutLink } from './routine-errand';
import { linked, policeOnIt, threatTold } from './store-link';
import { withoutAilmentOfOwnBody } from './body-own-cause';

export { withoutIllnessAsSetting } from './illness-setting';

function isCue(phrase: string, kind: 'safety' | 'legal', chinese: boolean): boolean {
  return kind === 'safety' ? isHarmCue(phrase, chinese) : isLegalCue(phrase, chinese);
}

/**
 * A legal matter told as the customer's own affairs beside a routine question, linked to nothing of the store's ("I'm a
 * law student with a court moot next Friday, what are your fastest shipping options"): the learned legal reading
 * (escalation-learned.ts), which leans on "court" and "law", is set aside as the rules' cues are.
 */
export function legalMatterAsCircumstance(english: string, chinese: string): boolean {
  if (chinese) return routineWithoutLink(chinese, true) && legalOwn(chinese, true);
  return !!english && routineWithoutLink(english, false) && legalOwn(english, false);
}

/**
 * The safety or legal phrases without the cues told as the circumstance of a routine question (see the file's
 * comment). Each language reads its own words.
 */
export function withoutCueAsCircumstance(found: readonly string[], kind: 'safety' | 'legal', english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  if (kind === 'safety') found = withoutAilmentOfOwnBody(withoutAilmentAskedAbout(found, english, chinese), chinese);
  if (found.length === 0) return [];
  const zhReads = !!chinese && routineWithoutLink(chinese, true);
  const enReads = !!english && routineWithoutLink(english, false) && !(chinese && linked(chinese, true));
  // A harm with a cause of its own told (harm-own-cause.ts) may sit beside a return asked by where it goes.
  const zhOwnReads = kind === 'safety' && !!chinese && (zhReads || routineWithoutLink(chinese, true, true));
  const enOwnReads = kind === 'safety' && !!english && (enReads || (routineWithoutLink(english, false, true) && !(chinese && linked(chinese, true))));
  if (!zhReads && !enReads && !zhOwnReads && !enOwnReads) return [...found];
  return found.filter((phrase) => {
    const chineseWord = /[\u4e00-\u9fff]/.test(phrase);
    if (kind === 'safety' && (chineseWord ? zhOwnReads : enOwnReads) && ownCauseTold(chineseWord ? chinese : english, phrase, chineseWord)) return false;
    if (chineseWord ? !zhReads : !enReads) return true;
    if (!isCue(phrase, kind, chineseWord)) return true;
    // An accident's hurt may be the goods' doing ("I broke my wrist, can you collect the chair?"): set aside only when
    // it is told as the reason, the goods asked back untouched or the one hurt said to be fine.
    const accidentOnly = kind === 'safety' && !isIllnessCue(phrase, chineseWord);
    if (accidentOnly && !toldAsReason(chineseWord ? chinese : english, phrase, chineseWord)) return true;
    if (kind === 'legal' && !(chineseWord ? legalOwn(chinese, true) : legalOwn(english, false))) return true;
    // A safety cue is the customer's own (or no one's named): someone else's illness or stay may be the goods' doing.
    if (kind === 'safety') {
      const clause = clauseOf(chineseWord ? chinese : english, phrase, chineseWord);
      const before = clause.slice(0, Math.max(0, clause.indexOf(phrase.split(/\s?…\s?/)[0])));
      const text = chineseWord ? chinese : english;
      if ((chineseWord ? ZH_OTHER.test(before) : EN_OTHER.test(before)) && !toldAsReason(text, phrase, chineseWord)) return true;
    }
    return false;
  });
}

/** The store's people, who may have passed the illness on or caused it: "the delivery guy coughed on me", 快递员. */
const EN_STORE_PERSON = /\b(?:courier|driver|delivery (?:guy|man|men|person|people|driver|boy|girl)|postman|postwoman|rider|your (?:staff|employee|worker|fitter|installer|engineer))\b/;
const ZH_STORE_PERSON = /快递员|快递小哥|骑手|送货员|外卖员|外送员|司机|店员|员工|师傅/;

/**
 * Care asked for an illness with nothing of the store's linked to it: "my son has a fever, what medicine should I give
 * him?", 小孩发烧了 吃什么药好, 小朋友發燒 要吃什麼藥 (harm-as-reason.ts careAdviceAsked). The illness is the reason for the
 * question, whoever it befell: the customer asks what to do about it, which a store declines, and tells no incident of
 * the store's. Anything linked (吃了你们的饼干发烧了 吃什么药好, "a fever after eating your cookies", 用了, 你们的, "after
 * using"), the store's people named (the courier, 快递员), a threat or the police keep it an incident; so does any hurt told beside it that is not an illness (a burn, a
 * rash, a cut: one kept keeps them all, as the message may tell one incident in several words).
 */
function withoutAilmentAskedAbout(found: readonly string[], english: string, chinese: string): string[] {
  const reads = (text: string, zh: boolean) =>
    !!text && careAdviceAsked(text, zh) && !linked(text, zh) && !threatTold(text, zh) && !policeOnIt(text, zh) && !(zh ? ZH_STORE_PERSON : EN_STORE_PERSON).test(text);
  const zhReads = reads(chinese, true) && !(english && linked(english, false));
  const enReads = reads(english, false) && !(chinese && linked(chinese, true));
  if (!zhReads && !enReads) return [...found];
  const ailment = (phrase: string) => {
    const zh = /[\u4e00-\u9fff]/.test(phrase);
    return (zh ? zhReads : enReads) && isAilmentCue(phrase, zh);
  };
  return found.every(ailment) ? [] : [...found];
}
