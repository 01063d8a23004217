/** The handoff event bus on the notifier: the consoles hear every instance's events, bookkeeping only its own. */
import { createNotifierEventBus } from '../../../bot/cluster/handoff-bus';
import { createInProcessNotifier, LocalDelivery, type Notifier } from '../../../bot/cluster/notifier';
import { TOPICS } from '../../../bot/cluster/topics';
import type { HandoffEvent } from '../../../handoff';

/** An in-process notifier whose test can also hand it another instance's notification, as LISTEN would. */
function notifierHearing(): { notifier: Notifier; fromElsewhere(event: HandoffEvent): void } {
  const local = new LocalDelivery('here', (err) => {
    throw err;
  });
  const base = createInProcessNotifier({ instanceId: 'here' });
  const notifier: Notifier = {
    ...base,
    publish: async (topic, payload) => void local.deliver({ id: local.nextId(), topic, payload, origin: 'here' }),
    subscribe: (topic, listener) => local.subscribe(topic, listener as never),
  };
  let n = 0;
  return { notifier, fromElsewhere: (event) => void local.deliver({ id: `there:${++n}`, topic: TOPICS.handoffEvent, payload: event, origin: 'there' }) };
}

const event = (at: string): HandoffEvent => ({ kind: 'agent', type: 'agent.online', agent: { id: 'ann', name: 'Ann' } as never, at });

test("subscribe hears this instance's events and the others'; subscribeOwn only this instance's", () => {
  const { notifier, fromElsewhere } = notifierHearing();
  const bus = createNotifierEventBus(notifier, () => undefined);
  const all: string[] = [];
  const own: string[] = [];
  bus.subscribe((e) => all.push((e as { at: string }).at));
  bus.subscribeOwn!((e) => own.push((e as { at: string }).at));
  bus.publish(event('mine'));
  fromElsewhere(event('theirs'));
  expect(all).toEqual(['mine', 'theirs']);
  expect(own).toEqual(['mine']);
});
