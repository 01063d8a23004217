/**
 * Words with which a customer turns from what they told to what they want: "anyway", "btw", "by the way", "quick
 * question", 算了, 话说, 对了, Cantonese 係喎 (folded 是了), 言归正传, and the words that announce a question (请问, 想问下).
 * Two readers cut a message at such a turn, each for its own use, from this one vocabulary:
 * - signals/vent-aside.ts: a feeling about the customer's own day, set aside before a routine question, is no strong
 *   emotion; a vent may also end in its own words ("lol", "rant over", 吐槽完);
 * - turned-question.ts: the question after the turn is searched alone; a story may also be disowned ("not your
 *   fault", 不怪你们), and a question announced in more ways ("just wondering", 了解下, 确认下).
 * Chinese words are simplified (text arrives folded).
 */

/** Turns from the story to the business at hand (English, lower case). */
export const TURN_WORDS_EN: readonly string[] = [
  'anyway', 'anyways', 'anyhow', 'btw', 'by the way', 'on another note', 'unrelated', 'moving on', 'quick question', 'one more thing',
];

/** The same in Chinese: leaving the story (算了, 不说了, 言归正传) or turning to something else (话说, 对了, 另外, 顺便). */
export const TURN_WORDS_ZH: readonly string[] = [
  '算了', '算啦', '不说了', '不讲了', '不提了', '话说', '言归正传', '说正事', '讲正经', '讲返正经', '回到正题', '扯远了', '另外', '顺便',
];

/**
 * Agreeing words that turn ("对了, 运费多少", 係喎 folded 是了, 好啦, 好吧), but are verdicts after these characters (就是了,
 * 不对了, 做对了, 不好吧): where the words stand in a sentence rather than between clauses, a reader checks this first.
 */
export const AGREEING_TURNS_ZH: readonly string[] = ['对了', '是了', '好啦', '好吧'];
export const VERDICT_BEFORE_ZH = '就都也只又算不做说答猜选买';

/** Words announcing a question, after which what is asked follows (请问, 问一下, 想问, 想知道). */
export const ASKING_WORDS_ZH: readonly string[] = ['请问', '问问', '问一下', '问下', '想问', '了解一下', '了解下', '想知道', '查一下', '查下', '确认一下', '确认下'];
