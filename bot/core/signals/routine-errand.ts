/**
 * The routine store question a circumstance is told beside (circumstance-cue.ts): a parcel and its tracking or pick-up,
 * an invoice, a receipt or a record, delivery options, a cancellation, a person asked for to help, a return asked by
 * its time; and that question asked with nothing of the message's harm or legal words tied to the store.
 */
import { policeMatterOwn } from './court-errand';
import { policeActs } from './police-mention';
import { asksOrRequests } from './question-form';
import { linked, policeOnIt, threatTold, unused } from './store-link';

/**
 * A routine store question whose subject is elsewhere than the cue: a parcel and its tracking or pick-up, an invoice, a
 * receipt or a record, delivery options, a cancellation.
 */
const EN_ROUTINE =
  /\b(?:parcel|package|order|delivery|deliveries|deliver|redeliver|pick-?up|locker|collect|collection|tracking|track|invoice|receipt|proof of purchase|order history|ship|shipping|address|reschedule|cancel|post office|pickup point|depot|safe place|courier|unsubscribe|newsletters?|mailing list|account|payment (?:method|details|card)|billing|card on (?:my|the) account)\b/;
// The delivery's people (送货员, 派送员) are no errand: 送货员咳嗽 现在我发烧了 tells who passed the illness on.
const ZH_ROUTINE = /账户|账号|帐户|帐号|付款方式|支付方式|绑定|取件|取货|收货|收件|包裹|快递(?!员|小哥)|驿站|快递柜|超商|便利店|物流|订单|发票|收据|凭证|记录|明细|配送(?!员)|送货(?!员)|派送(?!员)|运送|寄|改期|地址|取消|退订|订阅|管理处|管理室|下单|付款|结账|几天到|多久到|快点到|尽快到|几时到|送到|送嚟|最快|加急|出货|到货/;
/**
 * A person asked for, to help with the errand or to call back: "could I speak to a member of staff who can walk me
 * through it", 能不能找个人工客服带我操作一下, 可以请真人客服教我. The request is the question; its subject is the errand.
 */
const EN_PERSON_ASKED =
  /\b(?:speak|talk|chat) (?:to|with) (?:a |an |one of |someone|somebody|a real|a member)|\b(?:someone|somebody|a person|a human|a real (?:person|human)|a member of (?:staff|your team)|an agent|(?:one of )?your (?:staff|team))\b[^.!?]{0,40}\b(?:help|call|ring|phone|walk me|guide|talk|chat)/;
const ZH_PERSON_ASKED = /人工|真人|客服人员|专人|找个人|找人(?:帮|教|带)|(?:打|回)电话给我|致电|客服[^，,。！？!?]{0,4}(?:帮|教|带|协助|打电话)/;
/**
 * A return, a refund or an exchange is elsewhere only asked by its time (the window, the deadline, still, too late,
 * 退货期, 还能, 过了): the customer late for it. Asked for by itself ("I was sick all night, can I get a refund on the
 * chicken", 发烧了一晚上 那盒海鲜可以退款吗), the goods returned may be what made them ill.
 */
// A parcel sent back by the carrier ("returned to depot", "return to sender") is delivery, not the customer's return.
const EN_UNDO = /\b(?:return(?:s|ed|ing)?(?! to (?:the )?(?:depot|sender|warehouse|hub|post office|branch|facility|office))|refund(?:s|ed)?|exchange|send (?:it|them) back|money back)\b/;
const EN_UNDO_TIME = /\b(?:window|deadline|too late|still|in time|expired|extend(?:ed)?|extension|period|days? left|(?:is|it's|has) (?:it |that |the [a-z]{2,14} )?(?:over|passed|closed|gone))\b/;
// 退订 unsubscribes or cancels: no goods sent back.
const ZH_UNDO = /退(?!回|订)|换货|(?:能|可以|还能|可不可以)换/;
const ZH_UNDO_TIME = /期|还能|还可以|仍可|仍然可以|仲可|仲能|过了|过咗|超过|来得及|来不及|延长|宽限|错过|耽误|没顾上|顾不上|晚了/;

/**
 * Where a return goes or how one is made, asked: "what's your returns address", "where do I send the return", "how do
 * returns work for me", 退货地址, 寄去哪, 怎么退. With a harm whose cause is told (harm-own-cause.ts) it is as routine as a
 * parcel's address: the goods are not what hurt, and the customer asks the way, not for amends.
 */
const EN_UNDO_PLACE = /\breturns? (?:address|label|form|slip|point|portal|process|procedure)\b|\bhow (?:do|does|can|would|should) (?:i |we )?(?:returns?|send (?:it|them|things|stuff) back)\b|\bhow (?:do |does )?returns? work\b|\baddress (?:for|to send) (?:the |a |my )?returns?\b|\bwhere (?:do|can|should) (?:i|we) (?:send|post|drop off|take) (?:the |a |my )?returns?\b/;
const ZH_UNDO_PLACE = /退(?:货|换)?(?:的)?(?:地址|寄到|寄去|寄回|点|单|流程|方式)|(?:怎么|怎样|如何|点样)退|退货寄(?:到|去)|寄(?:去|到|回)(?:哪|边|邊)/;

/** The message asks a routine store question (see EN_ROUTINE, EN_PERSON_ASKED, EN_UNDO_TIME). */
function asksRoutine(text: string, chinese: boolean, returnPlace = false): boolean {
  const [routine, undo, undoTime, person] = chinese
    ? [ZH_ROUTINE, ZH_UNDO, ZH_UNDO_TIME, ZH_PERSON_ASKED]
    : [EN_ROUTINE, EN_UNDO, EN_UNDO_TIME, EN_PERSON_ASKED];
  if (!asksOrRequests(text, chinese)) return false;
  if (person.test(text)) return true;
  if (!undo.test(text)) return routine.test(text);
  return undoTime.test(text) || unused(text, chinese) || (returnPlace && (chinese ? ZH_UNDO_PLACE : EN_UNDO_PLACE).test(text));
}

/**
 * The message asks a routine store question and ties nothing of its harm or legal words to the store. `returnPlace`:
 * a return asked by where it goes counts as routine too (for a harm whose own cause is told).
 */
export function routineWithoutLink(text: string, chinese: boolean, returnPlace = false): boolean {
  if (!asksRoutine(text, chinese, returnPlace) || linked(text, chinese)) return false;
  if (threatTold(text, chinese)) return false;
  // The police on the customer's own loss (a wallet stolen, a report filed for the card on the account) are no incident
  // of the store's; otherwise a report made or the police acting is one.
  if (policeMatterOwn(text, chinese)) return true;
  return !policeOnIt(text, chinese) && !(chinese ? policeActs('', text) : policeActs(text, ''));
}
