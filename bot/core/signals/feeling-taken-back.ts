import type { ComplaintResult } from './complaint';
import type { SentimentReading } from './sentiment-scale';

/**
 * A feeling the customer takes back as soon as it is said: "The price dropped $40 two days after I bought it, I'm
 * devastated 😭 (not really). can I get it back?", "furious lol jk, when does the sale end", 气死我了 开玩笑的 能补差价吗,
 * 好傷心啊 講笑咋. The lexicons read "devastated" and 气死 as strong, and on their own they are; but the customer says at
 * once that they did not mean it, and what is left is the routine matter beside it.
 *
 * Only a taking back right after the feeling, and a whole one: "not really" standing as a clause of its own ("not really
 * happy" negates something else, "not really joking" insists), "jk", "just kidding", 开玩笑的, 其实也还好, 讲笑咋. Not the
 * shop's joke ("are you kidding me", "you must be joking", 你们开玩笑的吧), not a denial of joking (不是开玩笑, "I'm not
 * kidding"), and not sarcasm that turns back again ("jk… but seriously", 开玩笑的 说真的): those keep the feeling strong.
 */

/** The customer's own taking back (English, lower case); the look-behind keeps "not kidding", "are you kidding" out. */
const EN_TAKEN_BACK =
  /(?<!\b(?:not|no|you|you're|youre|u|ur|are|must be|stop|be|i'm not|im not|really|n't)\s?)\b(?:jk|j\/k|jkjk|just kidding|just joking|only kidding|only joking|kidding|joking|not really)\b(?!\s?(?:joking|kidding|though|tho|[a-z]{1,20}ing|happy|sad|angry|upset|mad|sure|fine|ok|okay|good|bad|a\b|the\b|that\b|my\b|your\b|you\b|i\b|it\b))(?!\s?[?？])/g;
/** The customer's own taking back (folded Chinese): not 不是开玩笑, 没开玩笑, 你们开玩笑的吧. */
const ZH_TAKEN_BACK =
  /(?<![不没别冇唔你在系是])(?:开玩笑(?:的|啦|哒|而已|嘅|咋|啫|之嘛|咯)|说笑(?:的|啦|而已|咋|嘅)|讲笑(?:咋|嘅|啫|之嘛|而已|啦|咯)|其实(?:也|都)?(?:还好|还行|没什么|没啥|没事|无所谓|冇所谓|冇乜|一般般|ok)|骗你的|逗你的|不至于啦)(?![吧吗么嘛咩呀]?[?？]|吧|吗|么|咩)/g;
/** Sarcasm that turns back: "but seriously", "no but really", 说真的, 认真的. */
const EN_TURNED_BACK = /\b(?:seriously|for real|in all seriousness|no but really|but really|but honestly|not joking|not kidding|no joke)\b/;
const ZH_TURNED_BACK = /说真的|认真的|讲真|说实话|不开玩笑|不是开玩笑|没开玩笑|但是真的|不过真的/;
/** How far after the feeling the taking back may stand to be its own: a clause and a face or two. */
const EN_REACH = 40;
const ZH_REACH = 14;

/** The emotion, no longer strong when every cue of it is taken back right after it is said. */
export function withoutFeelingTakenBack(
  reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean,
): SentimentReading['emotion'] {
  if (!reading.strong) return reading;
  // Abuse and threats are the complaint's to read; a "jk" after them does not take them out of a person's hands.
  if (complaint.complaints.some((c) => c.kind === 'abuse' || c.kind === 'threat')) return reading;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const cues = reading.evidence.map((e) => e.normalize('NFKC').toLowerCase()).filter((e) => e && lower.includes(e));
  if (cues.length === 0) return reading;
  const found = [...lower.matchAll(chinese ? ZH_TAKEN_BACK : EN_TAKEN_BACK)];
  if (found.length === 0) return reading;
  const backs = found.map((m) => m.index);
  // The taking back's own words read as a cue (骗 of 骗你的) are not a feeling of their own.
  const inside = (at: number, cue: string) => found.some((m) => at >= m.index && at + cue.length <= m.index + m[0].length);
  const turned = chinese ? ZH_TURNED_BACK : EN_TURNED_BACK;
  if (backs.some((at) => turned.test(lower.slice(at)))) return reading;
  const reach = chinese ? ZH_REACH : EN_REACH;
  // Every place of every cue has a taking back after it, near, with no question between ("so angry. my fault? not really").
  const takenBack = (at: number, cue: string) =>
    backs.some((back) => back >= at + cue.length && back - (at + cue.length) <= reach && !/[?？]/.test(lower.slice(at + cue.length, back)));
  const everyPlace = (cue: string) => {
    let seen = 0;
    for (let at = lower.indexOf(cue); at >= 0 && seen < 8; at = lower.indexOf(cue, at + cue.length), seen++) if (!inside(at, cue) && !takenBack(at, cue)) return false;
    return seen > 0;
  };
  return cues.every(everyPlace) ? { ...reading, strong: false } : reading;
}
