/**
 * `createBaton` owns everything that runs by itself: building starts nothing, `start()` starts the jobs, and `stop()`
 * closes gracefully — a turn in flight finishes, live streams are told to reconnect, nothing is left running.
 */
import WebSocket from 'ws';
import request from 'supertest';
import { STREAM_RETRY_MS } from '../../bot/http/server-lifecycle';
import { RESTART_CLOSE_CODE } from '../../bot/channels/directline/stream';
import type { Job } from '../../bot/composition/jobs';
import { listenTestBaton, startTestBaton } from '../support/services';
import { staffToken } from '../support/staff-token';
import { waitFor } from '../support/wait';

/** What keeps the event loop busy (timers, sockets, servers, workers), by kind; file reads in progress left out. */
function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) if (kind !== 'FSReqCallback') counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

const customerActivity = (text: string) => ({
  type: 'message',
  id: 'a-1',
  text,
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/unused',
  conversation: { id: 'c-stop' },
  from: { id: 'customer-1', name: 'Casey' },
  recipient: { id: 'bot-1', name: 'Baton' },
  deliveryMode: 'expectReplies',
});

test('building, starting and stopping Baton leaves no timer, socket or worker behind', async () => {
  const before = activeResources();
  const baton = await startTestBaton();
  const live = await listenTestBaton(baton);
  baton.baton.start();
  expect(baton.baton.jobs.names).toEqual(expect.arrayContaining(['knowledge.watch', 'handoff.tick']));
  await request(live.origin).get('/healthz').expect(200);
  await baton.close();
  // Sockets and servers go away in the event loop's close phase, just after the close that let go of them.
  const same = () => JSON.stringify(activeResources()) === JSON.stringify(before);
  await waitFor(same, { timeoutMs: 2000 }).catch(() => undefined);
  expect(activeResources()).toEqual(before);
});

test('building starts nothing; start() starts the jobs, stop() stops them and waits for a run in progress', async () => {
  const baton = await startTestBaton({ demo: false });
  const events: string[] = [];
  const job: Job = {
    name: 'test.job',
    start: () => events.push('start'),
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('stopped');
    },
  };
  baton.baton.jobs.add(job);
  expect(events).toEqual([]);
  baton.baton.start();
  expect(events).toEqual(['start']);
  await baton.close();
  expect(events).toEqual(['start', 'stopped']);
  expect(() => baton.baton.start()).toThrow(/stopped/);
});

test('a turn in flight when stop() is called completes, while new connections are refused', async () => {
  let entered!: () => void;
  const turnStarted = new Promise<void>((resolve) => (entered = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const baton = await startTestBaton({
    demo: false,
    logic: () => async (context) => {
      entered();
      await released;
      await context.sendActivity('finished after the stop');
    },
  });
  const live = await listenTestBaton(baton);
  try {
    const turn = fetch(`${live.origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(customerActivity('hello')),
    });
    await turnStarted;
    let stopped = false;
    const stopping = baton.baton.stop().then(() => (stopped = true));
    await expect(fetch(`${live.origin}/healthz`)).rejects.toThrow();
    expect(stopped).toBe(false);

    release();
    const res = await turn;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text?: string }> };
    expect(body.activities.map((a) => a.text)).toContain('finished after the stop');
    expect(res.headers.get('connection')).toBe('close');
    await stopping;
    expect(stopped).toBe(true);
  } finally {
    release();
    await baton.close();
  }
});

test('stop() ends console event streams with a retry hint and Direct Line WebSockets with "service restart"', async () => {
  const baton = await startTestBaton({ demo: false });
  const live = await listenTestBaton(baton);
  try {
    const token = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
    const events = await fetch(`${live.origin}/api/tickets/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(events.status).toBe(200);
    const reader = events.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/"type":"ready"/);

    const started = await request(baton.app).post('/v3/directline/conversations').expect(201);
    const ws = new WebSocket(`${live.origin.replace('http', 'ws')}/v3/directline/conversations/${started.body.conversationId}/stream?t=${encodeURIComponent(started.body.token)}`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

    const stopping = baton.baton.stop();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toContain(`retry: ${STREAM_RETRY_MS}`);
    expect(await closed).toBe(RESTART_CLOSE_CODE);
    await stopping;
  } finally {
    await baton.close();
  }
});
