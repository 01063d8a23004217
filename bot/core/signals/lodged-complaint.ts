import { normalizeEnglish } from './patterns';
import type { Lang } from '../../../contracts';

/**
 * A complaint lodged against the shop, now: "我要投诉你们", "我要投訴你們的客服", "I want to lodge a formal complaint
 * against your company", "I'm complaining about your staff". The customer wants it heard by someone who answers for
 * the shop: agent-request.ts reads it as a request for a person, with this clause as its evidence.
 *
 * Not lodged:
 * - asking how, where or whether ("我要投诉 怎么提交", "where can i file a formal complaint against you?"): the knowledge
 *   base explains how;
 * - a complaint that names no one ("i want to file a formal complaint", 我要客诉) or someone else ("在哪可以投诉快递员",
 *   "complain about the delivery driver"): also a question of how;
 * - one already made ("投诉了三次", "I complained about your staff last week"): repeated contact reads that.
 */

// The complaint aimed at the shop or its people: "complaint against your company", "complaining about you".
const EN_AT_YOU =
  /\bcomplain(?:t|ts|ing)?\s(?:(?:to|with)\s(?:you|your\s[a-z]{1,12})\s)?(?:against|about|regarding|over)\s(?:you\b|your\b|ur\b|you\s(?:guys|lot|people)\b|this\s(?:company|shop|store|service|site)\b)/;
const EN_SPEAKER = /\b(?:i|we|i'm|we're|im|i've|we've|i'd|we'd)\b/;
// Already done ("complained about you last week"), or only a question.
const EN_NOT_NOW = /\b(?:how|where|who|whom|which|can i|could i|do i|should i|is there|are there|last (?:week|time|month)|yesterday|ago|before)\b|\?/;

const ZH_AT_YOU =
  /(?:要|想|必须|一定要|一定会|会|得|准备|坚决|我)(?:去)?(?:投诉|举报|客诉)(?:你们|你哋|贵公司|这家店|这个店|这间店|商家|卖家|店家|客服)/;
const ZH_NOT_NOW = /怎么|怎样|点样|如何|哪|流程|渠道|进度|方式|电话|吗|么|啥|什么|能不能|可不可以|可以|了没|[?？]/;
const ZH_CLAUSE = /[，,。！？!?；;\s]+/;

/** The clauses that lodge a complaint against the shop now; empty when none does. */
export function lodgedComplaint(text: string, lang: Lang): string[] {
  if (lang === 'zh') {
    const normalized = text.normalize('NFKC').toLowerCase();
    // A question anywhere in the message ("我要投诉你们 怎么投诉") asks how.
    if (ZH_NOT_NOW.test(normalized)) return [];
    return normalized.split(ZH_CLAUSE).filter((clause) => ZH_AT_YOU.test(clause));
  }
  const normalized = normalizeEnglish(text);
  if (EN_NOT_NOW.test(normalized)) return [];
  return normalized
    .split(/[.!;,]+/)
    .map((clause) => clause.trim())
    .filter((clause) => EN_AT_YOU.test(clause) && EN_SPEAKER.test(clause));
}
