import { asksChinese } from './question-form';

/**
 * A chargeback, a bank dispute or a complaint to the marketplace asked about as a process, not threatened: "what
 * happens to an order if a chargeback is filed?", "如果信用卡拒付，订单会怎么处理？", "若有争议款项会点处理". The threat
 * rule reads 拒付, "chargeback" and 争议款 as the customer taking the money back; inside a condition of a question, with
 * no word of the customer doing it ("if you don't refund me I'll do a chargeback", 再不退款我就拒付), it asks what the
 * store does.
 */

const EN_CONDITION = /\b(?:if|whether|in case|when|once|what happens (?:if|when)|what if)\b/;
/** The dispute the subject of a question about its effect: "will a chargeback affect my account?", "does a dispute close it". */
const EN_ASKED_OF = /(?:^|\b(?:will|would|does|do|can|could|is|are|should|might|may))\s(?:a|an|the|any)?\s?$/;
/** What the question asks of the dispute: its effect on the customer's standing with the store. */
const EN_EFFECT = /^\s(?:(?:affect|affects|impact|impacts|hurt|hurts|harm|close|closes|ban|bans|block|blocks|suspend|suspends|show|shows|appear|count)\b|(?:get|gets) (?:my|me|the) (?:account|order)s? (?:banned|blocked|closed|suspended))/;
const EN_QUESTION = /\?|^(?:how|what|where|when|which|who|can|could|may|do|does|did|is|are|will|would|should)\b/;
/** The customer doing it, or about to: "I'll", "I'm going to", "I've filed". */
const EN_ACTING =
  /\b(?:i|we)(?:'ll| will| am going to|'m going to|'m gonna| shall|'ve| have| had| already| just)? ?(?:file|filed|filing|do|did|doing|raise|raised|raising|open|opened|opening|start|started|starting|dispute|disputed|disputing|go|going|contact|contacted|call|called|ask|asked)\b|\b(?:you|u) (?:don't|do not|won't|will not|can't|refuse)\b/;
const ZH_CONDITION = /如果|要是|假如|万一|若是|若|假设|的话/;
/** The customer doing it: 我就拒付, 我会去申请, 再不退款. */
const ZH_ACTING = /我(?:就|会|要|们就|们会|已经|已|去|马上)|再不|不退|不给/;

function sentences(text: string): string[] {
  return text.split(/(?<=[?？。！!.])\s?/).map((s) => s.trim()).filter(Boolean);
}

function askedEnglish(phrase: string, english: string): boolean {
  const sentence = sentences(english).find((s) => s.includes(phrase));
  if (!sentence) return false;
  const before = sentence.slice(0, sentence.indexOf(phrase));
  const after = sentence.slice(sentence.indexOf(phrase) + phrase.length);
  const asked = EN_CONDITION.test(before + ' ' + phrase) || (EN_ASKED_OF.test(before) && EN_EFFECT.test(after));
  return asked && EN_QUESTION.test(sentence) && !EN_ACTING.test(sentence);
}

function askedChinese(phrase: string, chinese: string): boolean {
  const index = chinese.indexOf(phrase);
  if (index < 0) return false;
  // The sentence the phrase stands in, up to its question.
  const start = Math.max(chinese.lastIndexOf('。', index), chinese.lastIndexOf('！', index), chinese.lastIndexOf('？', index), chinese.lastIndexOf('?', index)) + 1;
  const endAt = chinese.slice(index).search(/[。！？?!]/);
  const sentence = chinese.slice(start, endAt < 0 ? chinese.length : index + endAt + 1);
  return ZH_CONDITION.test(sentence.slice(0, index - start + phrase.length + 4)) && asksChinese(sentence) && !ZH_ACTING.test(sentence);
}

/** The threat phrases without those asked about in a condition of a question (see the file's comment). */
export function withoutThreatAsked(found: readonly string[], english: string, chinese: string): string[] {
  return found.filter((phrase) => !(/[\u4e00-\u9fff]/.test(phrase) ? askedChinese(phrase, chinese) : askedEnglish(phrase, english)));
}
