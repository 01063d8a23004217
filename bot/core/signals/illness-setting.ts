/**
 * Someone else's illness or hospital stay as the setting of the customer's distress at the store's failure, the third
 * kind of circumstance (circumstance-cue.ts): the illness is why the failure weighs so much, not the goods' doing.
 */
import { EN_OTHER, ZH_OTHER, isIllnessCue } from './harm-cue';
import { linked } from './store-link';

/** Illness told of someone as the rules read it: "is ill", "was sick", "hospital" (an accident's hurt is not among them). */
const EN_ILL_OF_SOMEONE = /^(?:is|are|was|were|has been|have been|got|fell|became|been) (?:so |very |really |seriously |quite |terribly )?(?:ill|sick|unwell|poorly)$/;
/** The store's failure told: the order gone, not come, not refunded. */
const EN_STORE_FAILED =
  /\b(?:vanished|disappeared|gone missing|went missing|is missing|lost (?:it|my|the|her|his)|never (?:arrived|came|turned up)|(?:hasn't|hasnt|has not|haven't|havent|didn't|didnt|did not) (?:arrived|come|turned up|been (?:delivered|refunded))|still (?:not|no|hasn't|waiting)|no sign of|cancelled (?:my|the|her|his) order)\b/;
const ZH_STORE_FAILED = /(?:还|都|仍然|一直)(?:没|未|冇)(?:到|收到|发货|退|寄)|不见了|弄丢|丢了|寄丢|取消了(?:我的)?订单/;

/**
 * Someone else's illness or hospital stay told as the setting of the customer's distress at the store's failure, with
 * nothing of the store's linked to it: "my mum is ill, I've been running between the hospital and home and now this order
 * for her care has vanished. I just can't cope", 我妈住院了 我两头跑 给她买的东西还没到 我快崩溃了. The illness is why
 * the failure weighs so much, not the goods' doing; the emotion is the matter (L2), not an incident (L1). Any goods told
 * as a cause ("after using your cream", 吃了你们的), the store accused of the harm, or a hurt other than illness, keep
 * the phrases.
 */
export function withoutIllnessAsSetting(found: readonly string[], english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  const reads = (text: string, zh: boolean) =>
    !!text && !linked(text, zh) && (zh ? ZH_STORE_FAILED : EN_STORE_FAILED).test(text) && (zh ? ZH_OTHER : EN_OTHER).test(text);
  const zhReads = reads(chinese, true) && !(english && linked(english, false));
  const enReads = reads(english, false) && !(chinese && linked(chinese, true));
  if (!zhReads && !enReads) return [...found];
  const illness = (phrase: string, zh: boolean) =>
    isIllnessCue(phrase, zh) || (!zh && EN_ILL_OF_SOMEONE.test(phrase));
  // Every phrase must be an illness or a stay: one hurt of another kind keeps them all.
  const all = found.every((phrase) => {
    const zh = /[\u4e00-\u9fff]/.test(phrase);
    return (zh ? zhReads : enReads) && illness(phrase, zh);
  });
  return all ? [] : [...found];
}
