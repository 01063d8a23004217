/**
 * Nothing acknowledged is lost: customers chat and ask for a person in a burst, the server is killed with SIGKILL in
 * the middle of it, and after a restart every acknowledged message is in its transcript and every acknowledged
 * handoff request has its ticket.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { waitFor } from '../support/wait';

const CONVERSATIONS = 12;
const ADMIN = { email: 'admin@example.com', password: 'correct horse battery' };
const SCRIPT = [
  'I want to talk to a person',
  ...Array.from({ length: 40 }, (_, i) => (i % 2 ? `still waiting, message ${i}` : `my order is 44${i}, where is it?`)),
];

async function post(url: string, body: unknown, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: res.ok ? ((await res.json()) as Record<string, unknown>) : undefined };
}

async function get(url: string, token: string) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${url} → ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

test('a kill -9 during a burst loses no acknowledged message or ticket', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-kill-'));
  const env = { DATA_DIR: dataDir, BATON_ADMIN_EMAIL: ADMIN.email, BATON_ADMIN_PASSWORD: ADMIN.password };
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(env);
    const origin = server.origin;
    const conversations = await Promise.all(
      Array.from({ length: CONVERSATIONS }, async () => {
        const { body } = await post(`${origin}/api/webchat/token`, {});
        const started = await post(`${origin}/v3/directline/conversations`, {}, body!.token as string);
        return { id: started.body!.conversationId as string, token: started.body!.token as string, acked: [] as Array<{ id: string; text: string }> };
      }),
    );

    // Every conversation sends its script as fast as it can; the kill lands somewhere in the middle.
    let killed = false;
    const burst = Promise.all(
      conversations.map(async (c) => {
        for (const text of SCRIPT) {
          if (killed) return;
          try {
            const res = await post(`${origin}/v3/directline/conversations/${c.id}/activities`, { type: 'message', text }, c.token);
            if (res.status === 200) c.acked.push({ id: res.body!.id as string, text });
          } catch {
            return; // connection reset by the kill: not acknowledged
          }
        }
      }),
    );
    // Killed once a part of the burst is acknowledged (not after a fixed time: a loaded machine is slower to start).
    const acked = () => conversations.reduce((n, c) => n + c.acked.length, 0);
    await waitFor(() => acked() >= CONVERSATIONS * 3, { timeoutMs: 30_000 });
    killed = true;
    server.child.kill('SIGKILL');
    await server.exited;
    await burst;

    const acknowledged = conversations.reduce((n, c) => n + c.acked.length, 0);
    // The kill must have landed mid-burst for this test to mean anything.
    expect(acknowledged).toBeGreaterThan(CONVERSATIONS);
    expect(acknowledged).toBeLessThan(CONVERSATIONS * SCRIPT.length);

    server = await startServerProcess(env);
    const restarted = server.origin;
    const { body: login } = await post(`${restarted}/api/auth/token`, ADMIN);
    const admin = login!.token as string;
    const tickets = (await get(`${restarted}/api/tickets?status=queued`, admin)).tickets as Array<{ id: string; conversationId: string }>;

    for (const c of conversations) {
      const feed = (await get(`${restarted}/v3/directline/conversations/${c.id}/activities`, c.token)).activities as Array<{ id: string; text?: string }>;
      const storedIds = new Set(feed.map((a) => a.id));
      expect(c.acked.filter((a) => !storedIds.has(a.id))).toEqual([]);
      if (c.acked.some((a) => a.text === SCRIPT[0])) {
        const ticket = tickets.find((t) => t.conversationId === c.id);
        expect(ticket).toBeDefined();
        const detail = await get(`${restarted}/api/tickets/${ticket!.id}`, admin);
        const customerLines = (detail.transcript as Array<{ role: string; text: string }>).filter((l) => l.role === 'customer').map((l) => l.text);
        expect(customerLines).toEqual(expect.arrayContaining(c.acked.map((a) => a.text)));
      }
    }
  } finally {
    server?.child.kill('SIGKILL');
    await server?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
