/**
 * Traditional-Chinese customers in Taiwan and Hong Kong, as conversations with the demo store (default policy):
 * [customer says, bot replies with] for each way their words reach the simplified knowledge base — a destination after
 * a shipping verb is a delivery question, a broken state is damage, a payment brand is a way to pay, and the fold does
 * not rewrite words it should not (Cantonese-only words wait for Cantonese text). The reply is in the customer's
 * script, and a problem statement is answered, not handed off.
 */
import { handleTurn } from '../../../bot/core/engine';
import { EngineStateSchema, type TurnResult } from '../../../bot/core/turn';
import type { KnowledgeService } from '../../../knowledge';
import { detectScript } from '../../../knowledge/text';
import { demoKnowledge } from '../../support/demo-knowledge';

let demo: KnowledgeService;
beforeAll(async () => {
  demo = await demoKnowledge();
});

function say(text: string): TurnResult {
  return handleTurn({ conversationId: 'c', channel: 'test', userId: 'u', text }, EngineStateSchema.parse({}), { knowledge: demo });
}

/** The bot answers with the article, or offers it among the choices; in traditional script; no person is called. */
function expectServed(text: string, articleId: string): void {
  const turn = say(text);
  expect(turn.effects.find((e) => e.type === 'handoff')).toBeUndefined();
  const [reply] = turn.replies;
  const offered = (reply.suggestedActions ?? []).map((a) => (a.action.type === 'choose-article' ? a.action.articleId : undefined));
  expect(reply.articleId === articleId || (reply.kind === 'clarify' && offered.includes(articleId))).toBe(true);
  expect(turn.explanation.script).toBe('Hant');
  expect(detectScript(reply.text)).toBe('Hant');
}

/** The bot answers with the article itself. */
function expectAnswered(text: string, articleId: string): void {
  expectServed(text, articleId);
  expect(say(text).replies[0].articleId).toBe(articleId);
}

describe('a shipping verb and any place: a delivery question', () => {
  test.each([
    // Hong Kong: districts no list names, a pickup locker, a country.
    ['寄去觀塘要幾耐', 'shipping-times-zh'],
    ['寄到屯門運費幾多', 'shipping-costs-zh'],
    ['可唔可以寄到順豐智能櫃', 'shipping-options-zh'],
    ['寄去加拿大要幾多日', 'shipping-international-zh'],
    // Taiwan: a city, a convenience store, a country.
    ['寄到高雄要幾天', 'shipping-times-zh'],
    ['可以寄到全家取貨嗎', 'shipping-options-zh'],
    ['可以寄到日本嗎', 'shipping-international-zh'],
  ])('%s → %s', (text, articleId) => {
    expectAnswered(text, articleId);
  });
});

describe('broken on arrival: the damaged-item article, not a complaint', () => {
  test.each([
    ['個鑊收到嗰陣已經裂咗', 'shipping-damaged-zh'],
    ['收到個玻璃杯碎咗', 'shipping-damaged-zh'],
    ['裡面的杯子碎掉了', 'shipping-damaged-zh'],
  ])('%s → %s', (text, articleId) => {
    expectAnswered(text, articleId);
  });

  test.each([['收到的盤子裂開了', 'shipping-damaged-zh']])('offered at least: %s → %s', (text, articleId) => {
    expectServed(text, articleId);
  });
});

describe('a payment brand: the payment methods', () => {
  test.each([
    // Hong Kong
    ['收唔收八達通', 'payments-methods-zh'],
    ['可以用轉數快俾錢嗎', 'payments-methods-zh'],
    ['用AlipayHK俾錢得唔得', 'payments-methods-zh'],
    // Taiwan
    ['可以用街口付款嗎', 'payments-methods-zh'],
    ['有支援全支付嗎', 'payments-methods-zh'],
  ])('%s → %s', (text, articleId) => {
    expectAnswered(text, articleId);
  });

  test('系咪 typed with 系 still reads "is it" and the brand a way to pay', () => {
    expectServed('系咪可以用八達通', 'payments-methods-zh');
  });
});

describe('Cantonese words read in Cantonese, Taiwan words in traditional text', () => {
  test.each([
    // 幾多日先到: "how many days until it arrives" (先 is "only then", 日 a day).
    ['落單之後幾多日先到', 'shipping-times-zh'],
    ['寄出之後幾多日先收到', 'shipping-times-zh'],
    // 細 is "small" in Cantonese.
    ['呢對鞋好細 想換大碼', 'returns-exchange-zh'],
    // Taiwan: 程序 is a procedure, not OpenCC's computing "process".
    ['退貨程序是什麼', 'returns-start-zh'],
  ])('%s → %s', (text, articleId) => {
    expectAnswered(text, articleId);
  });

  test('Taiwan: 退刷 is a refund to the card paid with, so "how many days" asks about the refund, not the delivery', () => {
    expectServed('刷卡買的 退刷大概要幾天', 'refunds-timing-zh');
  });
});

describe('Cantonese 話俾我知 "let me know" and 電話俾我 "call me"', () => {
  test('話俾我知幾時送到 asks when it arrives: the delivery times are offered', () => {
    expectServed('話俾我知幾時送到', 'shipping-times-zh');
  });

  test('打個電話俾我 asks for a call back: a person', () => {
    expect(say('打個電話俾我').effects.some((e) => e.type === 'handoff')).toBe(true);
  });
});

describe('a refund to a payment brand is about the refund, not the ways to pay', () => {
  test.each([
    ['退款到支付寶要多久', 'refunds-timing-zh'],
    ['退款會退返八達通嗎', 'refunds-method-zh'],
  ])('%s → %s', (text, articleId) => {
    expectAnswered(text, articleId);
  });
});

describe('Hong Kong where the customer lives is no question about shipping abroad; shipping to it is', () => {
  test.each([
    ['我喺香港 運費幾多', 'shipping-costs-zh'],
    ['我住香港 幾時送到', 'shipping-times-zh'],
  ])('where the customer is: %s → %s, not international shipping', (text, articleId) => {
    expectServed(text, articleId);
    const [reply] = say(text).replies;
    expect(reply.articleId).not.toBe('shipping-international-zh');
    expect(reply.suggestedActions?.[0]?.action).not.toEqual({ type: 'choose-article', articleId: 'shipping-international-zh' });
  });

  test('有冇得寄貨去香港 asks whether the store ships there: international shipping', () => {
    expectServed('有冇得寄貨去香港', 'shipping-international-zh');
  });
});
