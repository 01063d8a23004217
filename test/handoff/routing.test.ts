import { parseHandoffConfig, RoutingConfigSchema } from '../../handoff';
import { routeHandoff } from '../../handoff/routing';
import { handoffRequest } from './support/handoff-fixture';

const routing = RoutingConfigSchema.parse({
  groups: [
    { id: 'general', name: 'General' },
    { id: 'billing', name: 'Billing' },
    { id: 'vip', name: 'VIP desk' },
    { id: 'china', name: 'China team' },
    { id: 'teams-desk', name: 'Teams desk' },
    { id: 'complaints', name: 'Complaints' },
  ],
  defaultGroup: 'general',
  rules: [
    { name: 'vip first', group: 'vip', tiers: ['vip'] },
    { name: 'money', group: 'billing', keywords: ['refund', 'charged twice', '退款'] },
    { name: 'urgent complaints', group: 'complaints', categories: ['complaint'], levels: ['L1', 'L2'] },
    { name: 'chinese', group: 'china', languages: ['zh'] },
    { name: 'teams', group: 'teams-desk', channels: ['msteams'] },
  ],
});

describe('routing', () => {
  test.each([
    ['a VIP, whatever they say', handoffRequest({ customer: { id: 'c', tier: 'vip' }, lastCustomerMessage: 'refund please' }), 'vip', 'vip first'],
    ['a refund keyword, any case', handoffRequest({ lastCustomerMessage: 'I need a REFUND now' }), 'billing', 'money'],
    ['a keyword in the reasons', handoffRequest({ lastCustomerMessage: 'hello', reasons: [{ code: 'x', detail: 'card charged twice' }] }), 'billing', 'money'],
    ['a Chinese keyword (no word boundaries)', handoffRequest({ lang: 'zh', lastCustomerMessage: '我要退款' }), 'billing', 'money'],
    ['an L2 complaint', handoffRequest({ category: 'complaint', level: 'L2', lastCustomerMessage: 'bad service' }), 'complaints', 'urgent complaints'],
    ['an L3 complaint is not urgent: next rule', handoffRequest({ category: 'complaint', level: 'L3', lang: 'zh', lastCustomerMessage: '服务差' }), 'china', 'chinese'],
    ['Teams', handoffRequest({ channel: 'msteams', lastCustomerMessage: 'help' }), 'teams-desk', 'teams'],
    ['nothing matching', handoffRequest({ lastCustomerMessage: 'where is my parcel' }), 'general', null],
  ])('%s → %s', (_what, request, group, rule) => {
    expect(routeHandoff(routing, request)).toEqual({ group, rule });
  });

  test('rules are validated: unknown groups, empty rules, unknown fields and bad values are refused with the field named', () => {
    expect(() => parseHandoffConfig({ routing: { groups: [{ id: 'general', name: 'General' }], rules: [{ group: 'nope', keywords: ['x'] }] } })).toThrow(
      /routing\.rules\.0\.group: group nope is not one of the groups/,
    );
    expect(() => parseHandoffConfig({ routing: { rules: [{ group: 'general' }] } })).toThrow(/at least one condition/);
    expect(() => parseHandoffConfig({ routing: { rules: [{ group: 'general', keyword: ['x'] }] } })).toThrow(/routing\.rules\.0/);
    expect(() => parseHandoffConfig({ routing: { rules: [{ group: 'general', tiers: ['gold'] }] } })).toThrow(/routing\.rules\.0\.tiers\.0/);
    expect(() => parseHandoffConfig({ routing: { defaultGroup: 'missing' } })).toThrow(/defaultGroup/);
    expect(() => parseHandoffConfig({ businessHours: { timeZone: 'Mars/Olympus', weekly: { mon: ['09:00-17:00'] } } })).toThrow(/IANA/);
    expect(() => parseHandoffConfig({ businessHours: { timeZone: 'UTC', weekly: { mon: ['18:00-09:00'] } } })).toThrow(/end after it starts/);
  });

  test('defaults come from DESIGN.md', () => {
    const config = parseHandoffConfig({});
    expect(config.sla.targets).toEqual({
      L1: { firstResponseMinutes: 15, resolutionMinutes: 120 },
      L2: { firstResponseMinutes: 30, resolutionMinutes: 1440 },
      L3: { firstResponseMinutes: 60, resolutionMinutes: 2880 },
    });
    expect(config.sla.warnAt).toBe(0.8);
    expect(config.presence.timeoutMinutes).toBe(3);
    expect(config.routing.defaultGroup).toBe('general');
    expect(config.businessHours.timeZone).toBe('UTC');
  });
});
