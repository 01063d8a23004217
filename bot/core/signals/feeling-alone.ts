import type { SentimentReading } from './sentiment-scale';
import { namesCause } from './vent-aside';

/**
 * A strong feeling said in a sentence of its own, before or after the reason: "I am furious. Two weeks of promises and
 * nothing", "Absolutely livid. Nobody has called me back", 我很生气。答应的退款到现在都没有. The lexicons add up the whole
 * message, and a reason told in words AFINN rates as praise ("promises", "assured", "guaranteed", "favours") pulls the sum
 * of the feeling back under the strong mark; but the customer stated the feeling apart, as the whole of a sentence, and
 * it is as strong as that sentence alone reads.
 *
 * The sentence must be the feeling and nothing else: the customer as its subject, or none, degree words ("so",
 * "absolutely", 真的, 很), the feeling's own words (vent-aside.ts namesCause: no cause of its own); said now, not told
 * of the past ("I was furious. But you sorted it, thank you"); and the rest of the message must not praise. Whom the
 * feeling is aimed at is read after this, as for any strong feeling (emotion-aim.ts, vent-aside.ts, lone-feeling.ts:
 * "So angry. My cat knocked the vase over. Do you sell vases?" is aimed at the cat).
 */

/** The end of a sentence: a full stop, "!", "?", a new line (one mark of a run is enough to cut). */
const EN_SENTENCE_END = /[.!?\n]/;
const ZH_SENTENCE_END = /[。！!？?\n.]/;
/** Told of the past: the feeling is over, or its story is. */
const EN_PAST = /\b(?:was|were|had|used to|been)\b/;
const ZH_PAST = /曾经|当时|那时|之前|以前/;
const MAX_EN_WORDS = 6;
const MAX_ZH_CHARS = 12;
const MAX_SENTENCES = 8;

function sentencesOf(text: string, chinese: boolean): string[] {
  const end = chinese ? ZH_SENTENCE_END : EN_SENTENCE_END;
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length && sentences.length < MAX_SENTENCES; i++) {
    if (!end.test(text[i])) continue;
    if (i > start) sentences.push(text.slice(start, i));
    start = i + 1;
  }
  if (start < text.length && sentences.length < MAX_SENTENCES) sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter(Boolean);
}

/** The emotion made strong when one sentence of the message is a strong feeling told on its own. */
export function withFeelingAlone(
  reading: SentimentReading['emotion'], text: string, chinese: boolean, read: (part: string) => SentimentReading,
): SentimentReading['emotion'] {
  if (reading.strong || reading.score > 0) return reading;
  const lower = text.normalize('NFKC').toLowerCase();
  const sentences = sentencesOf(lower, chinese);
  if (sentences.length < 2) return reading;
  for (const sentence of sentences) {
    const short = chinese ? sentence.replace(/\s+/g, '').length <= MAX_ZH_CHARS : sentence.split(/\s+/).length <= MAX_EN_WORDS;
    if (!short || (chinese ? ZH_PAST : EN_PAST).test(sentence)) continue;
    const alone = read(sentence).emotion;
    if (!alone.strong || alone.evidence.length === 0) continue;
    if (namesCause(sentence, alone.evidence.map((e) => e.toLowerCase()), chinese)) continue;
    const rest = sentences.filter((other) => other !== sentence).join(chinese ? '。' : '. ');
    if (read(rest).sentiment.label === 'positive') continue;
    return { ...reading, strong: true };
  }
  return reading;
}
