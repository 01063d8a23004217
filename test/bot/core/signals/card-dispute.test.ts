import { cardDisputes } from '../../../../bot/core/signals/card-dispute';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (text: string) => cardDisputes(normalizeEnglish(text), '');
const zh = (text: string) => cardDisputes('', normalizeChinese(text));

describe('the payment taken back through the card or the bank', () => {
  test.each([
    "I've given my bank the go-ahead to reverse it",
    "I've opened a dispute with my credit card company so they'll be pulling the money back",
    "I've told Visa it was not as described, they're handling it now",
    "we've reported the transaction to our credit card provider and they're dealing with it",
    "if this isn't sorted by Friday I'm getting my bank to take the money back",
  ])('%s', (text) => expect(en(text)).not.toHaveLength(0));

  test.each(['我已经向银行提出退单', '我会同信用卡公司讲 要佢哋退返笔钱', '已经让信用卡中心把钱追回来'])('%s', (text) => expect(zh(text)).not.toHaveLength(0));

  test.each([
    'my bank declined the payment twice, why?',
    'how long until the refund shows up on my credit card',
    'if the payment fails will my bank reverse it?',
    'the payment was reversed by my bank and the order got cancelled',
    'can I pay with amex or only visa',
  ])('not: %s', (text) => expect(en(text)).toHaveLength(0));

  test.each(['退款多久能到信用卡', '银行能帮我追回吗', '信用卡付不了款'])('not: %s', (text) => expect(zh(text)).toHaveLength(0));
});
