/** The bot's own words come from the text catalogue, in the customer's language and script. */
import { CATALOGUES } from '../../../contracts';
import { handoffStatusMessage, message } from '../../../bot/core/messages';
import { inScript } from '../../../knowledge';

test.each([
  ['en', undefined, /store assistant/],
  ['zh', undefined, /商城智能助手/],
  ['zh', 'Hans', /商城智能助手/],
  ['zh', 'Hant', /商店的智慧助理/],
] as const)('the greeting in %s (%s)', (lang, script, greeting) => {
  expect(message({ lang, script }, 'greeting')).toMatch(greeting);
});

const status = { ticketId: 'T-1', created: true, queuePosition: 3, expectedWaitMinutes: 1.2 };

test.each([
  ['en', status, "I'm connecting you with a person from our team. You're number 3 in the queue; the expected wait is about 1 minute. Your ticket is T-1, and they will see our conversation so far."],
  ['en', { ...status, created: false, expectedWaitMinutes: 7 }, "You're already in the queue: number 3, about 7 minutes to wait (ticket T-1)."],
  ['zh-CN', { ...status, expectedWaitMinutes: 0 }, '正在为您转接人工客服。您目前排在第 3 位，预计等待约 1 分钟。工单号：T-1。人工客服会看到我们之前的全部对话。'],
  ['zh-TW', { ...status, created: false }, '您已經在排隊中：目前排在第 3 位，預計等待約 1 分鐘（工單編號 T-1）。'],
] as const)('where a %s customer stands', (locale, standing, told) => {
  expect(handoffStatusMessage(locale, standing)).toBe(told);
});

test.each([
  ['en', /will answer before (.+)\. Meanwhile/, 'Mon'],
  ['zh-CN', /我们会在 (.+) 之前回复您/, '周一'],
  ['zh-TW', /我們會在 (.+) 之前回覆您/, '週一'],
] as const)('out of hours, a %s customer is told when a person will answer, in the business time zone', (locale, told, monday) => {
  const text = handoffStatusMessage(locale, { ...status, answerBy: '2026-03-02T01:00:00.000Z', timeZone: 'Asia/Shanghai' });
  const when = told.exec(text)?.[1] ?? '';
  expect(when).toContain(monday);
  expect(when).toContain('09:00');
  expect(when).toContain('GMT+8');
  expect(text).toContain('T-1');
});

test('the zh-TW texts survive the conversion replies for a traditional-script reader go through unchanged', () => {
  // Article answers are converted from simplified at run time (inCustomerScript); the bot's own reviewed texts pass
  // through the same conversion and must come out as written.
  const altered = Object.entries(CATALOGUES['zh-TW'])
    .filter(([key]) => key.startsWith('bot.') || key.startsWith('customer.'))
    .filter(([, text]) => inScript(text, 'Hant', 'TW') !== text);
  expect(altered).toEqual([]);
});
