/**
 * A message that only asks what the bot is ("r u a real person or AI", "am I talking to a bot", 你是机器人吗, 你是真人嗎):
 * small talk with an honest short reply (an automated assistant; a person on request), never an article and never a
 * handoff. Read by the shape of the question — the customer asks whether *this* (you, this chat, 对面) is a person or
 * a machine — rather than by similarity alone, because these messages share their words with the store's "talking to
 * a person" article ("real person", 真人, 人工) and the search finds that article first.
 *
 * Asking for a person is not asking what the bot is: "I want a real person", 转真人, "is there a real person I can
 * talk to" are not whole questions of this shape, and the agent-request detector (whose handoff the policy decides
 * before any small talk) reads them. Text arrives folded (traditional and Cantonese to simplified Mandarin).
 */

/** What the customer asks the bot might be, in English (after "a", "an", "real", "actual"). */
const WHAT_EN = [
  'person', 'human', 'human being', 'people', 'bot', 'robot', 'ai', 'a.i.', 'machine', 'computer', 'chatbot', 'chat bot',
  'automated', 'automated chat', 'automated reply', 'automated system', 'automated assistant', 'virtual assistant',
  'assistant', 'program', 'live agent', 'agent', 'guy',
].join('|');
const A_EN = '(?:an? )?(?:real |actual |live |human )?';
const ALTERNATIVE_EN = `(?: or (?:${A_EN}(?:${WHAT_EN})|not|what))?`;

/** Whole questions of the shape, once openers and trailing punctuation are off. */
const QUESTIONS_EN = [
  // are you a bot, r u a real person or AI, you a bot, are you even human, are you real ("is it real" asks about a thing)
  `^(?:(?:are|r) )?(?:you|u|ya)(?: even| actually| really)? ${A_EN}(?:${WHAT_EN}|real)${ALTERNATIVE_EN}$`,
  // am I talking to a bot, am i chatting with a real person or a machine
  `^(?:am i|are we|r we) (?:talking|chatting|speaking|texting) (?:to|with) ${A_EN}(?:${WHAT_EN})${ALTERNATIVE_EN}$`,
  // is this a bot, is this AI, is this chat automated, is it a real person
  `^(?:is|iz) (?:this|it|that|dis)(?: chat| thing)? ${A_EN}(?:${WHAT_EN})${ALTERNATIVE_EN}$`,
  '^who am i (?:talking|chatting|speaking) (?:to|with)$',
  '^what are you$',
].map((source) => new RegExp(source));

const OPENERS_EN = ['hey', 'hi', 'hello', 'so', 'um', 'umm', 'wait', 'sorry', 'quick question', 'just wondering', 'just curious', 'honestly', 'lol', 'ok', 'okay'];
const CLOSERS_EN = ['lol', 'haha', 'though', 'tho', 'honestly', 'seriously', 'btw'];

/** What the bot might be, in simplified Chinese (machine or person). */
const WHAT_ZH = [
  '真人客服', '人工客服', '智能客服', '机器人客服', '真人', '真的人', '活人', '人工', '人', '机器人', '机械人', '机器', '人工智能',
  'ai', 'bot', '自动回复', '程序', '电脑',
].join('|');
const PARTICLE_ZH = '(?:吗|嘛|么|吧|呢|啊|呀|嗎|咩|来的|来嘅)?';
const QUESTIONS_ZH = [
  // 你是机器人吗, 你是不是真人, 你是真人还是机器人, 对面是不是真人, 你是机械人定真人
  `^(?:你|您|这|这个|这边|对面|客服|回复我的|跟我聊天的)(?:到底|真的)?(?:是|是不是)(?:一个|个)?(?:${WHAT_ZH})${PARTICLE_ZH}(?:(?:还是|定|或者|或是)(?:一个|个)?(?:${WHAT_ZH})${PARTICLE_ZH})?$`,
  // 是机器人吗, 是机器人在回复吗, 是不是真人回复
  `^(?:是|是不是)(?:${WHAT_ZH})(?:在)?(?:回复|回答|回|覆|答)?(?:我)?(?:的)?${PARTICLE_ZH}$`,
  // 我在跟机器聊天吗, 我是不是同紧机器人倾偈
  `^我(?:是不是|是)?(?:在)?(?:跟|和|同|与)(?:紧)?(?:一个|个)?(?:${WHAT_ZH})(?:在)?(?:聊天|说话|讲话|对话|倾偈|倾|聊|讲)${PARTICLE_ZH}$`,
].map((source) => new RegExp(source));

const OPENERS_ZH = ['请问', '想问', '问一下', '那个', '亲', '喂', '你好', '您好', '哈喽', '嗨', 'hello', 'hi', '所以', '其实', '话说'];
const CLOSERS_ZH = ['哈哈', '哈', '啊', '呀', '呢'];

/** Punctuation, spaces and emoji around a question. */
function isEdge(char: string): boolean {
  return /[\s?!.,~…。？！，、:：;；"'“”()（）]/.test(char) || ((char.codePointAt(0) ?? 0) > 0x2000 && /\p{Extended_Pictographic}/u.test(char));
}

/** The text without `words` at its start or end (as many as there are) and without punctuation around it. */
function trimmed(text: string, openers: readonly string[], closers: readonly string[]): string {
  let out = text;
  for (let k = 0; k < 8; k++) {
    const before = out;
    let start = 0;
    while (start < out.length && isEdge(out[start])) start++;
    let end = out.length;
    while (end > start && isEdge(out[end - 1])) end--;
    out = out.slice(start, end);
    const opener = openers.find((w) => out.startsWith(w) && (isEdge(out[w.length] ?? ' ') || /[^\x00-\x7f]/.test(w)));
    if (opener) out = out.slice(opener.length);
    const closer = closers.find((w) => out.endsWith(w) && (out.length === w.length || isEdge(out[out.length - w.length - 1]) || /[^\x00-\x7f]/.test(w)));
    if (closer && out.length > closer.length) out = out.slice(0, -closer.length);
    if (out === before) break;
  }
  return out;
}

/**
 * What may be said beside the question, in clauses of their own: that the customer only wonders ("just curious",
 * 好奇而已, 就好奇问问) and that no person is wanted ("no need to transfer", "don't connect me", 不用转人工, 唔使转真人). With
 * them the message still only asks what the bot is: "are you a bot or a real person? just curious, no need to transfer"
 * wants the honest short reply, not the article on reaching a person, whose words ("real person", 转人工) it shares.
 */
const TAILS_EN = [
  /^(?:i'm |im |i am )?(?:just |only |simply )?(?:curious|wondering|asking|asking out of curiosity)$/,
  /^(?:(?:there's |theres |there is )?no need to|(?:you )?(?:don't|dont|do not)(?: need to| have to)?|not asking (?:you )?to) (?:transfer|connect|put|pass|escalate|forward)(?: me)?(?: (?:through|on|over))?(?: to (?:a |an )?(?:human|person|agent|someone|anyone))?(?: (?:lol|haha|though|tho))?$/,
  /^(?:no need for|not asking for|i don't need|i dont need|dont need) (?:a |an )?(?:human|person|agent|real person|live agent)(?: (?:lol|haha|though|tho))?$/,
];
const TAILS_ZH = [
  /^(?:我)?(?:只是|就是|纯粹|纯|就|只)?(?:好奇|问问|随便问问)(?:而已|一下|问问|问下|下|啦|咋|啫|哈哈|哈)?(?:而已)?$/,
  /^(?:不用|不需要|唔使|唔需要|不必|别|不要|唔好)(?:帮我|帮|同我)?(?:转|接|找|叫)?(?:人工|真人|客服|人工客服|真人客服)?(?:啦|喔|哦|哈|了)?$/,
];
const CLAUSE_BREAK_EN = /[?!.,;]+/;
const CLAUSE_BREAK_ZH = /[?？!！,，。.;；\s]+/;

/** The question said with only tails beside it (see TAILS_EN), each in a clause of its own, three clauses at most. */
function askedWithTails(lower: string, zh: boolean): boolean {
  const clauses = lower.split(zh ? CLAUSE_BREAK_ZH : CLAUSE_BREAK_EN).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2 || clauses.length > 3) return false;
  const tails = zh ? TAILS_ZH : TAILS_EN;
  const asks = (clause: string) =>
    zh ? QUESTIONS_ZH.some((p) => p.test(trimmed(clause, OPENERS_ZH, CLOSERS_ZH))) : QUESTIONS_EN.some((p) => p.test(trimmed(clause, OPENERS_EN, CLOSERS_EN)));
  const questions = clauses.filter(asks);
  return questions.length === 1 && clauses.every((c) => asks(c) || tails.some((t) => t.test(c)));
}

/** Whether the whole message asks whether the bot is a person or a machine. */
export function asksWhatTheBotIs(text: string): boolean {
  if (text.length > 80) return false;
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const en = trimmed(lower, OPENERS_EN, CLOSERS_EN);
  if (QUESTIONS_EN.some((pattern) => pattern.test(en))) return true;
  const zh = trimmed(lower.replace(/ /g, ''), OPENERS_ZH, CLOSERS_ZH);
  if (QUESTIONS_ZH.some((pattern) => pattern.test(zh))) return true;
  return /\p{Script=Han}/u.test(lower) ? askedWithTails(lower, true) : askedWithTails(lower, false);
}
