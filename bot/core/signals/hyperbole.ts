import type { ComplaintResult } from './complaint';
import type { SentimentReading } from './sentiment-scale';

/**
 * A feeling put as a figure of speech beside a routine question: "the wait is torture, when does standard shipping
 * arrive", "this suspense is killing me, where is my parcel", 气死我了，刚买完就降价了，能退差价吗, 等快递等到要疯了，一般几天到,
 * Cantonese 激死我 (folded). The lexicons weigh torture, 气死 and 要疯了 as strongly as anger, and one of them alone reaches a
 * strong emotion; said of a wait or a price with a question to answer, the figure exaggerates, and the question is the
 * bot's to answer.
 *
 * Only when the figure is the whole of the feeling (every emotion word stands inside one), the message asks, and nothing
 * is complained of: a figure beside a complaint, an insult, shouting or "!!!" stays a strong emotion ("气死我了 第三次发错了",
 * "this is torture, worst service ever").
 */

const EN_FIGURE = new RegExp(
  [
    String.raw`\b(?:is|was|been|it's|its|pure|absolute|sheer|such) (?:pure |absolute |sheer |literal )?torture\b`,
    String.raw`\b(?:is|are|it's|its|they're|this is|that's)? ?(?:literally )?killing me\b`,
    String.raw`\bdying (?:to|for|of)\b`, String.raw`\bto die for\b`,
    String.raw`\b(?:drives?|driving|drove) me (?:nuts|crazy|mad|insane|up the wall|round the bend|bananas)\b`,
    String.raw`\b(?:going|gone) (?:crazy|nuts|mad|bananas)\b`, String.raw`\blosing my mind\b`,
  ].join('|'),
  'g',
);
/** 气死(我)了, 急死了, 激死我 (Cantonese), 笑死, 累死; 要疯了, 快疯了, 等到疯. */
const ZH_FIGURE = /(?:气|激|急|笑|累|吓|烦|馋|热|冷|饿|困|穷|等|愁|闷)死(?:我|人)?(?:了|啦|咯)?|(?:要|快|都|真的|简直)?(?:要)?(?:疯|癫)(?:掉|了|咗)+/g;

/**
 * A routine question: a question word or a request for something ("when does it ship", "can I swap it", 几天到, 能退差价吗).
 * Not a bare "?" nor a yes-no question put to the staff: "are you all idiots?", 你们客服都是猪吗 insult, they ask nothing.
 */
const EN_ASKS = /(?:^|[.,;:!?] ?|\s)(?:how|what|what's|when|where|which|can|could|will|would|should|do i|do you|does it|is there|are there)\s/;
const ZH_ASKS = /几|多少|多久|怎么|怎样|如何|哪|能不能|能否|能|可不可以|可以|可唔可以|点样|点算|是否|有没有|有冇|什么时候|何时/;

function figures(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/** The emotion, no longer strong when its feeling is only a figure of speech beside a routine question. */
export function withoutHyperbole(reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean): SentimentReading['emotion'] {
  if (!reading.strong || complaint.kind !== null) return reading;
  const lower = text.normalize('NFKC').toLowerCase();
  if (!(chinese ? ZH_ASKS : EN_ASKS).test(lower)) return reading;
  const said = figures(lower, chinese ? ZH_FIGURE : EN_FIGURE);
  if (said.length === 0) return reading;
  // Every piece of evidence is a word inside a figure, or the question's own frame ("…吗…可以", read by
  // sentiment-zh-asking.ts); punctuation cues ("!!!", "??") and other feeling words are not.
  const everyInFigure = reading.evidence.every((e) => e.startsWith('…') || said.some((f) => f.includes(e.toLowerCase())));
  return everyInFigure ? { ...reading, strong: false } : reading;
}
