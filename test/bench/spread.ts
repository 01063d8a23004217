/**
 * How the benches spread messages over instances behind a load balancer without sticky sessions: message i goes to
 * conversation i mod n (every conversation in turn, as with one instance), and that conversation's k-th message to
 * instance (conversation + k) mod instances. Each conversation then gets its messages as far apart as with one
 * instance and alternates between the instances. (Picking from a list of every conversation on every instance sent
 * each conversation's messages in pairs 1/rate apart, one on each instance: two turns of one conversation at once,
 * one of them run again on a state conflict — a heavier load than the one-instance knee's, not the same load shared.)
 */
import { customerOf, type DirectLineCustomer } from '../support/direct-line-client';

export function spreadOver(customers: DirectLineCustomer[], origins: string[]): (i: number) => DirectLineCustomer {
  const views = customers.map((c) => origins.map((origin) => customerOf(origin, c.conversationId, c.token)));
  return (i) => {
    const conversation = i % customers.length;
    const message = Math.floor(i / customers.length);
    return views[conversation]![(conversation + message) % origins.length]!;
  };
}
