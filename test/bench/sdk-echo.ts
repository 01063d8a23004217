/**
 * The yardstick for Baton's per-turn cost (issue 14): a bare Agents SDK echo bot — the SDK's CloudAdapter and an
 * ActivityHandler that repeats the text, on Express, auth off — answering `/api/messages` with expectReplies. No store,
 * no transcript, no engine: what any bot built on the SDK pays for a turn on this machine.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ActivityHandler, CloudAdapter, type AuthConfiguration } from '@microsoft/agents-hosting';

export async function startSdkEchoBot(): Promise<{ origin: string; stop(): Promise<void> }> {
  const adapter = new CloudAdapter({ clientId: '', issuers: [] } as unknown as AuthConfiguration);
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await context.sendActivity(`You said: ${context.activity.text}`);
    await next();
  });
  const app = express();
  app.use(express.json());
  app.post('/api/messages', (req, res) => {
    void adapter.process(req, res, (context) => bot.run(context)).catch((err: Error) => res.status(500).send(err.message));
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
