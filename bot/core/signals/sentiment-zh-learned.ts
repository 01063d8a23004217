import { chineseWordSegments, foldChinese } from '../../../knowledge/text';
import { parseLearnedWeights, shiftScore, type LearnedWeights } from './sentiment-learned';
import shipped from './sentiment-zh-weights.json';

/**
 * A small learned correction to the Chinese sentiment score (sentiment-learned.ts): a logistic regression over the
 * segmenter's words and neighbouring pairs (words after a negator marked, "not_新鲜"), fitted on Baton's own Chinese
 * customer messages (test/fixtures/sentiment/zh-customer.tsv, written for Baton; the public Chinese review sets may not
 * ship derived data) with the lexicon's score as one more input (test/bench/train-sentiment-zh.ts). What it adds is the
 * weight of how customers report a let-down with no complaint word the lexicon rates: food and goods described
 * (咸得没法吃, 凉了, 生的, 起球), a wait told in numbers, 呵呵 and 真快啊 said of a failure. Only the sentiment moves;
 * the emotion (who needs a person) stays the lexicon's.
 */

const CLAUSE_END = /^[\s,，。.!！?？;；:：~～、…]+$/u;
const DIGITS = /^\d+(?:\.\d+)?$/;
/** How many words after a negator are marked (same clause). */
const NEGATION_MARK_REACH = 2;
// With the adverb the segmenter keeps in front (也不, 都没): 一点也不新鲜 marks 新鲜.
const NEGATORS: ReadonlySet<string> = new Set([
  '不', '没', '没有', '别', '无', '未', '不是', '不会', '不能', '没法', '不太', '也不', '都不', '并不', '从不', '还不', '也没',
  '都没', '还没', '也没有', '都没有', '还没有', '从来不', '根本不', '根本没',
]);
/** Grammar, pronouns and the commonest verbs: no feature alone (pairs with a content word still are). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  '的 了 吗 呢 啊 吧 呀 哦 嘛 啦 我 你 您 他 她 它 我们 你们 他们 是 在 有 和 与 也 都 就 还 这 那 这个 那个 个 一 把 被 给 对 从 着 过 得 地 又 才 再 很 都是 就是 一个 一下 一些 一次 一点'.split(' '),
);
/** A greeting or a polite opener says nothing of how the customer feels (你好，东西坏了 is 东西坏了): no feature at all. */
const OPENERS: ReadonlySet<string> = new Set('你好 您好 亲 在吗 在 请问 麻烦 哈喽 嗨 hi hello'.split(' '));

/** The features of a text: each word (marked "not_" within reach after a negator) and each pair of neighbours in one clause. */
export function learnedFeaturesZh(text: string): string[] {
  const features = new Set<string>();
  let previous: string | undefined;
  let negatedFor = 0;
  // Folded as the lexicon's reading is (sentiment-zh.ts): one set of features for every script.
  for (const { segment, isWordLike } of chineseWordSegments(foldChinese(text.normalize('NFKC')).toLowerCase())) {
    if (!isWordLike) {
      if (CLAUSE_END.test(segment)) {
        previous = undefined;
        negatedFor = 0;
      }
      continue;
    }
    const word = DIGITS.test(segment) ? '#' : segment;
    if (OPENERS.has(word)) continue;
    const grammar = FUNCTION_WORDS.has(word);
    // A character alone (货, 让) is too many words' part to weigh on its own with this little data; in a pair it counts.
    const single = word.length === 1 && negatedFor === 0;
    if (!grammar && !single && !NEGATORS.has(word)) features.add(negatedFor > 0 ? `not_${word}` : word);
    if (previous !== undefined && !(grammar && FUNCTION_WORDS.has(previous))) features.add(`${previous} ${word}`);
    previous = word;
    if (NEGATORS.has(word)) negatedFor = NEGATION_MARK_REACH;
    else if (negatedFor > 0) negatedFor--;
  }
  return [...features];
}

/** The lexicon score moved by the learned shift. */
export function withLearnedShiftZh(score: number, text: string, weights: LearnedWeights = WEIGHTS): number {
  return shiftScore(score, learnedFeaturesZh(text), weights);
}

const WEIGHTS: LearnedWeights = parseLearnedWeights(shipped);
