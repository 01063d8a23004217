/**
 * Whether a sentence asks: one reader of question forms for every module that needs to know (complaint.ts's reading of
 * a message that only asks, legal-asked.ts, threat-asked.ts, incident-asked.ts), instead of one list of question words
 * each, every one missing some of the others'.
 *
 * Chinese is read folded (foldChinese: traditional to simplified, written Cantonese to Mandarin), so Cantonese asks
 * in the Mandarin it folds to (係咩意思 → 是什么意思, 有冇 → 有没有, 幾時 → 什么时候, 係唔係 → 是不是, 寄咗未 → 寄了没有),
 * and the few forms the fold leaves as they are are read here: 點 at the end (咁即係點, "so what does that mean"),
 * 乜 and 咩 left alone, 未 at the end. A verb asked "A not A" (退不退, 合适不合适, 需不需要) asks whatever the verb.
 *
 * English asks with a question mark, or a question word or an auxiliary at the head of the sentence or of its last
 * clause ("going to post my haul on instagram, do you have a referral thing").
 */

/** Mandarin question words and particles (folded text, spaces removed or not). */
const ZH_QUESTION_WORDS =
  /[?？]|[吗呢么嘛]$|怎么|怎样|如何|为什么|为何|什么(?!都|也)|啥|哪|谁|几时|几点|几天|几号|多久|多少|多长|能不能|能否|可不可以|可以.{0,6}[吗么]|是不是|是否|有没有|有无|会不会|要不要|算不算|行不行|对不对|何时|吗/;
/**
 * Cantonese forms the fold leaves: 乜, 咩, 点样 / 点算 / 点解, 边度 / 边个, and 点 or 未 ending the sentence; and "done yet?"
 * as the fold writes it (寄咗未 → 寄了没有).
 */
const ZH_CANTONESE_LEFT = /[乜咩]|点(?:样|算|解|办|先)|边(?:度|个|间|位)|(?:[点未]|了没有?)(?:呀|啊|啦|嘅|㗎|呢)?$/;
/** A verb asked "A not A": 退不退, 合适不合适 (up to two characters repeated). */
const ZH_A_NOT_A = /(\p{Script=Han}{1,2})不\1/u;

/** A Chinese sentence (folded) asks. */
export function asksChinese(sentence: string): boolean {
  const s = sentence.trim();
  return ZH_QUESTION_WORDS.test(s) || ZH_CANTONESE_LEFT.test(s) || ZH_A_NOT_A.test(s);
}

/** Words that open a question in English. */
const EN_OPENER =
  /^(?:how|what|what's|whats|where|when|which|who|why|can|could|may|do|does|did|is|are|was|were|will|would|should|if|any|have you|has it)\b/;

/** An English sentence (lower case) asks: a question mark, or a question word at its head or at the head of its last clause. */
export function asksEnglish(sentence: string): boolean {
  const s = sentence.trim();
  if (/[?？]$/.test(s) || EN_OPENER.test(s)) return true;
  const clauses = s.split(/[,;:]| - /).map((c) => c.trim()).filter(Boolean);
  return clauses.length > 1 && EN_OPENER.test(clauses[clauses.length - 1]);
}

/** A sentence asks, read as Chinese when it has Chinese text to read. */
export function asks(sentence: string, chinese: boolean): boolean {
  return chinese ? asksChinese(sentence) : asksEnglish(sentence);
}
