/** The console reads bot turns as the customer saw them (Markdown rendered safely) and what people typed as text. */
import { transcriptLines } from '../../../bot/conversations/transcript-lines';
import type { StoredActivity } from '../../../bot/conversations/model';

const activity = (role: StoredActivity['role'], text: string, textFormat?: string): StoredActivity => ({
  conversationId: 'c',
  seq: 1,
  id: 'a',
  direction: role === 'customer' ? 'in' : 'out',
  role,
  type: 'message',
  text,
  activity: { type: 'message', text, ...(textFormat ? { textFormat } : {}) },
  timestamp: '2026-03-02T10:00:00.000Z',
});

test.each([
  ['a bot answer in Markdown', activity('bot', 'Returns are free within **30 days**.', 'markdown'), '<p>Returns are free within <strong>30 days</strong>.</p>\n'],
  ['a bot turn with no format (Markdown by default)', activity('bot', 'See [the policy](https://example.com/returns)'), expect.stringContaining('<a href="https://example.com/returns"')],
  ['HTML in a bot turn is escaped', activity('bot', '<img src=x onerror=alert(1)>'), '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n'],
  ['a javascript: link is not a link', activity('bot', '[x](javascript:alert(1))'), expect.not.stringContaining('<a')],
])('%s is rendered', (_name, line, html) => {
  expect(transcriptLines([line])[0].html).toEqual(html);
});

test.each([
  ['what the customer typed', activity('customer', 'it says **urgent** <b>now</b>')],
  ['an agent reply', activity('agent', 'Your **refund** is on its way', 'plain')],
  ['a status line', activity('system', 'Ann has joined the conversation', 'plain')],
])('%s stays text', (_name, line) => {
  const [shown] = transcriptLines([line]);
  expect(shown).toEqual({ role: line.role, text: line.text, timestamp: line.timestamp });
});

test('only messages with text are lines', () => {
  expect(transcriptLines([{ ...activity('bot', ''), text: null }, { ...activity('customer', 'hi'), type: 'typing' }])).toEqual([]);
});
