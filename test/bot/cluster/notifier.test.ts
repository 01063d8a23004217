import { createInProcessNotifier, LocalDelivery } from '../../../bot/cluster/notifier';

test('in-process: a publish reaches every listener of its topic once, at once, with an id', async () => {
  const notifier = createInProcessNotifier({ instanceId: 'i1' });
  const heard: Array<[string, unknown]> = [];
  notifier.subscribe('ticket', (n) => heard.push([n.id, n.payload]));
  notifier.subscribe('other', () => heard.push(['wrong topic', null]));
  const publishing = notifier.publish('ticket', { id: 'T-1' });
  expect(heard).toEqual([['i1:1', { id: 'T-1' }]]); // before the promise settles
  await publishing;
  await notifier.publish('ticket', { id: 'T-2' });
  expect(heard.map(([id]) => id)).toEqual(['i1:1', 'i1:2']);
});

test('a notification that arrives twice is handed out once; one failing listener does not stop the others', () => {
  const errors: unknown[] = [];
  const local = new LocalDelivery('i2', (err) => errors.push(err));
  const heard: string[] = [];
  local.subscribe('t', () => {
    throw new Error('broken console');
  });
  local.subscribe('t', (n) => heard.push(n.id));
  const n = { id: 'other:7', topic: 't', payload: {}, origin: 'other' };
  expect(local.deliver(n)).toBe(true);
  expect(local.deliver({ ...n })).toBe(false);
  expect(heard).toEqual(['other:7']);
  expect(errors).toHaveLength(1);
});

test('ids are remembered for a while, then forgotten (memory stays bounded)', () => {
  let clock = 0;
  const local = new LocalDelivery('i3', () => undefined, 1000, () => clock);
  const heard: string[] = [];
  local.subscribe('t', (n) => heard.push(n.id));
  local.deliver({ id: 'a', topic: 't', payload: 1, origin: 'x' });
  clock = 500;
  local.deliver({ id: 'a', topic: 't', payload: 1, origin: 'x' });
  clock = 2000;
  local.deliver({ id: 'b', topic: 't', payload: 1, origin: 'x' }); // forgets "a"
  local.deliver({ id: 'a', topic: 't', payload: 1, origin: 'x' });
  expect(heard).toEqual(['a', 'b', 'a']);
});

test('unsubscribing stops delivery', async () => {
  const notifier = createInProcessNotifier();
  const heard: unknown[] = [];
  const stop = notifier.subscribe('t', (n) => heard.push(n.payload));
  await notifier.publish('t', 1);
  stop();
  await notifier.publish('t', 2);
  expect(heard).toEqual([1]);
});
