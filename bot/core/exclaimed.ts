/**
 * A feeling exclaimed about a thing's pace or trouble — 快递怎么这么慢, 也太快到了吧, 咋这么麻烦, 太贵了, 點解寄咁耐, "why is delivery
 * so slow", "it's taking forever" — is how the customer feels about the thing, not what they ask about it. Alone, it is
 * the question ("快递怎么这么慢": my parcel is late). Beside another clause that asks ("唉 快递怎么这么慢 一般几天到",
 * "why is delivery so slow? how long does it usually take", "退款怎么这么慢 一般几天到账"), the other clause is the
 * question, and the exclamation's words would draw the search to the article that writes them ("快递怎么这么慢" is a
 * variant of the late-delivery article): the message is searched without them. The thing the feeling is about stays
 * (快递, 退款, "delivery"): it names the topic the question asks about. The signals still read the whole message.
 *
 * Every pattern is bounded and reads one clause at a time.
 */
import type { Lang } from '../../contracts';
import { textForMatching } from './customer-language';

/** What is slow, hard, long or dear. */
const ZH_DEGREE_OF = '(?:慢|久|晚|难|麻烦|费劲|费事|费力|复杂|折腾|繁琐|磨叽|墨迹|贵)';
/**
 * Chinese (folded: 點解寄咁耐 reads 为什么寄这么久): how come so …, so …, too … — the degree word and what it measures,
 * with a particle after. 这么久 alone ("用了这么久") is a length of time, not a feeling: it needs 怎么 or 为什么 before it.
 */
const ZH_EXCLAIMED = new RegExp(
  `(?:(?:怎么|咋|为什么|为啥|干嘛|凭什么)(?:会|就|都|也|还)?(?:这么|那么|如此|这样)${ZH_DEGREE_OF}|(?:也|都|真|实在|真的)?(?:太|这么|那么)(?:慢|难|麻烦|费劲|复杂|折腾|繁琐|磨叽|墨迹|贵))(?:了|啊|呀|吧|的|呢|啦){0,2}`,
  'u',
);

/**
 * Delight at speed (也太快到了吧, 这么快就收到了, 好快就到咗 folded): a feeling too, the arrival it marvels at included, so its
 * 到了 does not read as a parcel marked delivered beside the question asked ("可以再订一个吗").
 */
const ZH_FAST = /(?:也|都|真|实在|真的)?(?:太|这么|那么|好)快(?:就)?(?:到|来|送到|收到|发货)?(?:了|啊|呀|吧|的|呢|啦){0,2}/u;
/** "that was fast", "wow so quick", "arrived super quickly". */
const EN_FAST = /\b(?:that was|it was|that's|thats|so|super|really|crazy|insanely) (?:so |really |super )?(?:fast|quick|quickly|speedy)\b/i;

const EN_DEGREE_OF = '(?:slow|long|late|expensive|pricey|hard|difficult|complicated)';
/** "why is delivery so slow", "how come my parcel is taking so long": the thing is kept (group 1). */
const EN_WHY_SO = new RegExp(
  `\\b(?:why|how come)(?: (?:is|are|does|do|has|have|'s))?((?: [\\w']{1,20}){0,5}?)(?: (?:is|are))?(?: (?:taking|take|takes|being))? (?:so|this|that|soo+|such a) ${EN_DEGREE_OF}\\b`,
  'i',
);
/** "delivery is so slow", "it's taking forever": the predicate only, so the thing before it is kept. */
const EN_SO =
  /\b(?:is|are|'s|its|it's) (?:so|really|super|too|way too|painfully|ridiculously) (?:slow|expensive|complicated)\b|\b(?:is |are |'s )?taking (?:so long|forever|ages)\b/i;

/** Where a clause ends: sentence marks and commas; in Chinese, a space too. */
const CLAUSE = { en: /[^,，.。;；!！?？\n]+[,，.。;；!！?？\n]*/g, zh: /[^,，.。;；!！?？\s]+[,，.。;；!！?？\s]*/gu } as const;

/**
 * The message without the exclamation of a clause whose neighbour asks a question (`asks`: whether a clause reads as a
 * question); the message as it is otherwise.
 */
export function withoutExclaimed(text: string, lang: Lang, asks: (clause: string) => boolean): string {
  const clauses = text.match(lang === 'zh' ? CLAUSE.zh : CLAUSE.en) ?? [];
  if (clauses.length < 2) return text;
  const read = clauses.map((clause) => exclaimedIn(clause, lang));
  if (read.every((r) => r === undefined)) return text;
  const asking = clauses.some((clause, i) => read[i] === undefined && asks(clause));
  if (!asking) return text;
  return clauses.map((clause, i) => read[i] ?? clause).join('');
}

/** The clause with its exclamation taken out (what it is about kept), or undefined when it exclaims nothing. */
function exclaimedIn(clause: string, lang: Lang): string | undefined {
  if (lang === 'zh') {
    const folded = textForMatching(clause);
    const match = ZH_EXCLAIMED.exec(folded) ?? ZH_FAST.exec(folded);
    if (!match) return undefined;
    return `${folded.slice(0, match.index)}${folded.slice(match.index + match[0].length)} `;
  }
  const why = EN_WHY_SO.exec(clause);
  if (why) return `${clause.slice(0, why.index)}${why[1]}${clause.slice(why.index + why[0].length)}`;
  const so = EN_SO.exec(clause);
  if (so) return `${clause.slice(0, so.index)}${clause.slice(so.index + so[0].length)}`;
  const fast = EN_FAST.exec(clause);
  if (fast) return `${clause.slice(0, fast.index)}${clause.slice(fast.index + fast[0].length)}`;
  return undefined;
}

/** Slowness exclaimed: how come so slow, too slow, taking forever (folded Chinese; English in any case). */
const ZH_SLOW = /(?:怎么|咋|为什么|为啥|干嘛)(?:会|就|都|也|还)?(?:这么|那么|如此|这样)(?:慢|久)|(?:太|这么|那么)慢/u;
const EN_SLOW = /\b(?:so|this|that|too|soo+|really|super|painfully|ridiculously) slow\b|\btak(?:e|es|ing) (?:so long|forever|ages)\b/i;

/**
 * Whether the message exclaims that something is slow ("退款怎么这么慢", "why is my refund so slow"): alone, it asks
 * how long the thing it is about takes (knowledge-lookup.ts searches it with those words; the thing decides the
 * article: a refund's timing, a late parcel).
 */
export function exclaimsSlowness(matching: string, lang: Lang): boolean {
  return (lang === 'zh' ? ZH_SLOW : EN_SLOW).test(matching);
}
