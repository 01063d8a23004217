/**
 * `npm run manifest` (tsx manifest/build.ts): fills manifest.template.json from environment values, validates it
 * against the official Teams schema and writes manifest/build/appPackage.zip (manifest.json + two icons at the zip
 * root, the layout Teams expects on upload). Only the entry point at the bottom reads process.env; the rest is
 * pure so tests run it in-process.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { z } from 'zod';
import { validateManifest } from './validate';

export interface ManifestValues {
  botId: string;
  teamsAppId: string;
  appName: string;
  appVersion: string;
  validDomains: string[];
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
}

export const TEMPLATE_PATH = path.join(__dirname, 'manifest.template.json');
export const ICONS_DIR = path.join(__dirname, 'icons');
export const OUTPUT_PATH = path.join(__dirname, 'build', 'appPackage.zip');
const ICONS = { 'color.png': 192, 'outline.png': 32 } as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Hostname with optional leading wildcard and port, as Teams accepts in validDomains. */
const DOMAIN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;
/** Fixed namespace so the derived Teams app id is stable for a given bot id (same inputs, same app in Teams). */
const APP_ID_NAMESPACE = '1d80d76c-8ac6-4020-891a-2813b32edd7c';

/** RFC 4122 version-5 (SHA-1, name-based) UUID: deterministic, and a valid GUID for the schema. */
export function uuidV5(name: string, namespace = APP_ID_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** "https://bot.example.com:8443/path" or "bot.example.com" → "bot.example.com:8443": Teams wants bare hosts. */
function toDomain(value: string): string {
  return value.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/:443$/, '');
}

/** Blank values count as unset: .env files and CI often define a variable as empty. */
const opt = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());
const url = z.string().regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL');
const guid = (what: string) =>
  z.string().regex(GUID, { error: (issue) => `must be a GUID (${what}), got "${String(issue.input)}"` });
/** Comma-separated hosts or URLs → bare host names, each checked so a typo names its variable. */
const domains = z
  .string()
  .transform((s) => s.split(',').map((d) => d.trim()).filter(Boolean).map(toDomain))
  .superRefine((list, ctx) => {
    for (const d of list) if (!DOMAIN.test(d)) ctx.addIssue({ code: 'custom', message: `"${d}" is not a host name`, input: d });
  });
const BOT_ID_HELP = 'the Microsoft App ID of the Azure Bot registration';

const EnvSchema = z
  .object({
    MicrosoftAppId: opt(guid(BOT_ID_HELP)),
    BOT_ID: opt(guid(BOT_ID_HELP)),
    TEAMS_APP_ID: opt(guid('the Teams app id')),
    BATON_APP_NAME: opt(z.string().max(30, 'must be at most 30 characters (Teams short name)')),
    BATON_APP_VERSION: opt(z.string().regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH')),
    BATON_PUBLIC_HOST: opt(domains),
    BATON_VALID_DOMAINS: opt(domains),
    BATON_DEVELOPER_NAME: opt(z.string().max(32, 'must be at most 32 characters')),
    BATON_DEVELOPER_URL: opt(url),
    BATON_PRIVACY_URL: opt(url),
    BATON_TERMS_URL: opt(url),
  })
  // `when` makes the presence check run even if other variables failed, so one run reports every problem.
  .refine((env) => env.MicrosoftAppId !== undefined || env.BOT_ID !== undefined, {
    path: ['MicrosoftAppId'],
    message: `is required (or BOT_ID): ${BOT_ID_HELP}`,
    when: () => true,
  })
  .transform((env): ManifestValues => {
    // MicrosoftAppId wins: it is the name the Bot Framework SDK and Azure use; BOT_ID is the Teams Toolkit name.
    const botId = (env.MicrosoftAppId ?? env.BOT_ID ?? '').toLowerCase();
    const publicHost = env.BATON_PUBLIC_HOST?.[0];
    const website = env.BATON_DEVELOPER_URL ?? (publicHost ? `https://${publicHost}/` : 'https://example.com/');
    return {
      botId,
      teamsAppId: (env.TEAMS_APP_ID ?? uuidV5(botId)).toLowerCase(),
      appName: env.BATON_APP_NAME ?? 'Baton',
      appVersion: env.BATON_APP_VERSION ?? packageVersion(),
      validDomains: [...new Set([...(env.BATON_PUBLIC_HOST ?? []), ...(env.BATON_VALID_DOMAINS ?? [])])],
      // Privacy and terms fall back to the website so the links at least resolve; set them before publishing.
      developer: {
        name: env.BATON_DEVELOPER_NAME ?? 'Baton',
        websiteUrl: website,
        privacyUrl: env.BATON_PRIVACY_URL ?? website,
        termsOfUseUrl: env.BATON_TERMS_URL ?? website,
      },
    };
  });

function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string };
  return version && /^\d+\.\d+\.\d+$/.test(version) ? version : '1.0.0';
}

/** Parses environment-style settings; throws one error listing every bad variable by name. */
export function manifestValuesFromEnv(env: Record<string, string | undefined>): ManifestValues {
  const result = EnvSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new Error(`Cannot build the Teams app package:\n${lines.join('\n')}`);
}

/** Fills ${{NAME}} placeholders. A string that is exactly one placeholder may become a list (validDomains). */
export function renderManifest(values: ManifestValues): Record<string, unknown> {
  const vars: Record<string, string | string[]> = {
    BOT_ID: values.botId,
    TEAMS_APP_ID: values.teamsAppId,
    APP_NAME: values.appName,
    APP_VERSION: values.appVersion,
    VALID_DOMAINS: values.validDomains,
    DEVELOPER_NAME: values.developer.name,
    DEVELOPER_WEBSITE_URL: values.developer.websiteUrl,
    DEVELOPER_PRIVACY_URL: values.developer.privacyUrl,
    DEVELOPER_TERMS_URL: values.developer.termsOfUseUrl,
  };
  const lookup = (name: string) => {
    if (!(name in vars)) throw new Error(`manifest.template.json uses unknown placeholder \${{${name}}}`);
    return vars[name];
  };
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const whole = /^\$\{\{(\w+)\}\}$/.exec(node);
      if (whole) return lookup(whole[1]);
      return node.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => String(lookup(name)));
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  return fill(JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8'))) as Record<string, unknown>;
}

/** Renders, validates (schema and icon sizes) and zips; rejects rather than produce a package Teams would refuse. */
export async function buildAppPackage(values: ManifestValues): Promise<Buffer> {
  const manifest = renderManifest(values);
  const problems = validateManifest(manifest);
  if (problems.length > 0) throw new Error(`manifest.json does not match the Teams schema:\n  ${problems.join('\n  ')}`);

  // A fixed timestamp makes the zip byte-identical for identical inputs.
  const date = new Date('2000-01-01T00:00:00Z');
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const [name, size] of Object.entries(ICONS)) {
    const bytes = readFileSync(path.join(ICONS_DIR, name));
    const { width, height } = PNG.sync.read(bytes);
    if (width !== size || height !== size) throw new Error(`icons/${name} must be ${size}×${size}, is ${width}×${height}`);
    zip.file(name, bytes, { date });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

if (require.main === module) {
  (async () => {
    const values = manifestValuesFromEnv(process.env);
    mkdirSync(path.dirname(OUTPUT_PATH), { recursive: true });
    writeFileSync(OUTPUT_PATH, await buildAppPackage(values));
    console.log(`Wrote ${path.relative(process.cwd(), OUTPUT_PATH)} (bot ${values.botId}, app ${values.teamsAppId}).`);
    if (values.validDomains.length === 0) console.log('Note: no BATON_PUBLIC_HOST / BATON_VALID_DOMAINS set; validDomains is empty.');
    if (values.developer.websiteUrl.startsWith('https://example.com')) {
      console.log('Note: developer URLs are placeholders; set BATON_DEVELOPER_URL, BATON_PRIVACY_URL, BATON_TERMS_URL before publishing.');
    }
  })().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
