/**
 * Configuration, parsed once from the environment by the composition root (`bot/server.ts`, `bot/cli`) and frozen.
 * Nothing else reads the environment.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { isLoopbackUrl } from './channels/agents/auth/loopback';
import { RecognizerConfigSchema, type RecognizerConfig } from './recognizers';
import type { RateLimit } from './http/rate-limit';

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where Azure Bot Service publishes the keys that sign the tokens it sends to bots. */
export const BOT_FRAMEWORK_OPENID_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const entraOpenIdMetadataUrl = (tenantId: string) => `https://login.microsoftonline.com/${tenantId}/v2.0/.well-known/openid-configuration`;

/**
 * Hosts Baton sends activities to (replies, proactive messages) unless configured otherwise: the Bot Connector
 * service (`*.botframework.com`, including Direct Line and Web Chat; `*.botframework.azure.us` for US Government) and
 * the Teams connector in each cloud. A suffix also matches its subdomains. Broad suffixes such as `trafficmanager.net`
 * are left out on purpose: anyone can create a name under them.
 */
export const DEFAULT_OUTBOUND_HOSTS: readonly string[] = Object.freeze([
  'botframework.com',
  'botframework.azure.us',
  'smba.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
]);

const hostPattern = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

const hostList = optionalString.transform((value, ctx) => {
  const hosts = (value ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  for (const host of hosts) {
    if (!hostPattern.test(host)) {
      ctx.addIssue({ code: 'custom', message: `"${host}" is not a host name (write contoso.com or *.contoso.com, comma-separated)` });
    }
  }
  return hosts.map((h) => h.replace(/^\*\./, ''));
});

const positiveCount = optionalString.pipe(
  z.string().regex(/^[1-9]\d{0,8}$/, 'must be a whole number from 1 up').transform(Number).optional(),
);

const seconds = optionalString.pipe(
  z.string().regex(/^[1-9]\d{0,4}$/, 'must be a whole number of seconds from 1 up').transform(Number).optional(),
);

const NAMED_PROXIES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `2` (hops) or `10.0.0.0/8, loopback`; `true` (believe anyone's header) is refused. */
function parseTrustProxy(value: string | undefined, ctx: z.RefinementCtx): number | string[] | false {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const version = isIP(address);
    const bitsOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 6 ? 128 : 32));
    if (!(NAMED_PROXIES.has(entry) || (version !== 0 && bitsOk && extra === undefined))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${entry}" is not a proxy address: give a number of hops, or addresses and subnets (10.0.0.1, 10.0.0.0/8), loopback, linklocal or uniquelocal, comma-separated`,
      });
    }
  }
  return entries;
}

export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535).default(3978),
  /** The address to listen on: 127.0.0.1 unless chosen (0.0.0.0 for every interface); production must choose. */
  HOST: optionalString.refine((host) => host === undefined || host === 'localhost' || isIP(host) !== 0, 'must be an IP address (127.0.0.1, 0.0.0.0, ::) or localhost'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  ),
  /** Connections each instance keeps to PostgreSQL at most (instances × this must stay under the server's max_connections). */
  DATABASE_POOL_MAX: positiveCount,
  /**
   * How long a query waits for a pooled connection before it fails with 503 `database_unavailable` (an overloaded pool,
   * or a server that does not answer). Long enough to ride out a burst, short enough to answer under the Bot Service's
   * 15 s request timeout.
   */
  DATABASE_POOL_CHECKOUT_TIMEOUT_MS: optionalString.pipe(
    z.string().regex(/^\d{1,6}$/, 'must be a number of milliseconds').transform(Number).pipe(z.number().min(100, 'must be at least 100').max(60_000, 'must be at most 60000')).optional(),
  ),
  /**
   * `false` sends every statement unnamed (parsed and planned on each run): for a pooler in transaction mode that does
   * not carry prepared statements across its server connections (PgBouncer before 1.21, or with max_prepared_statements 0).
   */
  DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).optional(),
  MicrosoftAppId: optionalString.pipe(z.string().regex(guid, 'must be a GUID (the Azure Bot app id)').optional()),
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: optionalString.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  /** OpenID metadata of the Bot Framework token issuer; tests point it at a local double. */
  BATON_BOT_OPENID_METADATA_URL: optionalString.pipe(z.url({ message: 'must be a URL' }).optional()),
  /** OpenID metadata for Entra-issued tokens of the configured tenant (default: that tenant's v2.0 metadata). */
  BATON_ENTRA_OPENID_METADATA_URL: optionalString.pipe(z.url({ message: 'must be a URL' }).optional()),
  /** Extra hosts Baton may send activities to, besides the Bot Framework and Teams connectors. */
  BATON_BOT_OUTBOUND_HOSTS: hostList,
  BATON_ADMIN_EMAIL: optionalString.pipe(z.email({ message: 'must be an email address' }).optional()),
  BATON_ADMIN_PASSWORD: optionalString.pipe(
    z.string().min(10, 'needs at least 10 characters').optional(),
  ),
  DIRECTLINE_SECRET: optionalString.pipe(
    z.string().min(16, 'needs at least 16 characters').optional(),
  ),
  /** SMTP server for e-mailing agent replies to absent web customers who asked for it (smtp://user:pass@host:587). */
  SMTP_URL: optionalString.pipe(z.url({ message: 'must be a URL like smtp://user:password@mail.example.com:587' }).optional()),
  /** The From address of those e-mails. */
  MAIL_FROM: optionalString.pipe(z.email({ message: 'must be an email address' }).optional()),
  /** How long a reply waits unread in the chat before it is e-mailed. */
  REPLY_MAIL_DELAY_MINUTES: optionalString.pipe(z.string().regex(/^\d{1,4}$/, 'must be a whole number of minutes').transform(Number).optional()),
  /** Public origin (https://baton.example.com) used in links and stream URLs behind a proxy. */
  PUBLIC_URL: optionalString.pipe(z.url({ message: 'must be a URL' }).optional()),
  /**
   * Which proxies' X-Forwarded-For to believe when telling client addresses apart (for limits): a number of hops, or
   * addresses and subnets (`10.0.0.0/8, loopback`). Unset: none, the connection's own address is the client's.
   */
  TRUST_PROXY: optionalString.transform((value, ctx) => parseTrustProxy(value, ctx)),
  /** New Direct Line conversations (and web chat tokens) per client address per 10 minutes. */
  LIMIT_CONVERSATIONS_PER_ADDRESS: positiveCount,
  /** Customer messages per conversation per minute. */
  LIMIT_MESSAGES_PER_CONVERSATION: positiveCount,
  /** Customer messages per client address per minute. */
  LIMIT_MESSAGES_PER_ADDRESS: positiveCount,
  /** Open live streams (Direct Line WebSocket, console event stream) per user at once. */
  LIMIT_STREAMS_PER_USER: positiveCount,
  /**
   * How long an idle keep-alive connection stays open. Keep it above the load balancer's idle timeout (AWS ALB's
   * default is 60 s) so the balancer closes an idle socket first and never sends a request down one Baton is closing
   * (a 502 or ECONNRESET).
   */
  HTTP_KEEP_ALIVE_SECONDS: seconds,
  /** How long a client may take to send a request's headers; a little above the keep-alive timeout by default. */
  HTTP_HEADERS_TIMEOUT_SECONDS: seconds,
  /** On SIGTERM, how long requests in flight (turns) may take to finish before their connections are cut. */
  SHUTDOWN_GRACE_SECONDS: seconds,
  /**
   * Days transcripts and finished tickets are kept after their last activity; unset keeps them forever. Conversations
   * with a ticket still in progress are kept whatever their age.
   */
  RETENTION_DAYS: optionalString.pipe(z.string().regex(/^[1-9]\d{0,4}$/, 'must be a whole number of days from 1 up').transform(Number).optional()),
  /**
   * How many instances share the load behind the load balancer. Rate-limit counters are kept per instance, so each
   * instance applies its share of every limit (the limit divided by this, rounded up).
   */
  BATON_INSTANCES: positiveCount,
  /** Default: info, or silent under NODE_ENV=test (test runs print no request lines unless asked). */
  BATON_LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).optional(),
  /**
   * true: every log line is written before the call that logs it returns (a kill -9 loses none). Default: lines are
   * buffered and written off the request's path, and flushed when the process exits (SIGTERM, SIGINT, a crash).
   */
  BATON_LOG_SYNC: z.enum(['true', 'false']).optional(),
  /** Bearer token Prometheus scrapes `/metrics` with; unset, `/metrics` is not served. */
  BATON_METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'needs at least 16 characters').optional()),
  /** Azure Conversational Language Understanding: all four of endpoint, key, project and deployment, or none. */
  CLU_ENDPOINT: optionalString,
  CLU_KEY: optionalString,
  CLU_PROJECT: optionalString,
  CLU_DEPLOYMENT: optionalString,
  CLU_API_VERSION: optionalString,
  CLU_TIMEOUT_MS: optionalString.pipe(z.string().regex(/^\d+$/, 'must be a number of milliseconds').transform(Number).optional()),
});

/** Recognizer settings paths, as the environment variables that set them. */
const CLU_ENV_NAMES: Record<string, string> = {
  endpoint: 'CLU_ENDPOINT',
  key: 'CLU_KEY',
  projectName: 'CLU_PROJECT',
  deploymentName: 'CLU_DEPLOYMENT',
  apiVersion: 'CLU_API_VERSION',
  timeoutMs: 'CLU_TIMEOUT_MS',
};

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  /** Where the server listens (127.0.0.1 by default outside production). */
  host: string;
  dataDir: string;
  database: { url?: string; sqliteFile: string; pool: { max: number; checkoutTimeoutMs: number; preparedStatements: boolean } };
  bot: {
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    appType?: string;
    anonymous: boolean;
    /** Who may call `/api/messages` when an app id is set: tokens signed with keys from these OpenID metadata. */
    auth: {
      botFrameworkMetadataUrl: string;
      /** Entra-issued tokens are accepted only for a tenant given as a GUID (issuers and `tid` carry the GUID). */
      entra?: { tenantId: string; metadataUrl: string };
      /** Metadata and keys over plain http to loopback (local test doubles); never in production. */
      allowLoopbackHttp: boolean;
    };
    /** Where the adapter may send activities (replies, proactive messages). */
    outbound: {
      /** Host suffixes: an entry matches the host itself and its subdomains. https only. */
      hosts: string[];
      /** Anonymous local mode only: http(s) to loopback (the Emulator, the Agents Playground, test doubles). */
      allowLoopback: boolean;
      /** The serviceUrl the built-in Direct Line stamps on its activities; its replies never leave the process. */
      builtInDirectLineUrl: string;
    };
  };
  admin: { email?: string; password?: string };
  directLine: { secret?: string; serviceUrl: string };
  publicUrl?: string;
  logLevel: NonNullable<Env['BATON_LOG_LEVEL']>;
  /** Whether log lines are written synchronously (BATON_LOG_SYNC=true) or buffered and written off the request's path. */
  logSync: boolean;
  /** Prometheus scrapes `/metrics` with this bearer token; undefined: metrics are not served. Never log it. */
  metricsToken?: string;
  /** E-mail of agent replies to absent web customers; off without an SMTP server. */
  mail: { smtpUrl?: string; from: string; replyDelayMinutes: number };
  /** Who may set the client address through X-Forwarded-For (express's `trust proxy`); false: nobody. */
  trustProxy: number | string[] | false;
  limits: {
    bodyBytes: number;
    textChars: number;
    /** New conversations and web chat tokens per client address. */
    conversationsPerAddress: RateLimit;
    messagesPerConversation: RateLimit;
    messagesPerAddress: RateLimit;
    /** Live streams (WebSocket, Server-Sent Events) one user may hold open at once. */
    streamsPerUser: number;
  };
  /** Local intent recognizer, or Azure CLU with the local one as fallback. Holds the CLU key: never log it. */
  recognizer: RecognizerConfig;
  /** How long transcripts and finished tickets are kept; `days` unset: forever. */
  retention: { days?: number };
  /** The HTTP server's timeouts and its graceful shutdown. */
  http: {
    keepAliveTimeoutMs: number;
    headersTimeoutMs: number;
    /** The whole request (headers and body) must arrive within this. */
    requestTimeoutMs: number;
    shutdownGraceMs: number;
  };
}

/** Seconds; the keep-alive default sits above the common 60 s load-balancer idle timeout. */
export const DEFAULT_HTTP = Object.freeze({ keepAliveSeconds: 65, requestTimeoutSeconds: 30, shutdownGraceSeconds: 10 });

/** Per 10 minutes, per minute, per minute, at once. */
export const DEFAULT_LIMITS = Object.freeze({ conversationsPerAddress: 60, messagesPerConversation: 30, messagesPerAddress: 300, streamsPerUser: 5 });

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The recognizer's settings under their environment names (CLU_ENDPOINT…), unset ones as they are. */
export function recognizerSettingsOf(env: Readonly<Record<string, unknown>>): { clu: Record<string, unknown> } {
  return { clu: Object.fromEntries(Object.entries(CLU_ENV_NAMES).map(([field, name]) => [field, env[name]])) };
}

export function loadConfig(source: Record<string, string | undefined>): Readonly<Config> {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const env = parsed.data;
  const anonymous = !env.MicrosoftAppId;
  // Rate-limit counters live in each instance's memory (no database write per message): with N instances behind a
  // balancer that does not pin clients, each sees about 1/N of a client's requests and applies 1/N of the limit.
  const instances = env.BATON_INSTANCES ?? 1;
  const share = (limit: number) => Math.max(1, Math.ceil(limit / instances));
  if (anonymous && env.NODE_ENV === 'production') {
    throw new ConfigError([
      'MicrosoftAppId: required when NODE_ENV=production. Without it Bot Framework authentication is off and anyone ' +
        'could post activities to /api/messages. Set MicrosoftAppId (and MicrosoftAppPassword, MicrosoftAppTenantId) ' +
        'from your Azure Bot resource, or unset NODE_ENV=production for local use.',
    ]);
  }
  if (env.NODE_ENV === 'production' && !env.HOST) {
    throw new ConfigError([
      'HOST: required when NODE_ENV=production: the address to listen on, 127.0.0.1 behind a proxy on the same machine, ' +
        '0.0.0.0 in a container or to listen on every interface. Baton does not choose for you in production.',
    ]);
  }
  if (env.NODE_ENV === 'production' && !env.DIRECTLINE_SECRET && env.LIMIT_CONVERSATIONS_PER_ADDRESS === undefined) {
    throw new ConfigError([
      'DIRECTLINE_SECRET: required when NODE_ENV=production, or else LIMIT_CONVERSATIONS_PER_ADDRESS. Without a secret ' +
        "anyone may open Direct Line conversations; set DIRECTLINE_SECRET (the web page still works: it gets its tokens " +
        'from the server), or choose how many anonymous conversations one address may start per 10 minutes.',
    ]);
  }
  if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError(['MicrosoftAppPassword: required with MicrosoftAppId (the Azure Bot client secret)']);
  }
  const metadataProblems = (
    [
      ['BATON_BOT_OPENID_METADATA_URL', env.BATON_BOT_OPENID_METADATA_URL],
      ['BATON_ENTRA_OPENID_METADATA_URL', env.BATON_ENTRA_OPENID_METADATA_URL],
    ] as const
  )
    // Signing keys fetched over plain http could be swapped in transit; loopback doubles are for tests only.
    .filter(([, url]) => url && !url.startsWith('https://') && !(env.NODE_ENV !== 'production' && isLoopbackUrl(url)))
    .map(([name]) => `${name}: must be an https:// URL (http:// only to a loopback address, and not in production)`);
  if (env.BATON_ENTRA_OPENID_METADATA_URL && !(env.MicrosoftAppTenantId && guid.test(env.MicrosoftAppTenantId))) {
    metadataProblems.push(
      'BATON_ENTRA_OPENID_METADATA_URL: Entra tokens are checked against MicrosoftAppTenantId, which must then be the tenant GUID',
    );
  }
  if (metadataProblems.length) throw new ConfigError(metadataProblems);
  if (env.SMTP_URL && !/^smtps?:\/\//.test(env.SMTP_URL)) throw new ConfigError(['SMTP_URL: must start with smtp:// or smtps://']);
  if (env.NODE_ENV === 'production' && env.SMTP_URL && !env.MAIL_FROM) throw new ConfigError(['MAIL_FROM: required with SMTP_URL in production (the From address of reply e-mails)']);
  const keepAliveSeconds = env.HTTP_KEEP_ALIVE_SECONDS ?? DEFAULT_HTTP.keepAliveSeconds;
  const headersTimeoutSeconds = env.HTTP_HEADERS_TIMEOUT_SECONDS ?? keepAliveSeconds + 1;
  if (headersTimeoutSeconds <= keepAliveSeconds) {
    throw new ConfigError([
      `HTTP_HEADERS_TIMEOUT_SECONDS: must be above HTTP_KEEP_ALIVE_SECONDS (${keepAliveSeconds}), or a reused connection ` +
        'may be cut while its next request is on the way; leave it unset for one second more',
    ]);
  }

  const recognizer = RecognizerConfigSchema.safeParse(recognizerSettingsOf(env));
  if (!recognizer.success) {
    throw new ConfigError(
      recognizer.error.issues.map((i) => {
        const field = String(i.path.at(-1) ?? '');
        return `${CLU_ENV_NAMES[field] ?? (i.path.join('.') || 'CLU settings')}: ${i.message}`;
      }),
    );
  }

  const dataDir = path.resolve(env.DATA_DIR);
  const publicUrl = env.PUBLIC_URL?.replace(/\/$/, '');
  const directLineServiceUrl = `${publicUrl ?? `http://localhost:${env.PORT}`}/v3/directline`;
  const tenantGuid = env.MicrosoftAppTenantId && guid.test(env.MicrosoftAppTenantId) ? env.MicrosoftAppTenantId.toLowerCase() : undefined;
  const config: Config = {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    database: {
      url: env.DATABASE_URL,
      sqliteFile: path.join(dataDir, 'baton.db'),
      pool: { max: env.DATABASE_POOL_MAX ?? 10, checkoutTimeoutMs: env.DATABASE_POOL_CHECKOUT_TIMEOUT_MS ?? 10_000, preparedStatements: env.DATABASE_PREPARED_STATEMENTS !== 'false' },
    },
    bot: {
      appId: env.MicrosoftAppId,
      appPassword: env.MicrosoftAppPassword,
      tenantId: env.MicrosoftAppTenantId,
      appType: env.MicrosoftAppType,
      anonymous,
      auth: {
        botFrameworkMetadataUrl: env.BATON_BOT_OPENID_METADATA_URL ?? BOT_FRAMEWORK_OPENID_METADATA_URL,
        entra: tenantGuid
          ? { tenantId: tenantGuid, metadataUrl: env.BATON_ENTRA_OPENID_METADATA_URL ?? entraOpenIdMetadataUrl(tenantGuid) }
          : undefined,
        allowLoopbackHttp: env.NODE_ENV !== 'production',
      },
      outbound: {
        hosts: [...new Set([...DEFAULT_OUTBOUND_HOSTS, ...env.BATON_BOT_OUTBOUND_HOSTS])],
        allowLoopback: anonymous,
        builtInDirectLineUrl: directLineServiceUrl,
      },
    },
    admin: { email: env.BATON_ADMIN_EMAIL, password: env.BATON_ADMIN_PASSWORD },
    directLine: { secret: env.DIRECTLINE_SECRET, serviceUrl: directLineServiceUrl },
    publicUrl,
    logLevel: env.BATON_LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    logSync: env.BATON_LOG_SYNC === 'true',
    metricsToken: env.BATON_METRICS_TOKEN,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM ?? 'baton@localhost', replyDelayMinutes: env.REPLY_MAIL_DELAY_MINUTES ?? 5 },
    trustProxy: env.TRUST_PROXY,
    limits: {
      bodyBytes: 256 * 1024,
      textChars: 4000,
      conversationsPerAddress: { limit: share(env.LIMIT_CONVERSATIONS_PER_ADDRESS ?? DEFAULT_LIMITS.conversationsPerAddress), windowMs: 10 * 60_000 },
      messagesPerConversation: { limit: share(env.LIMIT_MESSAGES_PER_CONVERSATION ?? DEFAULT_LIMITS.messagesPerConversation), windowMs: 60_000 },
      messagesPerAddress: { limit: share(env.LIMIT_MESSAGES_PER_ADDRESS ?? DEFAULT_LIMITS.messagesPerAddress), windowMs: 60_000 },
      streamsPerUser: env.LIMIT_STREAMS_PER_USER ?? DEFAULT_LIMITS.streamsPerUser,
    },
    recognizer: recognizer.data,
    retention: { days: env.RETENTION_DAYS },
    http: {
      keepAliveTimeoutMs: keepAliveSeconds * 1000,
      headersTimeoutMs: headersTimeoutSeconds * 1000,
      requestTimeoutMs: DEFAULT_HTTP.requestTimeoutSeconds * 1000,
      shutdownGraceMs: (env.SHUTDOWN_GRACE_SECONDS ?? DEFAULT_HTTP.shutdownGraceSeconds) * 1000,
    },
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
