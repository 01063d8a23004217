/**
 * The matter taken to the press the customer knows: "我认识电视台的记者，这事我会找他们", "我朋友在报社当记者 这件事我会找她",
 * "I know a reporter at the local paper and I'll be taking this to her", "my sister is a journalist, she'll hear about
 * this". The contact is told in one clause and the intent in another, with only a pronoun between them: going public
 * (L1), as "I'll take this to the papers" is. A journalist in the family told beside a question ("my cousin is a TV
 * reporter lol, do you ship to Taiwan", 我表姐是记者 你们寄台湾吗) takes nothing to anyone.
 */

/** Someone of the press, in folded Chinese: the contact told anywhere in the message. */
const ZH_PRESS = /记者|报社|报馆|报章|电视台|新闻台|新闻部|电台|媒体|传媒/;
/**
 * The customer will take this matter to them: 这事我会找他们, 我会把这件事告诉他们, 我就找佢哋 (folded). The one gone to is a
 * pronoun standing for the press contact; 找你们 (the store) is no one else.
 */
const ZH_TAKEN_TO_THEM =
  /(?:会|要|就|准备|打算|肯定会|一定会|马上)(?:去)?(?:把|将)?(?:这(?:件)?事|成件事|整件事|呢件事|这个事情)?(?:找|联系|联络|告诉|交给|说给|讲给|发给|转给|爆给|话俾|话畀|话给|报给)(?:他们|她们|他|她|佢哋|佢|他哋)(?![买订])/;
/** What is told them is praise: 我会告诉她你们的杯子很好 recommends the store. */
const ZH_PRAISE = /好评|推荐|不错|很好|很棒|好用|喜欢|满意|赞/;
const ZH_ASKED = /[吗么嘛][？?]?$|[？?]/;

/** The customer will take this to them, or they will hear of it: "I'll be taking this to her", "she'll hear about this". */
const EN_TAKEN_TO_THEM =
  /\b(?:i'll|i will|ill|i'm going to|im going to|i'm gonna|im gonna|i am going to|i shall)(?: be)? (?:tak(?:e|ing)|bring(?:ing)?|send(?:ing)?|pass(?:ing)?|forward(?:ing)?|giv(?:e|ing)|tell(?:ing)?|show(?:ing)?) (?:(?:this|it|all (?:of )?this|the whole (?:thing|story|lot)|my (?:story|case|complaint)) )?(?:on |over |straight )?(?:to )?(?:her|him|them)\b|\b(?:she|he|they)(?:'ll| will| is going to| are going to|'s going to|'re going to|'s gonna|'re gonna) (?:be )?(?:hear(?:ing)?|know|find(?:ing)? out|learn(?:ing)?) (?:all )?(?:about|of) (?:this|it|how you|what you|the way you|your)\b/;

/**
 * The clauses that take the matter to the press the customer knows. `pressNamed` is going-public.ts's reading of
 * someone of the press named in English (a journalist known, a paper worked at); the Chinese press is any newsroom word.
 */
export function matterTakenToKnownPress(english: string, chinese: string, pressNamed: (english: string) => boolean): string[] {
  const found: string[] = [];
  if (english && !english.includes('?') && pressNamed(english)) {
    const taken = EN_TAKEN_TO_THEM.exec(english);
    if (taken) found.push(taken[0]);
  }
  if (chinese && ZH_PRESS.test(chinese)) {
    for (const clause of chinese.split(/[，,。！!；;\s]+/)) {
      if (ZH_ASKED.test(clause)) continue;
      const taken = ZH_TAKEN_TO_THEM.exec(clause);
      if (taken && !ZH_PRAISE.test(clause.slice(taken.index))) found.push(clause);
    }
  }
  return found;
}
