/**
 * Small talk: answered by the engine itself, never with an article.
 * - greetings, thanks, goodbyes and acknowledgements ("ok", "haha"): whole-message patterns;
 * - arithmetic ("what's 17 times 23", 1+1等于几): the message is the expression, in a short frame;
 * - asking what the bot is: whole questions of that shape (bot-identity.ts), and similarity to typical phrasings;
 * - chit-chat (jokes, weather, personal questions, advice, trivia): similarity to typical phrasings
 *   (small-talk-examples.ts), only when they are closer to the message than any knowledge-base article.
 * Text arrives folded (traditional and Cantonese to simplified Mandarin).
 */
import { KnowledgeIndex, type SearchHit } from '../../knowledge';
import { asksWhatTheBotIs } from './bot-identity';
import { SMALL_TALK_EXAMPLES, type ExampleSmallTalk } from './small-talk-examples';
import type { Lang } from '../../contracts';

/** Social small talk, as the intent recognizer names it too. */
export type SocialSmallTalk = 'greeting' | 'thanks' | 'goodbye';
export type SmallTalk = SocialSmallTalk | 'acknowledgement' | 'arithmetic' | ExampleSmallTalk;

const SOCIAL: Array<{ kind: SocialSmallTalk; pattern: RegExp }> = [
  { kind: 'greeting', pattern: /^(hi+|hello+|hey+|hiya|good (morning|afternoon|evening)|howdy|yo|greetings|你好[呀啊]?|您好|哈喽|嗨|在吗|在不在|早上好|下午好|晚上好)( there)?[\s!.,。！？?~]*$/i },
  {
    kind: 'thanks',
    pattern: /^((ok(ay)? )?(thanks?( you)?( so much| a lot)?|thx|ty|cheers|much appreciated)|(好的)?(谢谢(你|您)?|多谢|感谢|谢啦))[\s!.,。！~]*$/i,
  },
  {
    kind: 'goodbye',
    pattern: /^((thanks?|thank you|thx|谢谢|多谢|多谢晒)[\s,，!！]*)?(bye+|goodbye|see you|that'?s all|no more questions|再见|拜拜|没有了|没事了)[\s!.,。！~]*$/i,
  },
];

const ACKNOWLEDGEMENT: Array<{ kind: 'acknowledgement'; pattern: RegExp }> = [
  { kind: 'acknowledgement', pattern: /^(ok(ay)?|k|cool|great|got it|alright|(ha){2,}h?|lol|lmao|(ha){1,}h? ?ok(ay)?|好的?|嗯+|哦+|行|知道了|明白了|(哈){2,})[\s!.,。！~]*$/i },
];

// Bounded: no run of digits makes the reading slow.
const NUMBER = '\\d{1,12}(?:\\.\\d{1,6})?';
const OPERATOR = '(?:[-+*/x×÷]|times|plus|minus|divided by|multiplied by|乘以|乘|加|减|除以)';
/**
 * Arithmetic is a message that is essentially the expression: numbers joined by operators, inside a short frame
 * ("what's", "calculate", 帮我算一下, 等于几). A hyphen between numbers inside other words is a range or a name ("3-5
 * days", "2-3 business days", 7-11 the shop), not a minus: "可以超商取货吗 7-11或全家都可以" asks about collection.
 */
const EXPRESSION = new RegExp(`^\\(?${NUMBER}\\)? ?(?:${OPERATOR} ?\\(?${NUMBER}\\)? ?){1,6}$`, 'i');
/** Words around the expression that leave it the whole message: "what's … ?", "calculate … please", 帮我算一下…等于几. */
const ARITHMETIC_BEFORE: readonly string[] = [
  'hey', 'hi', 'ok', 'okay', 'quick question', 'so', 'please', 'pls', 'can you', 'could you', 'tell me', 'work out',
  'calculate', 'compute', 'solve', "what's", 'what is', 'whats', 'what', 'how much is', '请问', '请', '帮我', '帮忙', '你',
  '能', '可以', '算一下', '算下', '算算', '计算一下', '计算', '计下', '算', '一下',
];
const ARITHMETIC_AFTER: readonly string[] = [
  '=', 'equals', 'equal', 'is', 'please', 'pls', '?', '？', '!', '！', '.', '。', '等于几', '等于多少', '等于', '是多少', '是几',
  '得几', '多少', '几', '呢', '啊', '呀', '吗',
];
const FRAME_WORDS = 6;

/** The message is an arithmetic expression, perhaps inside a short frame ("what's 17 times 23", 1+1等于几). */
export function isArithmetic(text: string): boolean {
  let expression = text.trim().toLowerCase();
  if (expression.length > 80) return false;
  // Word by word, not by a pattern with repeated alternatives (which backtracks on "? ? ? ?…x").
  for (let k = 0; k < FRAME_WORDS; k++) {
    const word = ARITHMETIC_BEFORE.find((w) => expression.startsWith(w) && !/^[a-z]/.test(expression.slice(w.length)));
    if (!word) break;
    expression = expression.slice(word.length).replace(/^[\s,:，：]+/, '');
  }
  for (let k = 0; k < FRAME_WORDS; k++) {
    const word = ARITHMETIC_AFTER.find((w) => expression.endsWith(w) && !/[a-z]$/.test(expression.slice(0, -w.length)));
    if (!word) break;
    expression = withoutTrailingSeparators(expression.slice(0, -word.length));
  }
  return EXPRESSION.test(expression);
}

/** The text without white space and commas at its end (a loop: `/[\s,]+$/` is quadratic on a long run of spaces). */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,，]/.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * Cosine similarity to the closest small-talk example needed, and its lead over the closest article's. On
 * realistic_dev, chit-chat reaches 0.3 and more while store questions stay closer to an article.
 */
const EXAMPLE_SIMILARITY = 0.3;
const EXAMPLE_LEAD = 0.05;
/**
 * A message every telling word of which the knowledge base has (at least STORE_TERMS of them) is a store question
 * however it ends: "my delivery is a few days later than the date you gave, what should i do" is close to the advice
 * examples by its last words, and about a late delivery by all the others. One word the store never uses is enough
 * to leave it to the examples ("who won the match last night").
 */
const STORE_TERMS = 3;

let examples: KnowledgeIndex | undefined;

function exampleIndex(): KnowledgeIndex {
  examples ??= KnowledgeIndex.build(
    (Object.keys(SMALL_TALK_EXAMPLES) as ExampleSmallTalk[]).flatMap((kind) =>
      (['en', 'zh'] as const).map((lang) => ({ id: `${kind}@${lang}`, lang, title: '', questions: [...SMALL_TALK_EXAMPLES[kind][lang]], answer: '', tags: [] })),
    ),
    { classifierIdf: 'variant' },
  );
  return examples;
}

/** A whole message that greets, thanks or says goodbye. */
export function detectSmallTalk(text: string): SocialSmallTalk | undefined {
  return SOCIAL.find(({ pattern }) => pattern.test(text))?.kind;
}

/**
 * Whole-message small talk the engine answers without a search: social, "ok"/"haha", arithmetic, and asking whether
 * the bot is a person or a machine (bot-identity.ts: its words are the "talking to a person" article's too).
 */
export function detectWholeMessageSmallTalk(text: string): SmallTalk | undefined {
  const found = detectSmallTalk(text) ?? ACKNOWLEDGEMENT.find(({ pattern }) => pattern.test(text))?.kind;
  if (found) return found;
  if (isArithmetic(text)) return 'arithmetic';
  return asksWhatTheBotIs(text) ? 'bot-identity' : undefined;
}

/**
 * Asking what the bot is, or chit-chat: the closest example is similar enough and closer than the knowledge base's
 * best article (`best`, from the same search).
 */
export function detectChitChat(text: string, lang: Lang, best: SearchHit | undefined): ExampleSmallTalk | undefined {
  const domain = best?.explanation;
  if (domain?.unknownTerms === 0 && (domain.termCount ?? 0) >= STORE_TERMS) return undefined;
  const [hit] = exampleIndex().search(text, { lang, limit: 1 });
  const similarity = hit?.explanation?.nearestSimilarity ?? 0;
  if (similarity < EXAMPLE_SIMILARITY || similarity < (best?.explanation?.nearestSimilarity ?? 0) + EXAMPLE_LEAD) return undefined;
  return hit.articleId.slice(0, hit.articleId.indexOf('@')) as ExampleSmallTalk;
}

/** Builds the small-talk examples' index now (about 0.1 s) rather than on the first customer's turn. */
export function warmUpSmallTalk(): void {
  exampleIndex();
}
