/**
 * Composition root: reads the environment once, builds Baton (`createBaton`), listens, attaches, starts, and prints
 * where everything is. On SIGTERM (or SIGINT) it shuts down gracefully: stop accepting, finish turns in flight, close
 * live streams with a hint to reconnect, stop the jobs, close the database. `npm start` runs this file with tsx;
 * `npm run start:prod` runs its compiled JavaScript (`npm run build` first).
 */
import { createServer } from 'node:http';
import { createBaton } from './baton';
import { seedDemoKnowledge } from './composition/knowledge';
import { ConfigError, loadConfig } from './config';

process.env.DOTENV_CONFIG_QUIET = 'true';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const baton = await createBaton(config);
  const { parts } = baton;
  const seeded = await seedDemoKnowledge(parts);
  const admin = await parts.auth.ensureFirstAdmin({ ...config.admin, mayGenerate: config.env !== 'production' }).catch(async (err: Error) => {
    await baton.stop();
    throw new ConfigError([err.message]);
  });

  const server = createServer(baton.app);
  baton.attach(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  baton.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const origin = config.publicUrl ?? `http://localhost:${port}`;

  const lines = [
    '',
    `Baton is running (${config.env}, ${parts.database.kind}, data in ${config.database.url ? 'PostgreSQL' : config.dataDir})`,
    `  Customer chat:         ${origin}/`,
    `  Bot Framework endpoint: ${origin}/api/messages${config.bot.anonymous ? '  (anonymous: local development only)' : ''}`,
    `  Direct Line:           ${origin}/v3/directline`,
    `  Agent console:         ${origin}/console`,
    `  Knowledge editor:      ${origin}/editor`,
    `  Knowledge base:        ${parts.knowledge.size} published articles${seeded ? ` (demo content loaded)` : ''}`,
    `  Intent recognizer:     ${parts.recognizer.description}`,
  ];
  if (admin && !admin.generatedPassword) lines.push(`  Admin created:         ${admin.email}`);
  if (config.env === 'production' && __filename.endsWith('.ts')) {
    lines.push('  Note: running the TypeScript sources through tsx; in production build once (npm run build) and run npm run start:prod');
  }
  parts.log(lines.join('\n') + '\n');
  if (admin?.generatedPassword) {
    // Development only (production never makes one up): straight to the terminal, once, never into the log.
    process.stdout.write(`  Dev login:             ${admin.email} / ${admin.generatedPassword}   (shown once; set BATON_ADMIN_PASSWORD to choose it)\n\n`);
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    parts.log(`[baton] ${signal}: shutting down (turns in flight get up to ${config.http.shutdownGraceMs / 1000} s)`);
    // A shutdown that hangs (a stuck query) must not outlive the orchestrator's patience: exit after the grace and a margin.
    setTimeout(() => {
      parts.log('[baton] shutdown took too long; exiting');
      process.exit(1);
    }, config.http.shutdownGraceMs + 5_000).unref();
    baton.stop().then(
      () => {
        parts.log('[baton] stopped');
        process.exit(0);
      },
      (err: Error) => {
        parts.log(`[baton] shutdown failed: ${err.stack ?? err.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A bug in one request must not take the service down for everyone; it is logged and the process goes on.
  process.on('unhandledRejection', (reason) => parts.log(`[baton] unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`Baton cannot start: ${err.message}`);
  } else {
    console.error(`Baton cannot start: ${(err as Error)?.stack ?? String(err)}`);
  }
  process.exit(1);
});
