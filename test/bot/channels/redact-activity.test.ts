import { MAX_ACTIVITY_DEPTH, redactActivity } from '../../../bot/channels/redact-activity';

describe('redactActivity', () => {
  test('redacts every string field, at any depth, and keeps the identifiers channels route by', () => {
    const teams = {
      type: 'message',
      id: '1700000000000',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
      conversation: { id: '19:abc@thread.tacv2', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', name: 'Ann 415 555 0177' },
      from: { id: '29:1abc', aadObjectId: '00000000-0000-0000-0000-000000000001', name: 'ann@example.com' },
      text: 'card 4111 1111 1111 1111',
      value: { comment: '13812345678', list: [{ deep: [{ deeper: '身份证 11010519491231002X' }] }] },
      channelData: { tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' }, clientActivityID: '1731234567890abc', note: 'ann@example.com' },
      attachments: [{ contentType: 'text/plain', content: 'mail jane@example.com' }],
      entities: [{ type: 'mention', mentioned: { id: '28:bot', name: 'Baton' }, text: '<at>Baton</at> 010-62345678' }],
    };
    expect(redactActivity(teams)).toEqual({
      ...teams,
      conversation: { ...teams.conversation, name: 'Ann [phone]' },
      from: { ...teams.from, name: '[email]' },
      text: 'card [card number]',
      value: { comment: '[phone]', list: [{ deep: [{ deeper: '身份证 [id number]' }] }] },
      channelData: { ...teams.channelData, note: '[email]' },
      attachments: [{ contentType: 'text/plain', content: 'mail [email]' }],
      entities: [{ type: 'mention', mentioned: { id: '28:bot', name: 'Baton' }, text: '<at>Baton</at> [phone]' }],
    });
  });

  test('leaves the activity it was given untouched', () => {
    const activity = { text: '4111111111111111' };
    redactActivity(activity);
    expect(activity.text).toBe('4111111111111111');
  });

  test('a key named __proto__ stays data', () => {
    const redacted = redactActivity(JSON.parse('{"value": {"__proto__": {"polluted": "13812345678"}}}')) as { value: Record<string, unknown> };
    expect(Object.getPrototypeOf(redacted.value)).toBe(Object.prototype);
    expect(redacted.value.__proto__).toEqual({ polluted: '[phone]' });
  });

  test(`nesting deeper than ${MAX_ACTIVITY_DEPTH} levels is a 400, not a stack overflow`, () => {
    let value: unknown = 'x';
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(() => redactActivity({ value })).toThrow(expect.objectContaining({ status: 400, code: 'invalid_request', message: expect.stringMatching(/nested more than/) }));
  });
});
