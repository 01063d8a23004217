/**
 * `createApp(services)` builds the express app: one router per audience, each with its own body limit and auth.
 * It never listens; `bot/server.ts` does.
 */
import express, { type Express } from 'express';
import { createMessagesRouter } from './channels/agents/messages-route';
import { createDirectLineRouter } from './channels/directline/router';
import { createErrorHandler, notFoundHandler } from './http/error-handler';
import { securityHeaders } from './http/security-headers';
import { createAuthRouter } from './people/routes';
import type { Services } from './services';
import { createWebChatRouter } from './web/routes';

export function createApp(services: Services): Express {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', knowledgeArticles: services.knowledge.size, database: services.database.kind });
  });
  app.use(
    '/api/messages',
    createMessagesRouter({ adapter: services.adapter, logic: services.logic, bot: config.bot, bodyLimit: config.limits.bodyBytes }),
  );
  app.use('/v3/directline', createDirectLineRouter({ directLine: services.directLine, bodyLimit: config.limits.bodyBytes, publicUrl: config.publicUrl }));
  app.use('/api/auth', createAuthRouter({ auth: services.auth, secureCookies: config.env === 'production' }));
  app.use(createWebChatRouter({ directLine: services.directLine }));

  app.use(notFoundHandler);
  app.use(createErrorHandler(services.log));
  return app;
}
