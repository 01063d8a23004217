/**
 * Questions whether people answer the chat at all: "does a real person ever read these chats?", "is there a real
 * human or is it all bots?", 你们有没有真人客服啊 还是全是机器人. They ask about the support the shop gives, which the
 * article about reaching a person answers (and it offers one); they do not ask to be put through now. Two marks tell
 * them from a check that someone is there ("is anyone there?", "does a real human actually read these messages?",
 * 有真人吗):
 * - the habit asked after: "ever", "usually", "normally" (what happens to chats in general, not to this one);
 * - people set against bots as the other possibility: "or is it all bots", "or just AI", 还是全是机器人, Cantonese 定係全部都係機械人
 *   (folded 定是全部都是机械人).
 * A request made besides ("… or is it all bots? get me a human", "… 还是全是机器人 帮我转人工") still asks: only the
 * words found inside such a question are set aside (agent-request.ts).
 */

const EN_HABIT_ASKED =
  /\b(?:does|do|will|would)\s(?:(?:a|an|any|the)\s)?(?:(?:real|live|actual|human)\s){0,2}(?:any\s?one|any\s?body|some\s?one|some\s?body|person|people|human|humans|staff|agents?)\s(?:actually\s|really\s|even\s)?(?:ever|usually|normally|generally|typically|always)\b/;
const EN_OR_ONLY_BOTS =
  /\bor\s(?:(?:is|are)\s(?:it|this|that|they|you|these|there)\s)?(?:(?:all|just|only|entirely|fully|completely|always)\s){0,2}(?:an?\s)?(?:bots?|robots?|ai|automated|machines?|chat\s?bots?|computers?|automatic)\b/;

/** Whether an English sentence asks whether people answer the chat at all (see above). */
export function asksWhetherPeopleAnswerEnglish(sentence: string): boolean {
  return EN_HABIT_ASKED.test(sentence) || EN_OR_ONLY_BOTS.test(sentence);
}

const ZH_OR_ONLY_BOTS =
  /(?:还是|定是|或者)(?:说)?(?:你们)?(?:全|都|全部|只|只有|只是|纯)?(?:都)?(?:是)?(?:机器人|机器|机械人|ai|自动回复|智能客服|自动)/;
/** What a question whether people answer asks after: whether there is one (有没有真人, 有人吗), not a transfer. */
const ZH_ASKS_IF_THERE = /有没有|有冇|有无|有木有|有(?:真人|人工|活人|人|客服)|在吗|在不在/;
const ZH_ASKS_FOR_ONE = /转|接|找|搵|揾|叫|让|请|安排|帮我|联系|联络|回电|打给|要/;

/**
 * Whether a Chinese request found in the message (`found`) only asks whether people are there, inside a message that
 * sets people against bots (ZH_OR_ONLY_BOTS): "有没有真人" in 你们有没有真人客服啊 还是全是机器人.
 */
export function asksWhetherPeopleAnswerChinese(found: string, message: string): boolean {
  if (!ZH_OR_ONLY_BOTS.test(message)) return false;
  // The person word alone ("人工客服" in 你们有人工客服吗) is read in its clause, which asks whether there is one.
  const holding = message.split(/[，,。！!？?；;\s]+/).filter((clause) => clause.includes(found));
  const read = holding.length > 0 && !ZH_ASKS_IF_THERE.test(found) ? holding : [found];
  // 请问 opens a question (请问你们有真人客服吗): it asks for no one.
  return read.every((clause) => ZH_ASKS_IF_THERE.test(clause) && !ZH_ASKS_FOR_ONE.test(clause.replace(/请问/g, '')));
}
