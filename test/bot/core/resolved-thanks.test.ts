/**
 * Thanks for a problem that is over (resolved-thanks.ts), as conversations of one message with the demo knowledge base:
 * `[customer says, lang, bot does]`. The problem resolved is named before the resolution, so the search finds its
 * article with confidence; the customer asks nothing, and the bot answers the thanks. Beside them, thanks with a
 * question, or with what is still wrong after the resolution, get the article.
 */
import { handleTurn } from '../../../bot/core/engine';
import { EngineStateSchema } from '../../../bot/core/turn';
import { thanksForResolved } from '../../../bot/core/resolved-thanks';
import type { KnowledgeService } from '../../../knowledge';
import { foldChinese } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await demoKnowledge();
});

function does(text: string): string {
  const result = handleTurn({ conversationId: 'c', channel: 'test', userId: 'u', text }, EngineStateSchema.parse({}), { knowledge });
  const answer = result.replies.find((r) => r.kind === 'answer');
  return answer?.articleId ? `answer ${answer.articleId}` : result.explanation.rule;
}

const CONVERSATIONS: Array<[string, string]> = [
  ['my lost parcel turned up in the end, all sorted, thank you', 'small talk: thanks'],
  ['the refund for my broken kettle came through, thanks so much!', 'small talk: thanks'],
  ['之前包裹丢了的事已经解决了，谢谢你们！', 'small talk: thanks'],
  ['謝謝你們，之前重複扣款的問題已經退回來了', 'small talk: thanks'],
  ['上次退款的问题已经处理好了 谢谢', 'small talk: thanks'],
  // A new request after the thanks: read as usual (offered among the choices), not answered as thanks.
  ['上次客訴已經處理好了謝謝 這次想查新的訂單', 'below-answer-threshold'],
  // Still wrong after the resolution, or a question: the article.
  ['thanks, the parcel turned up but one item is missing', 'answer orders-missing-items-en'],
  ['谢谢 包裹收到了 但是少了一件', 'answer orders-missing-items-zh'],
  ['thank you! refund came through. how do I leave a review?', 'answer feedback-share-en'],
  ['package arrived damaged, thanks', 'answer shipping-damaged-en'],
];

describe('thanks for a problem that is over are answered as thanks', () => {
  test.each(CONVERSATIONS)('%s → %s', (text, expected) => {
    expect(does(text)).toBe(expected);
  });
});

describe('thanksForResolved', () => {
  test.each([
    ['my lost parcel turned up in the end, all sorted, thank you', 'en', true],
    ['wrong item arrived thanks', 'en', false],
    ['all fixed now cheers', 'en', true],
    ['thanks but it is still not fixed', 'en', false],
    ['已经解决了 谢谢', 'zh', true],
    ['谢谢 收到了 是坏的', 'zh', false],
    ['谢谢 解决了吗', 'zh', false],
    // A new request after the thanks: not thanks alone.
    ['上次客訴已經處理好了謝謝 這次想查新的訂單', 'zh', false],
    ['上次的问题解决了 谢谢 想改一下地址', 'zh', false],
    ['all sorted thank you, i need to change my address now', 'en', false],
    ['搞掂咗 多謝晒', 'zh', true],
  ] as const)('%s → %s', (text, lang, expected) => {
    expect(thanksForResolved(lang === 'zh' ? foldChinese(text) : text, lang)).toBe(expected);
  });
});
