import {
  ZH_CONTRAST, ZH_DEGREE, ZH_DIMENSIONS, ZH_EXCESS_DEGREES, ZH_NEGATIVE, ZH_NEGATORS, ZH_NEUTRAL, ZH_POSITIVE,
  ZH_WARNING_NEGATORS,
} from './lexicon-zh';
import {
  applyPunctuationCues, CONTRAST_AFTER, CONTRAST_BEFORE, NEGATED_DEGREE_FACTOR, NEGATED_NEGATIVE_FACTOR, sentimentResult,
} from './sentiment-scale';
import type { SentimentResult } from './types';

/**
 * Chinese sentiment from Baton's lexicon. The text is cut into lexicon words by longest match (no segmenter: the
 * lexicon decides what a word is, so "不错" is read as praise rather than "not" + "wrong"), then each sentiment word is
 * weighed by the negator and degree words before it in its clause, and by "但是"-style contrast in its sentence.
 */

type Entry =
  | { kind: 'sentiment'; valence: number }
  /** `strength`: how much of the word's valence survives negation; `warns`: a complaint after it stays one. */
  | { kind: 'negator'; strength: number; warns: boolean }
  /** `excess`: the valence a dimension word takes after this degree word ("太小"), 0 when it takes none. */
  | { kind: 'degree'; factor: number; excess: number }
  /** Neutral alone, a complaint after a degree word of excess ("太小"). */
  | { kind: 'dimension' }
  | { kind: 'contrast' }
  | { kind: 'neutral' };

type Piece =
  | { kind: 'word'; text: string; entry: Entry }
  /** A character outside the lexicon. */
  | { kind: 'other' }
  | { kind: 'clause-end' }
  | { kind: 'sentence-end' };
type SentencePiece = Exclude<Piece, { kind: 'sentence-end' }>;

/**
 * The lexicon rates words 1–4; these weights put them on AFINN's scale ("差" -2 × 1.5 = AFINN's "bad"). Praise weighs
 * more than complaint: a satisfied customer still mentions small flaws ("房间有点小"), an unhappy one rarely praises,
 * so one word of praise says more about the verdict than one mild complaint. (Measured on the tuning data: it halves
 * the false negatives among long mixed reviews.)
 */
const PRAISE_WEIGHT = 2;
const COMPLAINT_WEIGHT = 1.5;
/** A negated positive word keeps its strength: "不满意" is as negative as "满意" is positive. */
const NEGATED_POSITIVE_FACTOR = -1;
/** A negator reaches across at most this many characters outside the lexicon ("没有想象中好"). */
const NEGATION_REACH = 3;
/** A degree word reaches across at most this many ("太让人失望"). */
const DEGREE_REACH = 2;
/** What a lack ("没有…") that negates no sentiment word counts for. */
const UNRESOLVED_NEGATION_VALENCE = -0.5;
const LACK_NEGATORS: ReadonlySet<string> = new Set(['没', '没有', '无', '未', '毫无', '木有']);

const ENTRIES: ReadonlyMap<string, Entry> = buildEntries();
const LONGEST_WORD = Math.max(...[...ENTRIES.keys()].map((word) => word.length));
const CLAUSE_END = /[,，;；:：、~～…\s"“”'‘’()（）[\]【】]/;
const SENTENCE_END = /[.。!！?？\n]/;

export function analyzeChineseSentiment(text: string): SentimentResult {
  const normalized = text.normalize('NFKC').toLowerCase();
  const evidence: string[] = [];
  let sum = 0;
  for (const sentence of splitSentences(readPieces(normalized))) sum += scoreSentence(sentence, evidence);
  return sentimentResult(applyPunctuationCues(normalized, sum, evidence), evidence);
}

/** Cuts the text into lexicon words (longest first), other characters and clause / sentence ends. */
function readPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (SENTENCE_END.test(ch)) {
      pieces.push({ kind: 'sentence-end' });
      i++;
      continue;
    }
    if (CLAUSE_END.test(ch)) {
      pieces.push({ kind: 'clause-end' });
      i++;
      continue;
    }
    const word = longestWordAt(text, i);
    if (word) {
      pieces.push({ kind: 'word', text: word, entry: ENTRIES.get(word)! });
      i += word.length;
    } else {
      pieces.push({ kind: 'other' });
      i++;
    }
  }
  return pieces;
}

function longestWordAt(text: string, start: number): string | undefined {
  for (let length = Math.min(LONGEST_WORD, text.length - start); length > 0; length--) {
    const candidate = text.slice(start, start + length);
    if (ENTRIES.has(candidate)) return candidate;
  }
  return undefined;
}

function splitSentences(pieces: readonly Piece[]): SentencePiece[][] {
  const sentences: SentencePiece[][] = [[]];
  for (const piece of pieces) {
    if (piece.kind === 'sentence-end') sentences.push([]);
    else sentences[sentences.length - 1].push(piece);
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

/** Sum of the sentence's weighed sentiment words; appends each one, with its modifiers, to `evidence`. */
function scoreSentence(pieces: readonly SentencePiece[], evidence: string[]): number {
  const contrastAt = findLastIndex(pieces, (p) => p.kind === 'word' && p.entry.kind === 'contrast');
  const modifiers = new ClauseModifiers();
  let sum = 0;
  pieces.forEach((piece, index) => {
    if (piece.kind === 'clause-end') {
      sum += modifiers.endClause();
      return;
    }
    if (piece.kind === 'other') {
      modifiers.skip();
      return;
    }
    const entry = piece.entry;
    switch (entry.kind) {
      case 'neutral':
        modifiers.skip();
        return;
      case 'contrast':
        sum += modifiers.endClause();
        return;
      case 'negator':
        sum += modifiers.negate(piece.text, entry);
        return;
      case 'degree':
        sum += modifiers.intensify(piece.text, entry);
        return;
      case 'dimension':
        // "房间大" says nothing; "房间太小" complains.
        if (!modifiers.complainsAboutDimension()) {
          modifiers.skip();
          return;
        }
        break;
      case 'sentiment': {
        // "好" right before a sentiment word is a degree adverb: "好失望" = "so disappointed".
        const next = pieces[index + 1];
        const nextIsGraded = next?.kind === 'word' && (next.entry.kind === 'sentiment' || next.entry.kind === 'dimension');
        if (piece.text === '好' && nextIsGraded) {
          sum += modifiers.intensify(piece.text, GOOD_AS_DEGREE);
          return;
        }
        break;
      }
    }
    const weighed = modifiers.weigh(piece.text, entry.kind === 'sentiment' ? entry.valence : null);
    sum += weighed.valence * (contrastAt < 0 ? 1 : index < contrastAt ? CONTRAST_BEFORE : CONTRAST_AFTER);
    evidence.push(weighed.evidence);
  });
  return sum + modifiers.endClause();
}

const GOOD_AS_DEGREE = { kind: 'degree', factor: 1.5, excess: 0 } as const;

/** The negator and degree words read so far in a clause, waiting for the sentiment word they modify. */
class ClauseModifiers {
  private negator: { text: string; strength: number; warns: boolean } | null = null;
  private sinceNegator = 0; // pieces outside the lexicon read since the negator
  private degree = 1;
  private degreeWords = '';
  private excess = 0; // the valence a dimension word takes after these degree words ("太" → "太小")
  private sinceDegree = 0;

  /** A character or neutral word: modifiers reach only so far. */
  skip(): void {
    this.sinceNegator++;
    this.sinceDegree++;
  }

  /** Clause ends: modifiers lapse. Returns the valence of a negator that found nothing to negate. */
  endClause(): number {
    const lapsed = this.dropNegator();
    this.dropDegree();
    return lapsed;
  }

  negate(text: string, entry: { strength: number; warns: boolean }): number {
    let lapsed = 0;
    if (this.negator && this.sinceNegator === 0) {
      this.negator = null; // "不是不好": a second negator cancels the first
    } else {
      lapsed = this.dropNegator();
      this.negator = { text, strength: entry.strength, warns: entry.warns };
    }
    this.dropDegree();
    return lapsed;
  }

  intensify(text: string, entry: { factor: number; excess: number }): number {
    // After other words, a degree word opens a new predicate: "没收到货很失望" is not "not disappointed".
    const lapsed = this.negator && this.sinceNegator > 0 ? this.dropNegator() : 0;
    if (this.sinceDegree > 0) this.dropDegree();
    this.degree *= entry.factor;
    this.degreeWords += text;
    this.excess = Math.min(this.excess, entry.excess);
    return lapsed;
  }

  complainsAboutDimension(): boolean {
    return this.excess < 0 && this.sinceDegree === 0;
  }

  /**
   * The valence of a sentiment word (or, given `null`, of a dimension word after "太") under the modifiers, which it
   * uses up.
   */
  weigh(word: string, lexiconValence: number | null): { valence: number; evidence: string } {
    const isDimension = lexiconValence === null;
    const base = lexiconValence ?? this.excess;
    const negated =
      this.negator !== null && this.sinceNegator <= NEGATION_REACH && !(this.negator.warns && base < 0);
    const degreeApplies = this.degreeWords !== '' && this.sinceDegree <= DEGREE_REACH;
    let valence = base * (base > 0 ? PRAISE_WEIGHT : COMPLAINT_WEIGHT);
    if (negated) {
      valence *= this.negator!.strength;
      if (degreeApplies) valence *= this.degree > 1 ? NEGATED_DEGREE_FACTOR : this.degree;
      valence *= valence > 0 ? NEGATED_POSITIVE_FACTOR : NEGATED_NEGATIVE_FACTOR;
    } else if (degreeApplies && !isDimension) {
      valence *= this.degree; // a dimension's valence already says how much ("太" vs "有点")
    }
    const shownNegator = negated ? this.negator!.text + (this.sinceNegator > 0 && !this.degreeWords ? '…' : '') : '';
    const evidence = shownNegator + (degreeApplies ? this.degreeWords : '') + word;
    this.negator = null; // used up, not lapsed
    this.dropDegree();
    return { valence, evidence };
  }

  private dropNegator(): number {
    // A lack that found no sentiment word still says something is missing ("没有热水", "无发票").
    const lapsed = this.negator && LACK_NEGATORS.has(this.negator.text) ? UNRESOLVED_NEGATION_VALENCE : 0;
    this.negator = null;
    this.sinceNegator = 0;
    return lapsed;
  }

  private dropDegree(): void {
    this.degree = 1;
    this.degreeWords = '';
    this.excess = 0;
    this.sinceDegree = 0;
  }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k])) return k;
  return -1;
}

function buildEntries(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const word of ZH_NEUTRAL) entries.set(word, { kind: 'neutral' });
  for (const word of ZH_DIMENSIONS) entries.set(word, { kind: 'dimension' });
  for (const [word, factor] of Object.entries(ZH_DEGREE)) {
    entries.set(word, { kind: 'degree', factor, excess: ZH_EXCESS_DEGREES[word] ?? 0 });
  }
  for (const [word, strength] of Object.entries(ZH_NEGATORS)) {
    entries.set(word, { kind: 'negator', strength, warns: ZH_WARNING_NEGATORS.includes(word) });
  }
  for (const word of ZH_CONTRAST) entries.set(word, { kind: 'contrast' });
  for (const [word, valence] of [...Object.entries(ZH_POSITIVE), ...Object.entries(ZH_NEGATIVE)]) {
    entries.set(word, { kind: 'sentiment', valence });
  }
  return entries;
}
