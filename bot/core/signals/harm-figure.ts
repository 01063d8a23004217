/**
 * A harm word the customer says of themself as a figure, not an incident:
 *
 * - surprise at a sight: "nearly choked on my coffee when I saw the shipping cost lol", "choked on my tea reading the
 *   delivery fee". What was choked on is the customer's own drink or food, and what set it off is something seen or read
 *   (a price, a fee, a total): the choking is the customer's start of surprise. "I choked on a piece of the toy's plastic",
 *   "my son choked on the lid", or anything of the store's as the thing choked on, stay incidents.
 * - the customer's own reaction supposed in the main clause of a condition: 如果退货还要自己付运费我会当场晕倒, 要是等一个月我
 *   就当场晕低, "if I had to pay return shipping I'd faint on the spot". Nothing has happened; the condition is about money or
 *   a wait, and the reaction says how much the customer minds it. Words of self-harm never count as a figure (self-harm.ts):
 *   "如果再不退款我就不想活了" is a person in crisis.
 *
 * Only the phrases that lie wholly inside such a figure are set aside.
 */
import { SELF_HARM_EN, SELF_HARM_ZH } from './self-harm';

const EN_OWN_DRINK = String.raw`(?:coffee|tea|water|drink|latte|cappuccino|juice|wine|beer|soda|coke|smoothie|cereal|toast|breakfast|lunch|dinner|sandwich|food|snack|gum|spit|own spit)`;
/** The sight that set it off, right after: "when I saw", "reading", "at the price". */
const EN_SIGHT = String.raw`(?: (?:when|as|after) (?:i|we) (?:saw|read|heard|checked|looked at|noticed|opened)| (?:reading|seeing|looking at|checking)| at (?:the|your) (?:price|cost|bill|total|fee|quote))`;
const EN_SURPRISE = new RegExp(String.raw`\b(?:choked|choking|chocked) on (?:my|our) ${EN_OWN_DRINK}(?=${EN_SIGHT}\b)`, 'g');

/** A condition's opener; the reaction is the speaker's, in the would-mood, in the main clause after it. */
const ZH_CONDITION = /(?:如果|要是|假如|假设|万一|若是|倘若)[^。！!？?]{1,24}?我(?:真的|肯定|一定|绝对|都|就|也)?(?:会|就会|要)(?:直接|当场|马上|立刻|即刻|当堂)?/g;
/** "if" opening a condition; its main clause is looked for within the sentence's next 60 characters (enConditions). */
const EN_IF = /\bif /g;
const EN_SENTENCE_END = /[.!?]/;
/** The speaker in the would-mood: "i'd", "i would", "i will", "i'll", and an adverb. */
const EN_SPEAKER_WOULD = /\bi(?:'d| would| will|'ll)(?: literally| actually| honestly| probably)? /;
/** How far the reaction reaches: to the end of its clause. */
const ZH_REACTION_REACH = /^[^，,。！!？?；;\s]{1,10}/;
const EN_REACTION_REACH = /^[^,.;!?]{1,40}/;

/** A condition that tells rather than supposes (again, already, just now: supposed.ts reads the same): no figure. */
const EN_TELLS = /\b(?:again|still|already|just now|yesterday|last (?:night|time|week)|earlier|this morning)\b/;
const ZH_TELLS = /又|再次|已经|刚才|刚刚|昨天|昨晚|上次|现在|正在|一直/;

const SELF_HARM = new RegExp(`(?:${[...SELF_HARM_EN, ...SELF_HARM_ZH].join('|')})`);

/**
 * Each "if …, i'd " of the text, the condition and the speaker's would-mood after it within the sentence's next 60
 * characters, as [where it starts, the text through the would]. Found in steps rather than by one pattern with a lazy gap.
 */
function enConditions(english: string): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  for (const m of english.matchAll(EN_IF)) {
    let window = english.slice(m.index + m[0].length, m.index + m[0].length + 61);
    const end = window.search(EN_SENTENCE_END);
    if (end >= 0) window = window.slice(0, end);
    const would = EN_SPEAKER_WOULD.exec(window.slice(1));
    if (would) found.push([m.index, english.slice(m.index, m.index + m[0].length + 1 + would.index + would[0].length)]);
  }
  return found;
}

function figureSpans(english: string, chinese: string): Array<[string, number, number]> {
  const spans: Array<[string, number, number]> = [];
  if (english) {
    for (const m of english.matchAll(EN_SURPRISE)) spans.push(['en', m.index, m.index + m[0].length]);
    for (const [at, condition] of enConditions(english)) {
      const start = at + condition.length;
      const reaction = EN_REACTION_REACH.exec(english.slice(start));
      if (reaction && !SELF_HARM.test(reaction[0]) && !EN_TELLS.test(condition)) spans.push(['en', start, start + reaction[0].length]);
    }
  }
  if (chinese) {
    for (const m of chinese.matchAll(ZH_CONDITION)) {
      const start = m.index + m[0].length;
      const reaction = ZH_REACTION_REACH.exec(chinese.slice(start));
      // The span runs from the speaker (我) through the reaction: 我会当场晕倒 holds the rule's 当场晕倒.
      if (reaction && !SELF_HARM.test(reaction[0]) && !ZH_TELLS.test(m[0])) spans.push(['zh', m.index + m[0].lastIndexOf('我'), start + reaction[0].length]);
    }
  }
  return spans;
}

function insideFigure(part: string, text: string, spans: ReadonlyArray<[string, number, number]>, script: string): boolean {
  let any = false;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    any = true;
    if (!spans.some(([s, start, end]) => s === script && start <= at && at + part.length <= end)) return false;
  }
  return any;
}

/** Whether every place a phrase (each part of an "a … b" phrase) stands lies inside a figure of the customer's own. */
export function harmFigured(phrase: string, english: string, chinese: string): boolean {
  const spans = figureSpans(english, chinese);
  if (spans.length === 0) return false;
  const parts = phrase.split('…').map((p) => p.trim()).filter(Boolean);
  const script = /[\u4e00-\u9fff]/.test(phrase) ? 'zh' : 'en';
  const text = script === 'zh' ? chinese : english;
  return parts.length > 0 && !!text && parts.every((part) => insideFigure(part, text, spans, script));
}

/** The safety phrases without those that lie wholly inside such a figure (see the file's comment). */
export function withoutHarmFigures(found: readonly string[], english: string, chinese: string): string[] {
  return found.filter((phrase) => !harmFigured(phrase, english, chinese));
}
