/**
 * Chinese text as matching and the detectors read it: one script (simplified), one variety (Mandarin), the mainland's
 * words. `foldChinese` runs traditional → simplified (with Taiwan phrases, for traditional text only), written
 * Cantonese → Mandarin (cantonese-lexicon.ts, whose 係 is folded before simplifying, and whose words that are
 * Cantonese only in Cantonese wait for a Cantonese text), Taiwan and Hong Kong shopping words and common misspellings
 * → mainland words, payment brands, broken states and destinations → their concept (chinese-concepts.ts), and
 * English shopping words inside a Chinese
 * sentence followed by their Chinese word. Each step is one longest-match pass over a dictionary trie (linear in the text). Text without
 * Chinese characters is returned as it is. Only for matching: customers read their own words and their own script.
 */
import type { ConverterFunction } from 'opencc-js/t2cn';
import { rememberRecent } from '../../contracts';
import { toSimplified } from './chinese-script';
import { BEFORE_SIMPLIFYING, CANTONESE_IN_CONTEXT, CANTONESE_LEXICON } from './cantonese-lexicon';
import { foldConcepts, mentionsPaymentFailure, mentionsRefund, REFUND_DESTINATION } from './chinese-concepts';
import { CANTONESE_CHARACTERS, ENGLISH_IN_CHINESE, REGIONAL_AND_VARIANT } from './chinese-vocabulary';

interface Folds {
  beforeSimplifying: ConverterFunction;
  cantonese: ConverterFunction;
  cantoneseInContext: ConverterFunction;
  regional: ConverterFunction;
}

let folds: Folds | undefined;

function foldsOf(): Folds {
  if (!folds) {
    const { ConverterFactory } = require('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
    // The lexicon's keys are simplified by the chain customer text goes through, since the lexicon reads its output.
    const cantonese = new Map<string, string>();
    for (const [from, to] of CANTONESE_LEXICON) cantonese.set(toSimplified(from), to);
    folds = {
      beforeSimplifying: ConverterFactory([BEFORE_SIMPLIFYING]),
      cantonese: ConverterFactory([[...cantonese]]),
      cantoneseInContext: ConverterFactory([CANTONESE_IN_CONTEXT]),
      regional: ConverterFactory([REGIONAL_AND_VARIANT]),
    };
  }
  return folds;
}

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]+/g;

/**
 * English shopping words (and two-word phrases) in a Chinese sentence followed by their Chinese word: 我的order还没到
 * → 我的order订单还没到. The English stays, for an English article or an English synonym.
 */
function foldEnglishWords(text: string): string {
  const words = [...text.matchAll(LATIN_WORD)];
  if (words.length === 0) return text;
  // As for payment brands in Chinese (chinese-concepts.ts): in 退款到alipay the brand is where the refund goes, in
  // Apple Pay一直付款失败 what the customer paid with.
  const refund = mentionsRefund(text);
  const failure = !refund && mentionsPaymentFailure(text);
  const chineseFor = (english: string) => {
    const chinese = chineseWordFor(english);
    if (chinese !== PAYMENT_CONCEPT) return chinese;
    return refund ? REFUND_DESTINATION : failure ? undefined : chinese;
  };
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    const end = word.index! + word[0].length;
    // A two-word phrase ("credit card") when only spaces separate the words.
    const gap = next ? text.slice(end, next.index) : '';
    const phrase = next && gap.length > 0 && gap.trim() === '' ? chineseFor(`${word[0]} ${next[0]}`) : undefined;
    if (phrase) {
      const phraseEnd = next!.index! + next![0].length;
      out += text.slice(at, phraseEnd) + phrase;
      at = phraseEnd;
      i++;
      continue;
    }
    const single = chineseFor(word[0]);
    if (single) {
      out += text.slice(at, end) + single;
      at = end;
    }
  }
  return out + text.slice(at);
}

const PAYMENT_CONCEPT = '付款方式';

function chineseWordFor(english: string): string | undefined {
  const key = english.toLowerCase();
  return Object.hasOwn(ENGLISH_IN_CHINESE, key) ? ENGLISH_IN_CHINESE[key] : undefined;
}

/** The last few texts folded: one turn folds the same message several times. */
const foldRecent = rememberRecent(16, (text) => foldHan(text));

/** Chinese text folded for matching (see the file's comment); any other text unchanged. */
export function foldChinese(text: string): string {
  return HAN.test(text) ? foldRecent(text) : text;
}

/**
 * Cantonese asks whether something can be done by repeating the verb around 唔 with 得 after it (退唔退得, 換唔換得,
 * 用唔用得: "can it be returned / exchanged / used"): Mandarin asks 能退吗. A word table cannot list every verb.
 */
const CAN_OR_CANNOT = /(\p{Script=Han})唔\1得/gu;

function foldHan(text: string): string {
  const { beforeSimplifying, cantonese, cantoneseInContext, regional } = foldsOf();
  const simplified = toSimplified(beforeSimplifying(text)).replace(CAN_OR_CANNOT, '能$1吗');
  const mandarin = cantonese(simplified);
  // Words that are Cantonese only in Cantonese (細 "small", 先 "only then") wait for a sign that the text is.
  const inContext = writesCantonese(text) || mandarin !== simplified ? cantoneseInContext(mandarin) : mandarin;
  return foldEnglishWords(foldConcepts(regional(inContext)));
}

/** Whether the text is written Cantonese (characters Mandarin does not use: 嘅, 咗, 唔, 冇…), i.e. likely Hong Kong. */
export function writesCantonese(text: string): boolean {
  for (const char of text) if (CANTONESE_CHARACTERS.has(char)) return true;
  return false;
}
