/**
 * Homophone typos in Chinese. A pinyin input method offers every character of a sound, and customers pick the wrong
 * one: 秘码 for 密码, 快第 for 快递, 发漂 for 发票, 伸请 for 申请, 分其 for 分期. A word the segmenter's dictionary does not know,
 * and the knowledge base never uses, that sounds exactly like one word the knowledge base does use is read as that
 * word, instead of a list of typos grown one customer at a time (chinese-vocabulary.ts keeps the few the segmenter
 * knows as words: 登陆, 帐号).
 *
 * Only two characters standing alone between words are candidates (the segmenter read each as a word of its own), and
 * not when either is a particle or pronoun: those stand alone in every sentence and would pair with a neighbour into
 * some sound the knowledge base happens to use (我是 wǒ shì would become 卧室). A sound several known words share
 * corrects nothing. The dictionary is small (it cuts 余额 into 余 / 额, so 用余额 reads as 用于 + 额): the search therefore
 * keeps a reading only when it answers better than the text as typed (knowledge-index.ts).
 */
import { pinyin } from 'pinyin-pro';
import { chineseWordSegments } from '../text/chinese-words';

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_CHAR = /^\p{Script=Han}$/u;
const HAN = /\p{Script=Han}/u;

/** Characters that stand alone in every sentence: grammar, pronouns, the commonest verbs and measure words. */
const FUNCTION_CHARS: ReadonlySet<string> = new Set(
  Array.from('我你您他她它们的地得了着过是在有和与跟就都也还又才再吗呢吧啊呀哦哈嘛么啦喔这那哪个些此该其各每不没别很太更最把被让给对从向到为以于而且或及等如要会能可想说一二三四五六七八九十几两'),
);

/** Readings by character: a knowledge base of 10,000 articles has some 100,000 two-character terms, of 4,000 characters. */
const READINGS = new Map<string, string[]>();

/** The readings of one character, with their tones (秘: mi4, bi4). */
function readingsOf(char: string): string[] {
  let readings = READINGS.get(char);
  if (!readings) {
    readings = pinyin(char, { multiple: true, type: 'array', toneType: 'num' });
    READINGS.set(char, readings);
  }
  return readings;
}

/** Every reading of a two-character word ("mi4 ma3"). */
function soundsOf(word: string): string[] {
  const [first, second] = Array.from(word);
  const sounds: string[] = [];
  for (const a of readingsOf(first)) for (const b of readingsOf(second)) sounds.push(`${a} ${b}`);
  return sounds;
}

function isDictionaryWord(word: string): boolean {
  const segments = [...SEGMENTER.segment(word)];
  return segments.length === 1;
}

export class HomophoneCorrector {
  private bySound: Map<string, Set<string>> | undefined;
  /** Whether a word of the table is one the segmenter knows (bounded by the table: the index's two-character terms). */
  private readonly dictionaryWords = new Map<string, boolean>();

  /**
   * @param knownTerms the index's terms (the table of sounds is built from them on the first Chinese query: about
   *   120 ms for 10,000 articles, nothing for a knowledge base without Chinese)
   * @param isKnown whether the index holds a term
   */
  constructor(
    private readonly knownTerms: () => readonly string[],
    private readonly isKnown: (term: string) => boolean,
  ) {}

  /** The text with each homophone typo replaced by the knowledge base's word; the same text when there is none. */
  correct(text: string): string {
    if (!HAN.test(text)) return text;
    const segments = chineseWordSegments(text).map((s) => s.segment);
    let changed = false;
    for (let i = 0; i + 1 < segments.length; i++) {
      const first = segments[i];
      const second = segments[i + 1];
      if (!this.isCandidate(first) || !this.isCandidate(second)) continue;
      const typed = first + second;
      if (this.isKnown(typed)) continue;
      const word = this.wordSounding(typed);
      if (!word) continue;
      segments[i] = word;
      segments[i + 1] = '';
      changed = true;
      i++;
    }
    return changed ? segments.join('') : text;
  }

  private isDictionaryWord(word: string): boolean {
    let known = this.dictionaryWords.get(word);
    if (known === undefined) {
      known = isDictionaryWord(word);
      this.dictionaryWords.set(word, known);
    }
    return known;
  }

  private isCandidate(segment: string): boolean {
    return HAN_CHAR.test(segment) && !FUNCTION_CHARS.has(segment);
  }

  /** The one known word that sounds like `typed`, if exactly one does. */
  private wordSounding(typed: string): string | undefined {
    const table = this.table();
    const found = new Set<string>();
    for (const sound of soundsOf(typed)) {
      for (const word of table.get(sound) ?? []) if (word !== typed && this.isDictionaryWord(word)) found.add(word);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  private table(): Map<string, Set<string>> {
    if (this.bySound) return this.bySound;
    const bySound = new Map<string, Set<string>>();
    for (const term of this.knownTerms()) {
      if (term.length !== 2 || !HAN.test(term[0]) || !HAN.test(term[1])) continue;
      for (const sound of soundsOf(term)) {
        const words = bySound.get(sound) ?? new Set<string>();
        words.add(term);
        bySound.set(sound, words);
      }
    }
    this.bySound = bySound;
    return bySound;
  }
}
