/**
 * Composition root: reads the environment once, builds the services and the app, listens, and prints where
 * everything is. `npm start` runs this file.
 */
import { createServer } from 'node:http';
import { createApp } from './app';
import { attachDirectLineStream } from './channels/directline/stream';
import { ConfigError, loadConfig } from './config';
import { createServices, seedDemoKnowledge } from './services';

process.env.DOTENV_CONFIG_QUIET = 'true';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const services = await createServices(config);
  const seeded = await seedDemoKnowledge(services);
  const admin = await services.auth.ensureFirstAdmin({ ...config.admin, mayGenerate: config.env !== 'production' }).catch((err: Error) => {
    throw new ConfigError([err.message]);
  });

  const app = createApp(services);
  const server = createServer(app);
  const detachStream = attachDirectLineStream(server, { directLine: services.directLine, feed: services.feed, streamsPerUser: config.limits.streamsPerUser });
  server.requestTimeout = 30_000;
  // Handoff timer work: SLA warnings and breaches, agents gone silent, resolved tickets nobody rated.
  const handoffTimer = setInterval(() => {
    services.handoff.tick().catch((err: Error) => services.log(`[handoff] tick failed: ${err.stack ?? err.message}`));
    // Agent replies the absent customer did not read in the chat go out by e-mail (when SMTP is configured).
    services.replyMail.tick().catch((err: Error) => services.log(`[mail] tick failed: ${err.stack ?? err.message}`));
  }, 5_000);
  handoffTimer.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const origin = config.publicUrl ?? `http://localhost:${port}`;

  const lines = [
    '',
    `Baton is running (${config.env}, ${services.database.kind}, data in ${config.database.url ? 'PostgreSQL' : config.dataDir})`,
    `  Customer chat:         ${origin}/`,
    `  Bot Framework endpoint: ${origin}/api/messages${config.bot.anonymous ? '  (anonymous: local development only)' : ''}`,
    `  Direct Line:           ${origin}/v3/directline`,
    `  Agent console:         ${origin}/console`,
    `  Knowledge editor:      ${origin}/editor`,
    `  Knowledge base:        ${services.knowledge.size} published articles${seeded ? ` (demo content loaded)` : ''}`,
    `  Intent recognizer:     ${services.recognizer.description}`,
  ];
  if (admin && !admin.generatedPassword) lines.push(`  Admin created:         ${admin.email}`);
  services.log(lines.join('\n') + '\n');
  if (admin?.generatedPassword) {
    // Development only (production never makes one up): straight to the terminal, once, never into the log.
    process.stdout.write(`  Dev login:             ${admin.email} / ${admin.generatedPassword}   (shown once; set BATON_ADMIN_PASSWORD to choose it)\n\n`);
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    services.log(`[baton] ${signal}: shutting down`);
    detachStream();
    clearInterval(handoffTimer);
    server.close(() => {
      void services.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A bug in one request must not take the service down for everyone; it is logged and the process goes on.
  process.on('unhandledRejection', (reason) => services.log(`[baton] unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`Baton cannot start: ${err.message}`);
  } else {
    console.error(`Baton cannot start: ${(err as Error)?.stack ?? String(err)}`);
  }
  process.exit(1);
});
