import { KnownConversations } from '../../../../bot/channels/directline/known-conversations';
import type { Conversation } from '../../../../bot/conversations/model';

const conversation = (id: string): Conversation => ({
  id,
  channel: 'webchat',
  userId: `user-${id}`,
  locale: 'en-US',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  lastSeq: 7,
  reference: null,
  state: { secret: 'not kept' },
  stateVersion: 3,
});

test('keeps only the facts that never change, for ttl from the read that made the entry, however often it is used', () => {
  let now = 0;
  const known = new KnownConversations(30_000, 100, () => now);
  expect(known.get('a')).toBeUndefined();
  expect(known.remember(conversation('a'))).toEqual({ id: 'a', channel: 'webchat', userId: 'user-a', locale: 'en-US' });
  now = 29_999;
  expect(known.get('a')).toEqual({ id: 'a', channel: 'webchat', userId: 'user-a', locale: 'en-US' });
  // Used all along, it is read again once its time is up: a purged conversation is refused again within ttl.
  now = 30_000;
  expect(known.get('a')).toBeUndefined();
  known.remember(conversation('a'));
  now = 59_999;
  expect(known.get('a')).toBeDefined();
});

test('holds at most maxEntries, the oldest read going first', () => {
  const known = new KnownConversations(30_000, 2, () => 0);
  known.remember(conversation('a'));
  known.remember(conversation('b'));
  known.remember(conversation('a')); // read again: now the newest
  known.remember(conversation('c'));
  expect([known.get('a'), known.get('b'), known.get('c')].map((f) => f?.id)).toEqual(['a', undefined, 'c']);
});
