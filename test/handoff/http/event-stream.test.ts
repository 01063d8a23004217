/** The console's live feed ends when the person's session does. */
import express from 'express';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createHandoffRouter } from '../../../handoff';
import { createErrorHandler } from '../../../bot/http/error-handler';
import { requireRole, sessionToken } from '../../../bot/people/routes';
import { startTestBaton, type TestBaton } from '../../support/services';
import type { Role } from '../../../contracts';

let baton: TestBaton;
beforeAll(async () => {
  baton = await startTestBaton({ demo: false });
});
afterAll(() => baton.close());

test('signing out ends an open event stream', async () => {
  const { auth, handoff } = baton.parts;
  const app = express();
  app.use(
    createHandoffRouter({
      service: handoff,
      requireRole: (...roles) => requireRole(auth, ...(roles as Role[])),
      stillSignedIn: async (req) => (await auth.authenticate(sessionToken(req) ?? '')) !== undefined,
      sessionRecheckMs: 50,
    }),
  );
  app.use(createErrorHandler(() => undefined));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { token } = (await request(baton.app).post('/api/auth/token').send({ email: 'admin@example.com', password: 'correct horse battery' })).body;
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/tickets/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/"type":"ready"/);

    await request(baton.app).post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    // Read until the server ends the stream.
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
