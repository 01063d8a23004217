/** Notices from handoff reach the customer worded in the language they write and the script of their locale. */
import { customerLocale } from '../../../bot/conversations/customer-locale';
import { toCustomerActivity } from '../../../bot/conversations/customer-delivery';

const bot = { id: 'baton', name: 'Baton' };

test.each([
  // [browser or channel locale, language the engine read last, the customer reads]
  ['en-US', undefined, 'en'],
  ['zh-CN', undefined, 'zh-CN'],
  ['zh-TW', undefined, 'zh-TW'],
  ['zh-HK', undefined, 'zh-TW'],
  [null, 'zh', 'zh-CN'],
  ['en-US', 'zh', 'zh-CN'],
  ['zh-TW', 'zh', 'zh-TW'],
  ['zh-TW', 'en', 'en'],
  ['zh-CN', 'en', 'en'],
] as const)('locale %s, writing %s → %s', (locale, lang, expected) => {
  expect(customerLocale({ locale, state: lang ? { lang } : {} })).toBe(expected);
});

test.each([
  // [browser or channel locale, the script the engine read the customer writing in, the customer reads]
  ['zh-CN', 'Hant', 'zh-TW'],
  ['en-US', 'Hant', 'zh-TW'],
  ['zh-TW', 'Hans', 'zh-CN'],
] as const)('locale %s, writing Chinese in %s → %s', (locale, script, expected) => {
  expect(customerLocale({ locale, state: { lang: 'zh', script } })).toBe(expected);
});

test.each([
  ['en', /Ann has joined the conversation/],
  ['zh-CN', /客服 Ann 已接入对话/],
  ['zh-TW', /客服 Ann 已加入對話/],
] as const)('a claim notice in %s', (locale, expected) => {
  const activity = toCustomerActivity({ kind: 'status', notice: { key: 'customer.claimed', params: { agent: 'Ann' } }, agentName: 'Ann', ticketId: 'T-1' }, locale, bot);
  expect(activity).toMatchObject({ type: 'message', text: expect.stringMatching(expected), textFormat: 'plain', from: { name: 'Ann' }, locale });
});

test('the survey carries its five score buttons; an agent message goes out exactly as typed', () => {
  const survey = toCustomerActivity({ kind: 'survey', notice: { key: 'customer.survey' }, ticketId: 'T-2' }, 'zh-TW', bot) as {
    text: string;
    suggestedActions: { actions: Array<{ value: unknown }> };
  };
  expect(survey.text).toMatch(/請為本次服務評分/);
  expect(survey.suggestedActions.actions.map((a) => a.value)).toEqual([1, 2, 3, 4, 5].map((score) => ({ type: 'survey', ticketId: 'T-2', score })));
  const typed = '**not markdown** <b>nor html</b>';
  expect(toCustomerActivity({ kind: 'agent-message', text: typed, agentName: 'Ann', ticketId: 'T-2' }, 'en', bot)).toMatchObject({ text: typed, textFormat: 'plain' });
});
