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

/**
 * A question asked anywhere in an English message, unpunctuated and mid-clause ("broke my ankle so cant get to the post
 * office how do returns work for me", "sitting in the GP waiting room, where's my order"): a question word or an
 * auxiliary as a word of its own, which a story told before a question hides from asks()'s reading of the sentence head.
 */
const EN_ASKED_INSIDE =
  /\b(?:how|what|whats|what's|where|where's|when|which|can|could|would|will|is|are|do|does)\b|\bmay (?:i|you|it|the|my|there|u|we|this)\b/;
/** A request made in so many words: "please", "I need", "we'd like", "need to cancel". */
const EN_REQUESTED = /\b(?:please|pls)\b|\b(?:i|we) (?:need|want|would like|'d like)\b|(?:^|[,;.] ?)(?:need|want|would like|'d like) (?:to|a|an)\b/;
/**
 * Chinese asks asksChinese() leaves to the sentence's end or does not read as a question: 可以 and 还能 asked without
 * 吗, the Cantonese 仲可以 and 喺边 / 系边 (where), and a request: 请问, 想问, 麻烦, 帮我, 查, 最快, 想买, 要开发票, 想改.
 */
const ZH_ASKED_INSIDE = /可以|可唔可以|还能|仲可以|有冇|有咩|点样|边度|系边|喺边|未$/;
const ZH_REQUESTED = /请问|想问|问下|问一下|麻烦|帮我|查|最快|想买|要买|(?:要|想|需要)(?:开|申请|补|查|改)/;

/**
 * A message asks or requests something of the store, anywhere in it: the reading of the readers that set a harm word
 * aside when it is told as the setting of a routine question (the circumstance readers, care-visit.ts,
 * animal-illness.ts). Looser than asks(), which reads one sentence's form: a story told first and a question after,
 * with no stop between, still asks.
 */
export function asksOrRequests(text: string, chinese: boolean): boolean {
  if (chinese) return asksChinese(text) || ZH_ASKED_INSIDE.test(text) || ZH_REQUESTED.test(text);
  return /\?/.test(text) || EN_ASKED_INSIDE.test(text) || EN_REQUESTED.test(text);
}
