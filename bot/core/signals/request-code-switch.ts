/**
 * An English verb of reaching someone inside a Chinese request: "call个真人给我可以吗" (get me a real person), "find个客服同我倾",
 * "connect我去人工". Hong Kong, Singapore and Malaysian customers switch to English for the verb and keep the person in
 * Chinese; read as the Chinese verb it stands for, the rules of agent-request.ts see the request they already know (叫个真人,
 * 找个客服, 转人工). Only before a person word, a measure word or 我 between: "call个快递来收" and "我call了客服三次" name no
 * one fetched now (the first a courier, the second a past call: the person is not right after the verb).
 */

/** English verb → the Chinese verb it stands for before a person. */
const VERB: Readonly<Record<string, string>> = {
  call: '叫', ring: '叫', get: '找', find: '找', fetch: '叫', transfer: '转', connect: '转', switch: '转', pass: '转',
  contact: '联系', reach: '联系',
};

/**
 * The verb, then within a measure word or "me" (我, 下, 番), a person word of the shop. Folded simplified Chinese (个, 转).
 * `me` switched too: "call me个真人".
 */
const ZH_ENGLISH_VERB_PERSON =
  /\b(call|ring|get|find|fetch|transfer|connect|switch|pass|contact|reach)(?:\s?me)?\s?(?:个|一个|位|一位|下|番|返|我)?(?:去|到|给)?(?=(?:你们的?|你哋)?(?:真人|人工(?!智能|费)|活人|客服|经理|主管|负责人|店长|专员|同事|工作人员))/g;

/** "call我", "ring返我", "call back我": the customer asked to be phoned, as 打给我 asks (not "call了我", told). */
const ZH_ENGLISH_CALL_ME = /\b(?:call|ring|phone)\s?(?:back\s?|返|番|下)?我(?![们哋的])/g;

/**
 * The message with each such English verb replaced by its Chinese verb, kept as long as typed: the Chinese verb ends
 * where the English span ended, the places before it padded with spaces, so what is found can be shown as typed.
 * `spans` receives where each replaced span began and ended.
 */
export function foldEnglishRequestVerbs(text: string, spans: Array<[number, number]>): string {
  return text.replace(ZH_ENGLISH_CALL_ME, (whole: string, at: number) => {
    spans.push([at, at + whole.length]);
    return '打给我'.padStart(whole.length, ' ');
  }).replace(ZH_ENGLISH_VERB_PERSON, (whole: string, verb: string, at: number) => {
    spans.push([at, at + whole.length]);
    const chinese = VERB[verb];
    return chinese.padStart(whole.length, ' ');
  });
}
