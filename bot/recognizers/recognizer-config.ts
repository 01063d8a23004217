/**
 * The recognizer's configuration, independent of where it comes from. `bot/config.ts` builds it from CLU_ENDPOINT,
 * CLU_KEY, CLU_PROJECT, CLU_DEPLOYMENT, CLU_API_VERSION and CLU_TIMEOUT_MS; empty strings count as unset, so raw
 * environment values can be passed straight in. Azure CLU is used when endpoint, key, project and deployment are all
 * set, the local recognizer otherwise; setting only some of them is an error rather than a silent local fallback.
 */
import { z } from 'zod';
import { isLoopbackUrl } from '../channels/agents/auth/loopback';

const unsetWhenEmpty = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/** https, or plain http to a loopback address (a local test double): the key travels in a header. */
const endpoint = unsetWhenEmpty.pipe(
  z
    .url({ message: 'must be a URL such as https://<resource>.cognitiveservices.azure.com' })
    // Not a URL at all is reported once, by the check above.
    .refine((url) => !URL.canParse(url) || url.startsWith('https://') || (url.startsWith('http://') && isLoopbackUrl(url)), {
      message: 'must use https (plain http only to a loopback address)',
    })
    // The SDK appends "/language": a trailing slash would make it "//language".
    .transform((url) => url.replace(/(?<!\/)\/+$/, ''))
    .optional(),
);

/** CLU project and deployment names: letters, digits, "_", "." and "-", at most 50 characters. */
const cluName = unsetWhenEmpty.pipe(
  z.string().regex(/^[A-Za-z0-9_.-]{1,50}$/, 'letters, digits, _ . - only, at most 50 characters').optional(),
);

/** The GA version of the runtime API; the SDK alone would send its 2022 preview version. */
export const DEFAULT_CLU_API_VERSION = '2023-04-01';
/** The issue's promise: CLU errors and timeouts fall back to the local recognizer within one second. */
export const MAX_CLU_TIMEOUT_MS = 1000;

export const CluSettingsSchema = z
  .object({
    endpoint,
    key: unsetWhenEmpty,
    projectName: cluName,
    deploymentName: cluName,
    apiVersion: unsetWhenEmpty.pipe(
      z.string().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'must look like 2023-04-01').default(DEFAULT_CLU_API_VERSION),
    ),
    timeoutMs: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce
        .number({ message: 'must be a number of milliseconds' })
        .int()
        .min(10)
        .max(MAX_CLU_TIMEOUT_MS, `at most ${MAX_CLU_TIMEOUT_MS} ms: past that the customer waits too long for a reply`)
        .default(MAX_CLU_TIMEOUT_MS),
    ),
    /** CLU intent name → Baton intent ("TalkToAgent" → "agent_request"); unmapped names pass through. */
    intentMap: z.record(z.string(), z.string().min(1)).default({}),
    /** CLU language codes for Baton's languages. */
    languages: z.object({ en: z.string().min(1), zh: z.string().min(1) }).default({ en: 'en', zh: 'zh-hans' }),
    /** After this many failures in a row CLU is skipped for `cooldownMs`, so an outage costs no one a slow reply. */
    circuitBreaker: z
      .object({ failures: z.number().int().min(1), cooldownMs: z.number().int().min(0) })
      .default({ failures: 3, cooldownMs: 30_000 }),
  })
  .superRefine((clu, ctx) => {
    const required = ['endpoint', 'key', 'projectName', 'deploymentName'] as const;
    const missing = required.filter((name) => clu[name] === undefined);
    if (missing.length > 0 && missing.length < required.length) {
      for (const name of missing) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required when any of CLU endpoint, key, project or deployment is set' });
      }
    }
  });

export const LocalRecognizerSettingsSchema = z.object({
  /** Below this confidence the local recognizer answers `none` (default: the knowledge base's clarify threshold). */
  minConfidence: z.number().min(0).max(1).optional(),
  maxAlternatives: z.number().int().min(0).max(20).optional(),
});

export const RecognizerConfigSchema = z.object({
  // prefault, not default: the empty object is parsed, so the inner defaults apply.
  clu: CluSettingsSchema.prefault({}),
  local: LocalRecognizerSettingsSchema.prefault({}),
});

export type RecognizerConfig = z.infer<typeof RecognizerConfigSchema>;
export type RecognizerConfigInput = z.input<typeof RecognizerConfigSchema>;
export type CluSettings = RecognizerConfig['clu'];
/** Settings with which CLU can be called. */
export type CluConfig = Omit<CluSettings, 'endpoint' | 'key' | 'projectName' | 'deploymentName'> & {
  endpoint: string;
  key: string;
  projectName: string;
  deploymentName: string;
};

/** The CLU settings when all four of endpoint, key, project and deployment are set; otherwise undefined. */
export function cluConfigOf(config: RecognizerConfig): CluConfig | undefined {
  const { clu } = config;
  const { endpoint, key, projectName, deploymentName } = clu;
  return endpoint && key && projectName && deploymentName ? { ...clu, endpoint, key, projectName, deploymentName } : undefined;
}
