import { foldChinese } from '../../../knowledge/text';

/**
 * A person declined for now, and a question of when or how one could be reached later: "no need to connect me now, just
 * wondering when I can talk to a live agent if I ever need one", "I don't need a person right now, but what hours are
 * agents on?", 现在不用转人工 想问下人工客服几点上班, 而家唔使轉人 想問下幾點有真人 (folded). The customer asks about the
 * service, which the support-hours article answers; the person named in the question is not wanted now.
 *
 * The decline comes first and the question after it; a person asked for again after the decline with the moment said
 * ("no need to connect me now... actually, connect me now", 唔使住…算啦 即刻帮我转) is a request.
 */
const EN_DECLINED_NOW =
  /\b(?:no need|don't need|dont need|do not need|not needing|there's no need|theres no need)(?: to| for)? (?:[a-z']{1,12} ){0,3}?(?:connect|transfer|put (?:me )?through|escalate|speak|talk|an? (?:agent|human|person|rep|representative)|anyone|someone|somebody)\b/;
const EN_LATER_ASKED =
  /\b(?:when|what time|what hours|which days?|how (?:do|can|could|would|will) (?:i|we)|if (?:i|we) ever|in case|in (?:the )?future|later on|down the line|one day)\b/;
const EN_NOW_AGAIN = /\b(?:right now|now please|asap|immediately|straight away|right away|at once)\b/;
/** "now" ending the message, a mark after it ("connect me now!"): read on the trimmed end, not by a pattern anchored there. */
const EN_NOW_AT_END = /\bnow[!.]?$/;
const nowAgain = (after: string): boolean => EN_NOW_AGAIN.test(after) || EN_NOW_AT_END.test(after.trim().slice(-8));

const ZH_DECLINED_NOW =
  /(?:现在|而家|暂时|目前|先)?(?:不用|不需要|无需|不必|唔使|唔驶|唔洗|唔需要)(?:现在|而家|暂时|住|先)?(?:帮我)?(?:转|接|找|搵)(?:接)?(?:人工|真人|人|客服)?/;
const ZH_LATER_ASKED = /什么时候|啥时候|几点|几时|哪天|边日|怎么|点样|如何|如果|万一|以后|日后|将来|下次/;
const ZH_NOW_AGAIN = /马上|立刻|立即|即刻|现在就|赶紧|快点|快啲/;

/**
 * A bare "not now" with the request put to a time after it: 现在不需要，但想知道以后要找人工客服的话，什么时间有人. Nothing
 * is declined by name, so the question after it must point later (以后, 下次, what hours) for the person in it to be a
 * future one; "现在不需要了 怎么转人工" asks how to reach one now.
 */
const ZH_BARE_NOT_NOW = /(?:现在|而家|暂时|目前|眼下)(?:还|暂时|都)?(?:不用|不需要|无需|不必|唔使|唔驶|唔洗|唔需要)(?:了|啦|住)?(?=[，,。.\s]|但|不过|只是)/;
const ZH_FUTURE = /以后|日后|将来|下次|哪天|万一|几点|几时|什么时间|什么时候|啥时候|营业时间|上班时间/;

/**
 * A person declined by name and a question of the customer's own after it: "no need for a human, I just want to know
 * where my refund goes", 唔使搵真人 我淨係想知退款會退返去邊 (folded 不用找真人 我只是想知…). The customer says what they
 * want instead of a person; a person named again after the decline (不用找机器人 我只想找真人, "no need to wait, I just
 * want a human") is not this.
 */
const EN_PERSON_DECLINED =
  /\b(?:no need|don't need|dont need|do not need|there's no need|theres no need)(?: to| for)? (?:[a-z']{1,12} ){0,3}?(?:an? (?:agent|human|person|rep|representative|real person|live agent)|anyone|someone|somebody|(?:connect|transfer|escalate) (?:me|this))\b/;
const EN_ONLY_ASKING = /\b(?:(?:i )?(?:just|only) (?:want(?:ed)?|wanna|need(?:ed)?|would like) to (?:know|ask|check|find out)|(?:i'm |im |i am )?just (?:asking|wondering|curious)|just a (?:quick )?question|quick question)\b/;
const EN_PERSON_AGAIN = /\b(?:human|person|agent|rep|representative|someone|somebody|transfer|connect me)\b/;
const ZH_PERSON_DECLINED = /(?:不用|不需要|无需|不必|唔使|唔驶|唔洗|唔需要)(?:现在|而家|暂时|住|先)?(?:帮我)?(?:转|接|找|搵)(?:接)?(?:人工|真人|客服|人)/;
const ZH_ONLY_ASKING = /(?:只是|只系|只想|就想|淨係|净系|净是|纯粹|单纯|不过是)(?:想)?(?:问|知|了解|查|确认)|想(?:问|知道?)(?:下|一下)?/;
const ZH_PERSON_AGAIN = /人工|真人|客服|转人|找人|搵人|接人/;

export function declinesPersonThenAsks(text: string): boolean {
  const english = text.toLowerCase();
  const declined = EN_PERSON_DECLINED.exec(english);
  if (declined) {
    const after = english.slice(declined.index + declined[0].length);
    if (EN_ONLY_ASKING.test(after) && !EN_PERSON_AGAIN.test(after) && !nowAgain(after)) return true;
  }
  const chinese = foldChinese(text.normalize('NFKC'));
  const refused = ZH_PERSON_DECLINED.exec(chinese);
  if (!refused) return false;
  const after = chinese.slice(refused.index + refused[0].length);
  return ZH_ONLY_ASKING.test(after) && !ZH_PERSON_AGAIN.test(after) && !ZH_NOW_AGAIN.test(after);
}

export function defersRequest(text: string): boolean {
  const english = text.toLowerCase();
  const declined = EN_DECLINED_NOW.exec(english);
  if (declined) {
    const after = english.slice(declined.index + declined[0].length);
    if (EN_LATER_ASKED.test(after) && !nowAgain(after)) return true;
  }
  const chinese = foldChinese(text.normalize('NFKC'));
  const bare = ZH_BARE_NOT_NOW.exec(chinese);
  if (bare) {
    const after = chinese.slice(bare.index + bare[0].length);
    if (ZH_FUTURE.test(after) && !ZH_NOW_AGAIN.test(after)) return true;
  }
  const refused = ZH_DECLINED_NOW.exec(chinese);
  if (!refused) return false;
  const after = chinese.slice(refused.index + refused[0].length);
  return ZH_LATER_ASKED.test(after) && !ZH_NOW_AGAIN.test(after);
}
