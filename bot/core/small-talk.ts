/** Greetings, thanks and goodbyes: answered by the engine itself, not the knowledge base. */

export type SmallTalk = 'greeting' | 'thanks' | 'goodbye';

const PATTERNS: Array<{ kind: SmallTalk; pattern: RegExp }> = [
  { kind: 'greeting', pattern: /^(hi+|hello+|hey+|good (morning|afternoon|evening)|howdy|yo|greetings|你好|您好|哈喽|嗨|在吗|在不在|早上好|下午好|晚上好)[\s!.,。！？?~]*$/i },
  { kind: 'thanks', pattern: /^(thanks?( you)?( so much| a lot)?|thx|ty|cheers|much appreciated|谢谢(你|您)?|多谢|感谢|好的谢谢|谢啦)[\s!.,。！~]*$/i },
  { kind: 'goodbye', pattern: /^(bye+|goodbye|see you|that'?s all|no more questions|再见|拜拜|没有了|没事了)[\s!.,。！~]*$/i },
];

export function detectSmallTalk(text: string): SmallTalk | undefined {
  return PATTERNS.find(({ pattern }) => pattern.test(text))?.kind;
}

