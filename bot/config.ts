/**
 * Configuration, parsed once from the environment by the composition root (`bot/server.ts`, `bot/cli`) and frozen.
 * Nothing else reads the environment.
 */
import path from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535).default(3978),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  ),
  MicrosoftAppId: optionalString.pipe(z.string().regex(guid, 'must be a GUID (the Azure Bot app id)').optional()),
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: optionalString.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  BATON_ADMIN_EMAIL: optionalString.pipe(z.email({ message: 'must be an email address' }).optional()),
  BATON_ADMIN_PASSWORD: optionalString.pipe(
    z.string().min(10, 'needs at least 10 characters').optional(),
  ),
  DIRECTLINE_SECRET: optionalString.pipe(
    z.string().min(16, 'needs at least 16 characters').optional(),
  ),
  /** Public origin (https://baton.example.com) used in links and stream URLs behind a proxy. */
  PUBLIC_URL: optionalString.pipe(z.url({ message: 'must be a URL' }).optional()),
  BATON_DEFAULT_LOCALE: z.enum(['en', 'zh']).default('en'),
  BATON_LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  dataDir: string;
  database: { url?: string; sqliteFile: string };
  bot: { appId?: string; appPassword?: string; tenantId?: string; appType?: string; anonymous: boolean };
  admin: { email?: string; password?: string };
  directLine: { secret?: string };
  publicUrl?: string;
  defaultLocale: 'en' | 'zh';
  logLevel: Env['BATON_LOG_LEVEL'];
  limits: { bodyBytes: number; textChars: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(source: Record<string, string | undefined>): Readonly<Config> {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const env = parsed.data;
  const anonymous = !env.MicrosoftAppId;
  if (anonymous && env.NODE_ENV === 'production') {
    throw new ConfigError([
      'MicrosoftAppId: required when NODE_ENV=production. Without it Bot Framework authentication is off and anyone ' +
        'could post activities to /api/messages. Set MicrosoftAppId (and MicrosoftAppPassword, MicrosoftAppTenantId) ' +
        'from your Azure Bot resource, or unset NODE_ENV=production for local use.',
    ]);
  }
  if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError(['MicrosoftAppPassword: required with MicrosoftAppId (the Azure Bot client secret)']);
  }
  const dataDir = path.resolve(env.DATA_DIR);
  const config: Config = {
    env: env.NODE_ENV,
    port: env.PORT,
    dataDir,
    database: { url: env.DATABASE_URL, sqliteFile: path.join(dataDir, 'baton.db') },
    bot: {
      appId: env.MicrosoftAppId,
      appPassword: env.MicrosoftAppPassword,
      tenantId: env.MicrosoftAppTenantId,
      appType: env.MicrosoftAppType,
      anonymous,
    },
    admin: { email: env.BATON_ADMIN_EMAIL, password: env.BATON_ADMIN_PASSWORD },
    directLine: { secret: env.DIRECTLINE_SECRET },
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, ''),
    defaultLocale: env.BATON_DEFAULT_LOCALE,
    logLevel: env.BATON_LOG_LEVEL,
    limits: { bodyBytes: 256 * 1024, textChars: 4000 },
  };
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
