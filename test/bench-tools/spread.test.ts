/** The benches' spread of messages over instances: the same per-conversation load as one instance, shared. */
import { spreadOver } from '../bench/spread';
import type { DirectLineCustomer } from '../support/direct-line-client';

const customer = (conversationId: string) => ({ conversationId, token: `t-${conversationId}` }) as DirectLineCustomer;
/** Which conversation and which instance a bench message goes to (the origin is in the customer's URLs). */
async function where(pick: (i: number) => DirectLineCustomer, indexes: number[], origins: string[]) {
  const seen: string[] = [];
  const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
    seen.push(String(url));
    return new Response('{}', { status: 200 });
  });
  try {
    const conversations: string[] = [];
    for (const i of indexes) {
      const c = pick(i);
      conversations.push(c.conversationId);
      await c.say('hi');
    }
    return { conversations, instances: seen.map((url) => origins.findIndex((o) => url.startsWith(o))) };
  } finally {
    fetchSpy.mockRestore();
  }
}

describe('spreadOver', () => {
  const origins = ['http://a.test', 'http://b.test'];
  const pick = spreadOver([customer('c0'), customer('c1'), customer('c2')], origins);

  it('sends consecutive messages to different conversations, as with one instance', async () => {
    expect((await where(pick, [0, 1, 2, 3], origins)).conversations).toEqual(['c0', 'c1', 'c2', 'c0']);
  });

  it("alternates each conversation's messages between the instances", async () => {
    const ofC1 = await where(pick, [1, 4, 7, 10], origins);
    expect(ofC1.conversations).toEqual(['c1', 'c1', 'c1', 'c1']);
    expect(ofC1.instances).toEqual([1, 0, 1, 0]);
  });
});
