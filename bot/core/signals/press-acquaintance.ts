/**
 * The press reached through someone the customer knows: "a friend of mine on the tech desk at a news site is very
 * interested in my story about your warranty refusals", "my cousin at the local paper wants to run my story about you",
 * 我认识记者，准备把这事捅到媒体, 我朋友在报社 说对我这件事很有兴趣. No word of it names a journalist, so the legal rule's
 * press words miss it; the threat is the pairing of someone at the press with the customer's story about the store
 * being taken up (interested in, wants to run, will cover) or the matter pushed to the media (捅到媒体).
 *
 * Someone at the press told beside an ordinary question ("my friend works at a news site lol, do you ship to canada",
 * 我朋友在报社上班 你们发货到香港吗) names no story and is not read.
 *
 * English arrives lower-cased (normalizeEnglish), Chinese folded to simplified Mandarin. Each pattern is bounded.
 */

/**
 * Someone the customer knows, at the press: "a friend of mine on the tech desk at a news site", "my cousin at the paper".
 * Read in two steps, the person and then the press within the sentence's next 50 characters (enKnownAtPress): as one
 * pattern with a lazy gap between, recheck could not decide it.
 */
const EN_KNOWN_PERSON =
  /\b(?:(?:a|one) (?:friend|mate|buddy|pal|cousin|contact|colleague|neighbou?r|relative) of (?:mine|ours)|my (?:[a-z]{2,10} )?(?:friend|mate|buddy|pal|cousin|brother|sister|uncle|aunt|dad|mum|mom|wife|husband|partner|neighbou?r|contact|colleague|ex|son|daughter)|i know (?:someone|somebody|a guy|a girl|people)|someone i know)\b/g;
const EN_PRESS_PLACE =
  /\b(?:news ?(?:site|desk|outlet|paper|room|channel|station|network)s?|newspapers?|(?:local |national |the )paper|magazines?|(?:tv|radio) (?:station|channel|show)|the (?:bbc|guardian|times|post|herald|telegraph|mirror|sun)|(?:tech|consumer|business|news) desk|press|media)\b/;
const EN_SENTENCE_END = /[.!?;]/;

function enKnownAtPress(english: string): string | null {
  for (const person of english.matchAll(EN_KNOWN_PERSON)) {
    const from = person.index + person[0].length;
    let rest = english.slice(from, from + 51);
    const end = rest.search(EN_SENTENCE_END);
    if (end >= 0) rest = rest.slice(0, end);
    const press = EN_PRESS_PLACE.exec(rest);
    if (press) return english.slice(person.index, from + press.index + press[0].length);
  }
  return null;
}
/** The customer's story about the store taken up: "interested in my story about your…", "wants to run/cover it". */
const EN_STORY_TAKEN_UP =
  /\b(?:interested in (?:my|our|this|the) (?:story|case|experience|situation|complaint)|(?:wants?|wanting|keen|eager|going|plans?|planning|offered|agreed) (?:to )?(?:run|cover|write up|write about|feature|publish|report on|look into|dig into) (?:my|our|this|it|the story|you|your)|(?:my|our) story (?:about|on|of) (?:you|your|how you|the way you|this (?:company|shop|store)))\b/;

/** Someone at the press, known to the customer: 我认识记者, 我朋友在报社, 我表哥是电视台的. */
const ZH_KNOWN_AT_PRESS = /我(?:认识|有)(?:[^，。！？,!?]{0,6}?)(?:记者|报社|电视台|媒体|编辑)|我(?:的)?(?:朋友|表哥|表姐|表弟|表妹|哥|姐|弟|妹|同学|亲戚|老公|老婆|舅舅|叔叔|阿姨)[^，。！？,!?]{0,6}?(?:是|在)[^，。！？,!?]{0,6}?(?:记者|报社|电视台|媒体|编辑)/;
/** The matter taken up by the press the customer knows: 对这件事很有兴趣, 要报道 (pushed to it, 捅到媒体, is ZH_PUSHED). */
const ZH_TAKEN_UP = /(?:对|对于)(?:我)?(?:这件事|这事|我的事|我的遭遇|你们)[^，。！？,!?]{0,4}?(?:有兴趣|感兴趣)|(?:要|想|会|准备|打算)(?:帮我)?(?:报道|报导|曝光)/;
/** The matter pushed to the press with no one named: 捅到媒体, 捅给记者 — as plain a threat as 找媒体. */
const ZH_PUSHED = /捅(?:到|给|上|去|出去)(?:了)?[^，。！？,!?]{0,4}?(?:媒体|记者|报社|电视台|网上|新闻)/;

/** The evidence of the press reached through someone the customer knows, or of the matter pushed to the press. */
export function pressAcquaintance(english: string, chinese: string): string[] {
  if (chinese) {
    const pushed = ZH_PUSHED.exec(chinese);
    if (pushed) return [pushed[0]];
    const known = ZH_KNOWN_AT_PRESS.exec(chinese);
    const taken = ZH_TAKEN_UP.exec(chinese);
    return known && taken ? [known[0], taken[0]] : [];
  }
  if (!english) return [];
  const known = enKnownAtPress(english);
  const taken = EN_STORY_TAKEN_UP.exec(english);
  return known && taken ? [known, taken[0]] : [];
}
