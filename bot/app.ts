/**
 * `createApp(parts)` builds the express app: one router per audience, each with its own body limit and auth.
 * It never listens; `bot/server.ts` does, and `createBaton` (bot/baton.ts) builds the parts it serves.
 */
import express, { type Express } from 'express';
import { createHandoffRouter } from '../handoff';
import { createEditorPageRouter, createKnowledgeRouter } from '../knowledge';
import { createAdminRouter } from './admin/routes';
import { createAnalyticsRouter } from './analytics';
import { createOperationsRouter } from './operations';
import { createMessagesRouter } from './channels/agents/messages-route';
import { createDirectLineRouter } from './channels/directline/router';
import { createClientLimits } from './http/client-limits';
import { rejectCrossSiteRequests } from './http/cross-site';
import { createErrorHandler, notFoundHandler } from './http/error-handler';
import { securityHeaders } from './http/security-headers';
import { detectLanguage } from './core/signals/language';
import { createAuthRouter, requireRole, SESSION_COOKIE, sessionToken } from './people/routes';
import type { BatonParts } from './baton';
import { createAssetsRouter } from './web/assets-router';
import { createWebChatRouter } from './web/routes';
import { createContactRouter } from './web/contact-routes';
import type { Role } from '../contracts';

export function createApp(services: BatonParts): Express {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  // Only proxies the operator named may say who the client is (X-Forwarded-For); by default nobody may.
  app.set('trust proxy', config.trustProxy);
  const limits = createClientLimits(config.limits);
  // First, so every request (refused ones too) has its id, its log line and its timing.
  app.use(services.operations.middleware);
  app.use(securityHeaders({ production: config.env === 'production' }));
  app.use(rejectCrossSiteRequests({ cookieName: SESSION_COOKIE, publicUrl: config.publicUrl }));

  app.use(
    createOperationsRouter({
      metrics: services.operations.metrics,
      metricsToken: config.metricsToken,
      ready: {
        database: async () => {
          if (!(await services.database.healthy())) throw new Error('the database does not answer');
        },
        indexLoaded: () => services.knowledge.status().source !== 'empty',
        articles: () => services.knowledge.size,
      },
    }),
  );
  app.use(
    '/api/messages',
    createMessagesRouter({ adapter: services.adapter, logic: services.logic, bot: config.bot, bodyLimit: config.limits.bodyBytes, log: services.log }),
  );
  app.use('/v3/directline', createDirectLineRouter({ directLine: services.directLine, bodyLimit: config.limits.bodyBytes, publicUrl: config.publicUrl, limits }));
  app.use('/api/auth', createAuthRouter({ auth: services.auth, secureCookies: config.env === 'production' }));
  app.use(
    '/api/knowledge',
    createKnowledgeRouter({
      knowledge: services.knowledge,
      editorial: services.editorial,
      reviewQueue: services.reviewQueue,
      store: services.articles,
      synonyms: services.synonyms,
      requireRole: (...roles) => requireRole(services.auth, ...roles),
      detectLanguage: (text) => detectLanguage(text),
    }),
  );
  app.use('/editor', createEditorPageRouter());
  // The ticket API (/api/tickets), the console's API (/api/handoff) and the agent console page (/console).
  app.use(
    createHandoffRouter({
      service: services.handoff,
      maxStreamsPerPerson: config.limits.streamsPerUser,
      requireRole: (...roles) => requireRole(services.auth, ...(roles as Role[])),
      stillSignedIn: async (req) => {
        const token = sessionToken(req);
        return token !== undefined && (await services.auth.authenticate(token)) !== undefined;
      },
    }),
  );
  app.use('/api/analytics', createAnalyticsRouter({ analytics: services.analytics, requireSupervisor: requireRole(services.auth, 'supervisor') }));
  app.use('/api/admin', createAdminRouter({ policy: services.policy, customers: services.customers, auth: services.auth, requireAdmin: requireRole(services.auth, 'admin') }));
  app.use(createAssetsRouter());
  app.use(createWebChatRouter({ directLine: services.directLine, conversationsPerAddress: limits.conversationsPerAddress }));
  app.use(
    createContactRouter({ directLine: services.directLine, contacts: services.replyMailStore, clock: () => services.handoff.now(), enabled: Boolean(config.mail.smtpUrl) }),
  );

  app.use(notFoundHandler);
  app.use(createErrorHandler(services.log));
  return app;
}
